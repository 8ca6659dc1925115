"""People type `＋１`, `+ 1`, `加一`, `我要两份`, `/join@tuan_bot 2`: the same join. Chatter gets no reply."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat

JOINS = [
    ("+1", 1),
    ("+ 1", 1),
    ("＋１", 1),
    ("+1!", 1),
    ("+2", 2),
    ("+2份", 2),
    ("加1", 1),
    ("加一", 1),
    ("加 两份", 2),
    ("+一", 1),
    ("+十", 10),
    ("我要两份", 2),
    ("我要2份", 2),
    ("要三个", 3),
    ("接龙+2", 2),
    ("接龙 +2", 2),
    ("接龙 2", 2),
    ("接龙2份", 2),
    ("跟团", 1),
    ("跟团 3", 3),
    ("/join", 1),
    ("/join 2", 2),
    ("／join　２", 2),
    ("/JOIN 2", 2),
    ("/join@tuan_bot 2", 2),
    ("/join@Tuan_Bot", 1),
    ("/join2", 2),
    ("/join #1 2", 2),
    ("/join 2 #1", 2),
    ("/跟团 2", 2),
    ("@tuan_bot +1", 1),
    ("+2 #1", 2),
]


@pytest.mark.parametrize(("typed", "quantity"), JOINS)
async def test_every_way_of_joining_joins(chat: Chat, typed: str, quantity: int) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 50")

    replies = await chat.say("bob", typed)

    assert chat.cards(replies) == [(1, False)]
    assert f"1. Bob ×{quantity}" in await chat.card(1)


@pytest.mark.parametrize(
    ("typed", "answer", "name"),
    [
        ("+1 for Wang", "Bob joined for Wang: 1 × Mangoes (#1). Now ¥88 each.", "Wang"),
        ("+1 帮 小王", "Bob 帮 小王 跟团：1 × Mangoes（#1）。当前 ¥88/份。", "小王"),
        ("+1 帮小王", "Bob 帮 小王 跟团：1 × Mangoes（#1）。当前 ¥88/份。", "小王"),
        ("/join for Wang", "Bob joined for Wang: 1 × Mangoes (#1). Now ¥88 each.", "Wang"),
    ],
)
async def test_signing_up_a_friend_gives_them_a_line_of_their_own(
    chat: Chat, typed: str, answer: str, name: str
) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 50")

    assert chat.said(await chat.say("bob", typed)) == answer
    assert (await chat.card(1)).endswith(
        f"\n\n1. Bob for {name} ×1"
    )  # the card speaks the group buy's English


@pytest.mark.parametrize(
    ("typed", "line"),
    [
        ("-1", "1. Bob ×2"),
        ("－１", "1. Bob ×2"),
        ("减一", "1. Bob ×2"),
        ("- 2", "1. Bob ×1"),
        ("/leave 1", "1. Bob ×2"),
    ],
)
async def test_minus_lowers_the_quantity(chat: Chat, typed: str, line: str) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 50")
    await chat.say("bob", "+3")

    await chat.say("bob", typed)

    assert line in await chat.card(1)


@pytest.mark.parametrize("typed", ["/leave", "退出", "不要了", "/leave #1", "-3"])
async def test_leaving_takes_the_member_off_the_list(chat: Chat, typed: str) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 50")
    await chat.say("bob", "+3")
    await chat.say("cat", "+1")

    await chat.say("bob", typed)

    assert (await chat.card(1)).endswith("\n\n1. Cat ×1")


@pytest.mark.parametrize(
    "typed",
    [
        "hello",
        "are they sweet?",
        "1+1=2",
        "加油",
        "取消了吗？",
        "接龙开始了吗",
        "订单什么时候到",
        "已收到，谢谢",
        "进度如何",
        "语言不通",
        "/join@other_bot",
        "",
        "   ",
    ],
)
async def test_chatter_in_a_group_gets_no_reply(chat: Chat, typed: str) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 target 50")

    assert await chat.say("bob", typed) == []
    assert "1. Bob" not in await chat.card(1)


async def test_unknown_text_in_private_gets_the_help_hint(chat: Chat) -> None:
    assert chat.said(await chat.say("bob", "嗯嗯好的", private=True)) == (
        "我没看懂。发“帮助”看看我能做什么，或发“我的订单”查看你的订单。"
    )
    assert chat.said(await chat.say("bob", "hello", private=True)) == (  # in the language it was written in
        "I didn't understand that. Send /help to see what I can do, or /orders for your orders."
    )
    assert chat.said(await chat.say("bob", "hello", private=True, language="en-GB")) == (
        "I didn't understand that. Send /help to see what I can do, or /orders for your orders."
    )


async def test_an_unknown_slash_command_is_answered_with_the_help_hint(chat: Chat) -> None:
    assert chat.said(await chat.say("bob", "/frobnicate", language="en")) == (
        "I don't know the command /frobnicate. Send /help to see what I understand."
    )
    # an English word is answered in English, whatever the chat's default (issue #9)
    assert chat.said(await chat.say("bob", "/frobnicate")) == (
        "I don't know the command /frobnicate. Send /help to see what I understand."
    )
    chinese = "我不认识 /开个团 这个命令，是想发 /开团 吗？发“帮助”看看我能做什么。"
    assert chat.said(await chat.say("bob", "/开个团")) == chinese


@pytest.mark.parametrize(
    "typed",
    [
        "接龙 海南贵妃芒 5斤 价格 88 阶梯 10:78,20:68 成团 10 库存 50 限购 3 截止 今晚8点",
        "接龙海南贵妃芒 5斤 价格88 阶梯10:78，20:68 成团10 库存50 限购3 截止今晚8点",
        "开团 海南贵妃芒 5斤 价格：¥88 阶梯 10件78、20件68 成团 10份 库存 50 每人限购 3 截止 今晚 8点",
        "／开团 海南贵妃芒 5斤 price 88元 tiers 10:78,20:68 target 10 stock 50 limit 3 ends 20:00",
        "/groupbuy 海南贵妃芒 5斤 截止 今晚8点 限购 3 库存 50 成团 10 阶梯 10:78,20:68 价格 88",
    ],
)
async def test_open_forms_in_any_order_and_spacing(chat: Chat, typed: str) -> None:
    await chat.say("amy", typed)

    card = await chat.card(1)
    assert card.splitlines()[:3] in (
        ["🛒 海南贵妃芒 5斤（#1）", "团长：Amy", "单价：¥88/份 · 再 10 份 ¥78"],
        ["🛒 海南贵妃芒 5斤 (#1)", "Organiser: Amy", "Price: ¥88 each · 10 more for ¥78"],
    )
    assert ("截止：11月23日 周一 20:00" in card) or ("Closes: Mon 23 Nov 20:00" in card)
    assert ("剩余库存：50 · 每人限购 3 份" in card) or ("Stock left: 50 · Limit: 3 per person" in card)
    assert "0/10" in card
