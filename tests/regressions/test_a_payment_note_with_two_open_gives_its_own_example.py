"""fe-report 16: `/payment PayNow to 9123 4567 (Amy)` with two group buys open answered with the join
examples (`e.g. +1 #1, -1 #1, /status #1`). It now gives its own, keeping the note she typed, as
`/commission` and `/helpsell` give theirs; nothing is set until she names one."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_payment_note_with_two_open_gives_its_own_example() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Lychees price 20")
    await room.say("amy", "/groupbuy Mooncakes price 68")
    asked = room.said(await room.say("amy", "/payment PayNow to 9123 4567 (Amy)"))
    assert asked == (
        "2 group buys are open here: #1 Lychees · #2 Mooncakes. Say which with its number, "
        "e.g. /payment #1 PayNow to 9123 4567 (Amy).\n"
        "The same for all of yours open here: /payment all PayNow to 9123 4567 (Amy)"
    )
    set_ = room.said(await room.say("amy", "/payment #2 PayNow to 9123 4567 (Amy)"))
    assert "PayNow to 9123 4567 (Amy)" in set_ and "#2" in set_, set_


async def test_a_chinese_payment_note_with_two_open_gives_its_own_example() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20")
    await room.say("amy", "接龙 月饼 价格 68")
    asked = room.said(await room.say("amy", "收款方式 微信转账给 Amy"))
    assert asked == (
        "这个群里有 2 个团在接龙：#1 荔枝 · #2 月饼。请带上编号，例如 收款方式 #1 微信转账给 Amy。\n"
        "本群你的每个团都用这个收款方式：收款方式 全部 微信转账给 Amy"
    )
