"""`候补 5斤 3`: an option and a quantity in either order is one meaning (3 of the option 5斤); over the
per-person limit it is told in one message how many may still be waited for and what to type; where
nothing has options, a word the title says (`海南芒果 5斤`) is the product itself and the number its
quantity, and any other word is answered with how to write a wait, the quantity kept."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold_out(opening: str, *joins: tuple[str, str]) -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", opening)
    for user, text in joins:
        await chat.say(user, text)
    return chat, factory


def queue(factory: FakeUnitOfWorkFactory) -> list[tuple[str, str, int]]:
    entries = (entry for by_member in factory.state.waiting.values() for entry in by_member.values())
    return sorted((entry.user_id, entry.option, entry.quantity) for entry in entries)


@pytest.mark.parametrize("typed", ["候补 5斤 3", "候补 3 5斤", "候补 5斤 3份", "候补 3份 5斤"])
async def test_an_option_and_a_quantity_over_the_limit_say_how_many_and_what_to_type(typed: str) -> None:
    chat, factory = await sold_out("接龙 海南芒果 规格 3斤:58:3,5斤:88:2 限购 2", ("bob", "+2 5斤"))

    said = await chat.say("dan", typed)

    assert chat.said(said) == "海南芒果 5斤 每人限购 2 份，最多候补 2 份：请发“候补 5斤 2”。没有任何改动。"
    assert queue(factory) == []


async def test_what_the_member_holds_counts_and_at_the_limit_no_wait_is_offered() -> None:
    chat, factory = await sold_out(
        "接龙 海南芒果 规格 3斤:58:3,5斤:88:3 限购 2", ("bob", "+2 5斤"), ("cat", "+1 5斤")
    )

    more = await chat.say("cat", "候补 5斤 3")
    full = await chat.say("bob", "候补 5斤 1")

    assert chat.said(more) == (
        "海南芒果 5斤 每人限购 2 份，你已有 1 份，最多还能候补 1 份：请发“候补 5斤 1”。没有任何改动。"
    )
    assert chat.said(full) == "海南芒果 5斤 每人限购 2 份，你已经有 2 份了，不能再候补。没有任何改动。"
    assert queue(factory) == []
    assert chat.said(await chat.say("cat", "候补 5斤 1")).startswith("Cat 已候补 海南芒果 5斤（#1）1 份")


async def test_in_english_the_answer_names_the_group_buy_and_the_option_as_typed() -> None:
    chat, _ = await sold_out("/groupbuy Mangoes options 3kg:58:2,5kg:88:2 limit 2", ("bob", "+2 5kg"))

    said = await chat.say("dan", "/wait #1 5kg 3")

    assert chat.said(said) == (
        "Mangoes 5kg is limited to 2 per person, so you can wait for 2 at most: send /wait #1 5kg 2. "
        "Nothing was changed."
    )


async def test_the_titles_own_weight_is_no_option_the_number_is_the_quantity() -> None:
    chat, factory = await sold_out("接龙 海南芒果 5斤 价格 88 库存 3", ("bob", "+2"), ("cat", "+1"))

    said = await chat.say("dan", "候补 5斤 3")

    assert chat.said(said) == (
        "Dan 已候补 海南芒果 5斤（#1）3 份，排第 1 位。"
        "空出的数量按排队顺序，补给数量放得下的人（空出的不够你要的数量时，你保留位置，"
        "后面要得少的可能先补上），补上了会在群里通知。"
        "不等了发“取消候补”。"
    )
    assert queue(factory) == [("dan", "", 3)]


async def test_a_word_that_is_no_option_where_there_are_none_gets_how_to_write_it() -> None:
    chat, factory = await sold_out("接龙 芒果 价格 30 库存 3 限购 2", ("bob", "+2"), ("cat", "+1"))

    said = await chat.say("dan", "候补 5斤 2")
    english = await chat.say("dan", "/wait 5kg")

    assert chat.said(said) == (  # an amount where it is sold by the 份 (s17): whole 份, not "no option"
        "芒果（#1）按份卖，候补只能写整份数：“5斤”不是份数。要几份就发 候补 几，例如：候补 2。没有任何改动。"
    )
    assert chat.said(english) == (
        "芒果 (#1) is sold by the portion, in whole ones, so “5kg” is not a number of portions. "
        "Send how many you want, e.g. /wait 5. Nothing was changed."
    )
    word = await chat.say("dan", "候补 大的 2")
    assert (
        chat.said(word) == "芒果（#1）没有规格，“大的”不是规格：候补只写要几份，例如：候补 2。没有任何改动。"
    )
    assert queue(factory) == []
    assert chat.said(await chat.say("dan", "候补 2")).startswith("Dan 已候补 芒果（#1）2 份")
