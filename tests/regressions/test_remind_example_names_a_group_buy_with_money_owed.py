"""rep104 #9: `催款 #9` (no such group buy) answered with the example `催款 #2`, a group buy still
taking joins, which `催款` then refuses. The example now names one of hers here somebody owes for."""

from __future__ import annotations

from tests.unit.handlers.conftest import chat_in


async def test_remind_of_no_such_number_gives_an_example_with_money_owed() -> None:
    chat = await chat_in("zh")
    await chat.say("amy", "开团 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "开团 苹果 价格 20")
    said = [r.text for r in await chat.say("amy", "催款 #9") if r.text]
    assert said == ["这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：催款 #1"]
    reminded = [r.text for r in await chat.say("amy", "催款 #1") if r.text and not r.private_to]
    assert reminded[0].startswith("💸 催款：芒果（#1）还有 1 个订单未付款")


async def test_remind_of_no_such_number_in_english_names_the_owed_one() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Jam price 5")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/groupbuy Cookies price 3")
    said = [r.text for r in await chat.say("amy", "/remind #9") if r.text]
    assert said == [
        "There is no group buy #9 in this chat: nothing was changed."
        " Use the number on its card, e.g. /remind #1"
    ]
