"""rep66 finding 10: after `自提 小区南门 明天晚上7点` replaced a pickup at 17:00, buyers were told
`📦 Amy 定了 芒果（#1）的自提：小区南门 · 12月7日 周一 19:00`, the same words as the first time:
one holding both messages may go at 17:00. A change now says it changed and what it was
(`📦 Amy 改了 …（原 17:00）`; the whole old pickup when the place or the day moved)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_buyers_message_says_the_pickup_changed_and_what_it_was() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 30 成团 1")
    await room.say("bob", "+1")
    await room.say("amy", "截单")

    first = Chat.private(await room.say("amy", "自提 小区南门 明天下午5点"))["bob"]
    moved = Chat.private(await room.say("amy", "自提 小区南门 明天晚上7点"))["bob"]
    elsewhere = Chat.private(await room.say("amy", "自提 东门 明天晚上7点"))["bob"]

    assert first.startswith("📦 Amy 定了 芒果（#1）的自提：小区南门 · "), first
    assert moved.startswith("📦 Amy 改了 芒果（#1）的自提：小区南门 · "), moved
    assert "19:00（原 17:00）。你的订单 #1-1" in moved, moved
    assert elsewhere.startswith("📦 Amy 改了 芒果（#1）的自提：东门 · "), elsewhere
    assert "（原 小区南门 · " in elsewhere and "19:00）。" in elsewhere, elsewhere


async def test_english_likewise() -> None:
    room = fake_chat(default_language="en")
    await room.say("amy", "/groupbuy Plums price 10 target 1")
    await room.say("bob", "+1")
    await room.say("amy", "/close")

    first = Chat.private(await room.say("amy", "/pickup South gate tomorrow 5pm"))["bob"]
    moved = Chat.private(await room.say("amy", "/pickup South gate tomorrow 7pm"))["bob"]

    assert first.startswith("📦 Amy set the pickup for Plums (#1): South gate · "), first
    assert moved.startswith("📦 Amy changed the pickup for Plums (#1): South gate · "), moved
    assert "19:00 (was 17:00). Your order #1-1" in moved, moved
