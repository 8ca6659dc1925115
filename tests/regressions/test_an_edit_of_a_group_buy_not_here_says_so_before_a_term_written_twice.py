"""Session 42's replay: `/edit #1 price 9 price 10` for a #1 not in this chat was told "price is
written twice" first; fixing that, she was then told there is no #1 here. The number is the thing to fix
first: said before the words (zh and en), and the example names one of hers here without the term
written twice (sent as shown, it is no second refusal of the same kind). A member editing another's
group buy hears that only its organiser may, not how to write the price."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, chat_in


async def _elsewhere_and_here(lang: str) -> Chat:
    """Amy's #1 in another chat, her #2 open here."""
    chat = await chat_in(lang)
    other = Chat(chat.app, chat_id="other")
    await other.say("amy", "/groupbuy Plums price 5" if lang == "en" else "接龙 李子 价格 5")
    await chat.say("amy", "/groupbuy Mangoes price 30" if lang == "en" else "接龙 芒果 价格 30")
    return chat


async def test_her_group_buy_of_another_chat_is_said_first_in_chinese() -> None:
    chat = await _elsewhere_and_here("zh")
    said = chat.said(await chat.say("amy", "修改 #1 价格 9 价格 10"))
    assert said == "李子（#1）在「other」里，不在这个群，没有任何改动。请到那个群里发，或者私信发给我。"


async def test_her_group_buy_of_another_chat_is_said_first_in_english() -> None:
    chat = await _elsewhere_and_here("en")
    said = chat.said(await chat.say("amy", "/edit #1 price 9 price 10"))
    assert said == (
        "Plums (#1) is in “other”, not here: nothing was changed. Send it there, or to me in private."
    )


async def test_no_such_number_is_said_first_with_an_example_that_is_not_refused_again() -> None:
    chat = await _elsewhere_and_here("en")
    said = chat.said(await chat.say("amy", "/edit #9 price 9 price 10"))
    assert said == (
        "There is no group buy #9 in this chat: nothing was changed."
        " Use the number on its card, e.g. /edit #2 ends tomorrow 20:00"
    )
    zh = await _elsewhere_and_here("zh")
    said = zh.said(await zh.say("amy", "修改 #9 价格 9 价格 10"))
    assert said == "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：修改 #2 截止 明天20:00"
    edited = zh.said(await zh.say("amy", said.rsplit("例如：", 1)[1]))
    assert "截止" in edited and "没有" not in edited


async def test_another_organisers_group_buy_is_refused_as_hers_first() -> None:
    chat = await _elsewhere_and_here("zh")
    said = chat.said(await chat.say("bob", "修改 #2 价格 9 价格 10"))
    assert said == "只有团长（Amy）可以这样做，没有任何改动。"


async def test_her_own_still_asks_which_price() -> None:
    chat = await _elsewhere_and_here("zh")
    said = chat.said(await chat.say("amy", "修改 #2 价格 9 价格 10"))
    assert said == "“价格”写了两次（“9”和“10”），没有任何改动：要的是哪一个？只写一次，例如：价格 10"
    assert "¥30" in await chat.card(2)
