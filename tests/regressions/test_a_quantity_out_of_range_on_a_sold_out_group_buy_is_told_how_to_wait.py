"""Sold out, `+0` and `+99999` were given the app's range ("1 to 999. Example: +2"), and the `+2` they
were told to send was then told it is sold out. Now they are told at once that it is sold out, and how to
wait, as a `+1` is (found playing the playground)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_sold_out_a_quantity_out_of_range_is_told_how_to_wait_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 2 ends tomorrow 8:00")
    await chat.say("bob", "+2")

    zero = Chat.said(await chat.say("cat", "+0"))
    named = Chat.said(await chat.say("cat", "+99999 #1"))
    waited = Chat.said(await chat.say("cat", "/waitlist 1"))

    wait = "whatever comes free goes to the first in line whose quantity fits."
    assert (
        zero
        == f"0 is not a quantity I can take, and Tea is sold out. To wait for it, send /waitlist 1: {wait}"
    )
    assert named == (
        "99999 is not a quantity I can take, and Tea is sold out."
        f" To wait for it, send /waitlist #1 1: {wait}"
    )
    assert waited.startswith("Cat is on the waiting list of Tea (#1) for 1: number 1 in line.")


async def test_sold_out_a_quantity_out_of_range_is_told_how_to_wait_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 库存 1 截止 明天上午8点")
    await chat.say("bob", "+1")

    too_many = Chat.said(await chat.say("troll", "+99999"))

    assert too_many == (
        "99999 不是有效的数量，而且 芒果 已经卖完了。"
        "想候补请发“候补 1”：空出的数量按排队顺序，补给数量放得下的人。"
    )
