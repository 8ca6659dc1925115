"""rep92 #6: 阿May holds 大盒 ×1 of 月饼 and pastes `1. 阿May 大盒 ×1 小盒1`: her 小盒 joined, but the answer
opened with `你已经在名单上了：月饼 大盒（#7）×1。要多加请发 +1 大盒…`, read as nothing added; she would
send `+1 小盒` and end up with 2. What joined is said first, the option she already held as it stays."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import chat_in, fake_chat


async def test_the_second_option_joined_is_said_first() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("lijie", "接龙 月饼 规格 大盒:98:2,小盒:58 限购 2 截止 明天20:00", name="李姐")
    await chat.say("amay", "+1 大盒", name="阿May")

    reply = chat.said(
        await chat.say("amay", "#接龙 月饼\n1. 阿May 大盒 ×1 小盒1\n2. 小美 大盒1 小盒2", name="阿May")
    )

    assert (
        reply == "阿May 跟团：1 × 月饼 小盒（#1）。小盒 现价 ¥58/份。\n月饼 大盒（#1）还是 ×1，这次没有改动。"
    )
    assert "已经在名单上" not in reply and "+1 大盒" not in reply
    card = await chat.card(1)
    assert "阿May 大盒 ×1" in card and "阿May 小盒 ×1" in card, card


async def test_in_english_too() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Dumplings options pork:20:3,veg:18 limit 3 ends tomorrow 20:00")
    await chat.say("may", "+1 pork", name="May")

    reply = chat.said(await chat.say("may", "#接龙 Dumplings\n1. May pork 1 veg 2", name="May"))

    assert reply.startswith("May is in: 2 × Dumplings veg (#1)."), reply
    assert reply.endswith("\nDumplings pork (#1) stays at ×1, unchanged."), reply
    assert "May veg ×2" in await chat.card(1)
