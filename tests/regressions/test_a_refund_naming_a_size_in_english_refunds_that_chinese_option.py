"""Review 78 #4: on 粽子 (大盒/小盒) the organiser's `/refund 1-1 large 1` was answered `“large 1”: nothing
was changed…`, though a join maps the same word (`+1 #1 large box` joins 大盒) and the README lists the form.
A refund now reads an English size as a join does: it refunds one 大盒, the notice naming `大盒 ×1`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

DONE = {
    "zh": "订单 #1-1（Cat）退了 ¥30，已付 ¥50，已退 ¥30。请直接把钱退给对方。",
    "en": "Order #1-1 of Cat: ¥30 refunded (paid ¥50, refunded ¥30). Give it back to them directly.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_large_refunds_one_da_he(lang: str) -> None:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    await room.say("amy", "接龙 粽子 规格 大盒:30,小盒:20")
    for typed in ("大盒+1", "小盒+1"):
        await room.say("cat", typed)
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1")

    typed = "退款 1-1 large 1" if lang == "zh" else "/refund 1-1 large 1"
    replies = await room.say("amy", typed, private=True)

    assert room.said(replies) == DONE[lang]
    assert "大盒 ×1" in room.private(replies)["cat"]
