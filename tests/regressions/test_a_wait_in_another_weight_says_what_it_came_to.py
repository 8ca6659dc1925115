"""Session 16 (fa; review ra 7): on a per-公斤 group buy the waiting list spoke of 份
(`空出的份数…补给份数放得下的人`, "Units that come free…"), and `候补 #1 2斤` queued 1公斤
without saying `2斤 = 1公斤` as joins and 代报 do. The wait says what it came to (first: its
text ends in the form to stop waiting), and the words fit any unit."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_in_jin_on_a_per_kg_buy_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 30元/公斤 库存 3")
    await chat.say("bob", "+3")

    sold_out = chat.said(await chat.say("cat", "+1"))
    said = chat.said(await chat.say("cat", "候补 #1 2斤"))

    assert "空出的数量按排队顺序，补给数量放得下的人" in sold_out, sold_out
    assert said == (
        "2斤 = 1 kg。Cat 已候补 荔枝（#1）1 kg，排第 1 位。"
        "空出的数量按排队顺序，补给数量放得下的人（空出的不够你要的数量时，你保留位置，后面要得少的可能先补上），补上了会在群里通知。不等了发“取消候补”。"
    )


async def test_a_wait_in_jin_on_a_per_kg_buy_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 10/kg stock 3")
    await chat.say("bob", "+3")

    said = chat.said(await chat.say("cat", "/waitlist #1 4 jin"))

    assert said.startswith(
        "4 jin = 2 kg. Cat is on the waiting list of Mangoes (#1) for 2 kg: number 1 in line. "
        "Whatever comes free goes to the first in line whose quantity fits"
    ), said
    assert said.endswith("To stop waiting: /unwait"), said
