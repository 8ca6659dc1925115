"""rep104 #9 (rest): the examples in the refusals of `/cancel #4`, `/waitlist #9 1`, `/ask #9 …` and
`/share #9` named a group buy, or an order, that the same command then refused: `/cancelorder 4-1` for a
paid order, a leave for one she is not on, `/cancel #2` of another's, and `Example: /status shows the open
one` for the others. Each example now names one the command takes (sent as shown, it works); where none
here would, no number is made up."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, chat_in


async def _four(lang: str) -> Chat:
    """#1 Amy's in another chat; here #2 Amy's Mangoes open, #3 Bob's Jam open, #4 Amy's Pears closed with
    Cat's order paid, #5 Amy's Figs sold out (Cat's)."""
    chat = await chat_in(lang)
    chat.admins = set()
    en = lang == "en"
    other = Chat(chat.app, chat_id="other")
    await other.say("amy", "/groupbuy Plums price 5" if en else "接龙 李子 价格 5")
    await chat.say("amy", "/groupbuy Mangoes price 30" if en else "接龙 芒果 价格 30")
    await chat.say("bob", "/groupbuy Jam price 5" if en else "接龙 果酱 价格 5")
    await chat.say("amy", "/groupbuy Pears price 20 target 1" if en else "接龙 梨 价格 20 成团 1")
    await chat.say("cat", "+1 #4")
    await chat.say("amy", "/close #4" if en else "截单 #4")
    await chat.say("amy", "/paid 4-1" if en else "已收 4-1")
    await chat.say("amy", "/groupbuy Figs price 9 stock 1" if en else "接龙 无花果 价格 9 库存 1")
    await chat.say("cat", "+1 #5")
    return chat


def _example(said: str) -> str:
    return said.rsplit("e.g. ", 1)[1] if "e.g. " in said else said.rsplit("例如：", 1)[1]


async def test_a_closed_ones_cancel_names_only_the_step_its_paid_order_takes() -> None:
    chat = await _four("en")
    said = chat.said(await chat.say("amy", "/cancel #4"))
    assert said == (
        "Group buy #4 (Pears) has closed and gone ahead, so it can't be called off: nothing was changed."
        " Its orders went out and are paid: refund one with /refund 4-1."
    )
    assert "refunded" in chat.said(await chat.say("amy", "/refund 4-1"))
    zh = await _four("zh")
    said = zh.said(await zh.say("amy", "取消 #4"))
    assert said == (
        "团购 #4（梨）已经截单成团，不能再取消了，没有任何改动。订单已经发出，都已付款：要退款就发 退款 4-1。"
    )


async def test_anothers_cancel_suggests_a_leave_only_to_one_on_it() -> None:
    chat = await _four("en")
    assert chat.said(await chat.say("amy", "/cancel #3")) == (
        "Only the organiser (Bob) can call group buy #3 off: nothing was changed."
    )
    assert chat.said(await chat.say("cat", "/cancel #5")) == (
        "Only the organiser (Amy) can call group buy #5 off: nothing was changed."
        " To leave it yourself, send /leave #5 or -1 #5."
    )
    zh = await _four("zh")
    assert zh.said(await zh.say("dan", "取消")) == "只有各个团的团长可以取消自己的团购，没有任何改动。"
    assert zh.said(await zh.say("amy", "取消 #3")) == "只有团长（Bob）可以取消团购 #3，没有任何改动。"


async def test_an_unknown_cancel_names_her_own_open_one_or_none() -> None:
    chat = await _four("zh")
    said = chat.said(await chat.say("bob", "取消 #9"))
    assert said == "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：取消 #3"
    assert chat.said(await chat.say("dan", "取消 #9")) == (
        "这个群里没有团购 #9，这里也没有你开的在接龙的团，没有任何改动。"
    )
    assert "已取消" in chat.said(await chat.say("bob", _example(said)))


async def test_an_unknown_waitlist_names_a_sold_out_one() -> None:
    chat = await _four("en")
    said = chat.said(await chat.say("dan", "/waitlist #9 1"))
    assert said == (
        "There is no group buy #9 in this chat: nothing was changed."
        " Use the number on its card, e.g. /waitlist #5"
    )
    assert "waiting list of Figs (#5)" in chat.said(await chat.say("dan", _example(said)))
    plain = await chat_in("zh")
    await plain.say("amy", "接龙 芒果 价格 30 库存 5")
    assert plain.said(await plain.say("dan", "候补 #9 1")) == (
        "这个群里没有团购 #9，这里在接龙的团也都没有售罄，不用候补，没有任何改动。"
    )


async def test_an_unknown_share_names_one_a_friend_can_buy() -> None:
    chat = await _four("zh")
    said = chat.said(await chat.say("dan", "分享 #9"))
    assert said == "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：分享 #3"
    assert "团3-" in chat.shared(await chat.say("dan", _example(said)))
    full = await chat_in("en")
    await full.say("amy", "/groupbuy Figs price 9 stock 1")
    await full.say("cat", "+1")
    assert full.said(await full.say("dan", "/share #9")) == (
        "There is no group buy #9 in this chat, and everything open here is sold out, so there is nothing"
        " to share: nothing was changed."
    )


async def test_an_unknown_ask_keeps_the_question_or_names_none() -> None:
    chat = await _four("en")
    said = chat.said(await chat.say("dan", "/ask #9 how much"))
    assert said == (
        "There is no group buy #9 in this chat: nothing was changed."
        " Use the number on its card, e.g. /ask #5 how much"
    )
    assert chat.said(await chat.say("dan", _example(said))) == "Figs (#5): Now ¥9 each."
    empty = await chat_in("zh")
    assert empty.said(await empty.say("dan", "问 #9 多少钱")) == (
        "这个群里没有团购 #9，这里还没有开过团，没有任何改动。"
    )
