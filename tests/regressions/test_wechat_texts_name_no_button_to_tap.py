"""Session 13 (FK): WeChat has no buttons (a reply's buttons are numbered choices, `回复 1 跟团`), yet its
members read `发 +1 或点“跟团”参加` at the opening, `…或点对应的跟团按钮。` when asked which option, and the
organiser `收到钱后点“已收到”…点“未收到”…` for a reported payment. There these texts say the command to
send (or the number to reply) instead (handlers/no_buttons.py); Telegram and the playground keep theirs."""

from __future__ import annotations

from tests.regressions.test_a_question_mentioning_the_bot_on_wechat_is_answered import Room
from tests.unit.handlers.conftest import fake_chat

OPEN = "接龙 海南贵妃芒 规格 3斤:58:1,5斤:88:1 成团 2"


def names_a_button(text: str) -> bool:
    return "按钮" in text or "点“" in text


async def test_the_opening_and_the_option_question_say_what_to_send() -> None:
    room = Room()

    opened = await room.say("张三", OPEN)
    which = await room.say("李四", "+1")

    assert opened[0].startswith("团购 #1 开团了：海南贵妃芒，3斤 ¥58/份 / 5斤 ¥88/份。发 +1 参加，截止 ")
    assert which == ["海南贵妃芒（#1）要哪个规格？3斤 ¥58 / 5斤 ¥88。跟团时带上规格，例如 +1 5斤。"]
    assert not any(names_a_button(text) for text in opened + which)


async def test_the_waiting_question_says_what_to_send() -> None:
    room = Room()
    await room.say("张三", OPEN)
    await room.say("王五", "+1 3斤")
    await room.say("赵六", "+1 5斤")

    which = await room.say("李四", "候补")

    assert len(which) == 1 and which[0].endswith("例如：候补 5斤 1。"), which
    assert not names_a_button(which[0])


async def test_the_organiser_is_told_to_send_paid_or_notpaid() -> None:
    room = Room()
    await room.say("张三", OPEN)
    await room.say("王五", "+1 3斤")
    await room.say("赵六", "+1 5斤")
    await room.say("张三", "截单")
    before = len(room.sent)

    await room.say("王五", "我已付款")

    asked = [text for where, text in room.sent[before:] if where == "wxid_张三"]
    assert asked == [
        "💸 王五 说已付款：订单 #1-1（海南贵妃芒，#1）¥58。收到钱后发“已收 1-1”；没收到发“未收到 1-1”，"
        "会告诉对方还没收到。\n回复 1 ✅ 已收到 ¥58，2 ✖ 未收到"
    ]


async def test_the_offer_to_ask_the_organiser_says_to_reply_its_number() -> None:
    room = Room()
    await room.say("张三", OPEN)

    said = await room.say("李四", "问 芒果甜吗")

    assert said == [
        "这个我答不上来：团购里没有记着。要不要转给团长 张三？回复下面的编号，团长的回答会私信给你。"
        "\n回复 1 转给团长 张三"
    ]


async def test_a_platform_with_buttons_still_names_them() -> None:
    chat = fake_chat()

    opened = chat.said(await chat.say("amy", OPEN))

    assert "发 +1 或点“跟团”参加" in opened
