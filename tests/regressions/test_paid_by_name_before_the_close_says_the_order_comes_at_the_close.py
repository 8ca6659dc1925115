"""rep28 finding 12: Amy's `已收 @Bob` while Bob was on the list of open #5 (no order yet) said "Bob 在本群
没有订单，没有任何改动。": organisers are often paid while people join, and read it as Bob not being on
the list. It now says he has joined, that orders are made at the close, and to send 已收 then; nothing
is marked."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_paid_by_name_before_the_close_says_the_order_comes_at_the_close() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 草莓 价格 30 截止 2小时")
    await room.say("bob", "+1")

    said = room.said(await room.say("amy", "已收 @Bob"))

    assert said == "Bob 已跟团 #1（草莓），截单后才生成订单，没有任何改动。截单后再发：已收 @Bob"
    await room.say("cat", "谁还没跟团")
    assert room.said(await room.say("amy", "已收 @Cat")).startswith("Cat 在本群没有订单，没有任何改动。")


async def test_paid_by_name_before_the_close_in_english() -> None:
    room = fake_chat()
    await room.say("zoe", "/lang en")
    await room.say("zoe", "/groupbuy Durian price 55 stock 8")
    await room.say("omar", "+1")

    said = room.said(await room.say("zoe", "/paid @Omar"))

    assert said == (
        "Omar has joined #1 (Durian); orders are made at the close, so nothing was changed. "
        "After the close, send: /paid @Omar"
    )
    await room.say("zoe", "/close")
    assert room.said(await room.say("zoe", "/paid @Omar")) == "✅ Omar's order #1-1 is paid."
