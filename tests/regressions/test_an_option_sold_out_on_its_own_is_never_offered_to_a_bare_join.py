"""s28 (owed): with 粽子 #1's 大盒 sold out on its own (小盒 still there, the group buy's stock not taken)
and 牛奶 #2 open, Cat's bare `+1` was asked which, its example `粽子发 +1 #1 大盒` offering the sold-out
option; and `+1 大盒` said only it was sold out. The question now gives an option still to be had as
the example and names the sold-out option apart (as a sold-out group buy is); `+1 大盒` names the options
left, with a join of one. An option sold out on its own is read from storage too (the open group buys of
a chat are listed without each option's count): `tests/integration/test_app_on_storage.py`. A group buy
whose every option is sold out is 🈵 as a whole: a bare `+1` joins the one left."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 粽子 规格 小盒:30:5,大盒:50:1", "+1 大盒", "接龙 牛奶 价格 10"),
    "en": ("/groupbuy Zongzi options small:30:5,large:50:1", "+1 large", "/groupbuy Milk price 10"),
}
ASKED = {
    "zh": (
        "这个群里有 2 个团在接龙：#1 粽子 · #2 牛奶。这次没有加上，请带上编号："
        "粽子发 +1 #1 小盒，牛奶发 +1 #2（也可以直接回复编号或名称）。#1 粽子 大盒 已售罄。"
    ),
    "en": (
        "2 group buys are open here: #1 Zongzi · #2 Milk. Nothing was added: say which with its number "
        "(Zongzi: +1 #1 small; Milk: +1 #2), or reply with its number or name. Sold out: #1 Zongzi large."
    ),
}
OTHERS = {"zh": "还有 小盒 可以跟，例如 +1 小盒。", "en": "Still to be had: small, e.g. +1 small."}


async def _option_sold_out(language: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    opened, taken, milk = WORDS[language]
    await chat.say("amy", f"/lang {language}")
    await chat.say("amy", opened)
    await chat.say("bob", taken)  # the only 大盒: sold out on its own, 小盒 still 5
    await chat.say("amy", milk)
    return factory, chat


def _lines(factory: FakeUnitOfWorkFactory, group_buy_id: int) -> dict[str, int]:
    return {line.user_id: line.quantity for line in factory.state.lines.get(group_buy_id, {}).values()}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_bare_join_is_never_offered_an_option_sold_out_on_its_own(language: str) -> None:
    factory, chat = await _option_sold_out(language)

    said = chat.said(await chat.say("cat", "+1"))

    assert said == ASKED[language]
    assert "cat" not in _lines(factory, 1) and "cat" not in _lines(factory, 2)


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_join_of_an_option_sold_out_on_its_own_names_the_options_left(language: str) -> None:
    factory, chat = await _option_sold_out(language)

    said = chat.said(await chat.say("cat", WORDS[language][1]))

    assert said.startswith(
        "Cat：抱歉，粽子 大盒 已经卖完了。" if language == "zh" else "Cat: Sorry, Zongzi large is sold out."
    )
    assert said.endswith(OTHERS[language]), said
    assert "cat" not in _lines(factory, 1)


async def test_a_group_buy_with_every_option_sold_out_is_passed_over_by_a_bare_join() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 粽子 规格 小盒:30:1,大盒:50:1")
    await chat.say("bob", "+1 大盒")
    await chat.say("bob", "+1 小盒")
    await chat.say("amy", "接龙 牛奶 价格 10")

    said = chat.said(await chat.say("cat", "+1"))

    assert said.endswith("#1 粽子 已售罄，这次跟的是 #2 牛奶。"), said
    assert _lines(factory, 2) == {"cat": 1}
