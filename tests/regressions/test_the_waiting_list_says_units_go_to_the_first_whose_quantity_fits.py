"""Amy, Bob and Cat queued in that order were each told "有人退出时按顺序补上" / "the first in line moves
in", yet when 1 unit came free Cat (1, third) moved in and Amy (2, first) was passed over. The rule
stays (a unit goes to the first in line whose quantity fits, the others keep their place), and every
text now says exactly that."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

RULE_ZH = "空出的数量按排队顺序，补给数量放得下的人"
KEEP_ZH = "（空出的不够你要的数量时，你保留位置，后面要得少的可能先补上）"
RULE_EN = "whatever comes free goes to the first in line whose quantity fits"


async def test_the_waiting_list_says_units_go_to_the_first_whose_quantity_fits() -> None:
    chat = fake_chat()
    await chat.say("zoe", "接龙 芒果 规格 3斤:58:3,5斤:88 截止 3d")
    await chat.say("dan", "+1 3斤")
    await chat.say("eve", "+2 3斤")

    hint = chat.said(await chat.say("fay", "+1 3斤"))
    amy = chat.said(await chat.say("amy", "候补 3斤 2"))
    await chat.say("bob", "候补 2 3斤")
    await chat.say("cat", "候补 3斤 1")
    left = await chat.say("dan", "-1 3斤")

    assert hint == (  # the option still to be had named after it (s28)
        f"Fay：抱歉，芒果 3斤 已经卖完了。想候补请发“候补 3斤 1”：{RULE_ZH}。还有 5斤 可以跟，例如 +1 5斤。"
    )
    assert amy == (
        f"Amy 已候补 芒果 3斤（#1）2 份，排第 1 位。{RULE_ZH}{KEEP_ZH}，"
        "补上了会在群里通知。不等了发“取消候补”。"
    )
    assert [r.text for r in left if r.text][1:] == ["🎉 候补补上了 芒果（#1）：Cat 3斤 ×1。"]
    assert "候补 2 人" in await chat.card(1)  # Amy and Bob keep their places


async def test_in_english_the_hint_the_wait_and_ask_say_the_same_rule() -> None:
    chat = fake_chat()
    await chat.say("zoe", "/groupbuy Mangoes price 30 stock 2 ends 3d")
    await chat.say("dan", "+2")

    hint = chat.said(await chat.say("amy", "+2"))
    waited = chat.said(await chat.say("amy", "/waitlist 2"))
    asked = chat.said(await chat.say("bob", "/ask any left?"))

    assert hint == f"Amy: Sorry, Mangoes is sold out. To wait for it, send /waitlist 2: {RULE_EN}."
    assert waited == (
        "Amy is on the waiting list of Mangoes (#1) for 2: number 1 in line. Whatever comes free goes to the "
        "first in line whose quantity fits (too few for yours: you keep your place, and someone behind you "
        "who wants fewer may move in first); whoever moves in is told here. To stop waiting: /unwait"
    )
    assert asked == f"Mangoes (#1) is sold out: send /wait #1 to queue. {RULE_EN[0].upper()}{RULE_EN[1:]}."
