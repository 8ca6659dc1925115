"""rep94 #1: Amy set `/lang zh` in her private chat; `/mine` in the English group came to her in Chinese,
but `/uncollected`, `who hasn't paid yet?` and the order of the guest she added (代报) at the close came in
English; 李姐, private `语言 英文`, had `谁还没付款` / `谁还没取货` in Chinese. Every private copy follows
her private `/lang`; the group's line stays the group's."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


def _to(replies: list[Reply], user: str) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == user]


async def _amy_reads_chinese() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 80")
    await chat.say("dan", "+1")
    await chat.say("amy", "/add Wang 2")
    await chat.say("amy", "/lang zh", private=True)
    return chat


async def test_an_english_groups_organiser_reads_chinese_privately() -> None:
    chat = await _amy_reads_chinese()

    closed = await chat.say("amy", "/close")
    guest = [text for text in _to(closed, "amy") if "Wang" in text]
    assert guest and guest[0].startswith("你代报的 Wang 在 Mangoes（#1）的订单 #1-2：")

    asked = await chat.say("amy", "who hasn't paid yet?")
    assert chat.said(asked) == "Amy, who has not paid is in your private chat with me."
    assert _to(asked, "amy")[0].startswith("还没付款的（💸：说已付款，等你确认）：")

    uncollected = await chat.say("amy", "/uncollected")
    assert chat.said(uncollected).startswith("Amy")
    assert _to(uncollected, "amy") == ["✅ 你的团购都已取货：没有已付款还没取的订单。"]


async def test_a_chinese_groups_organiser_reads_english_privately() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 80")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "语言 英文", private=True)

    asked = await chat.say("amy", "谁还没付款")
    assert "私信" in chat.said(asked)
    assert _to(asked, "amy")[0].startswith("Not paid yet (💸: says they paid, waiting for you to confirm):")
    in_private = await chat.say("amy", "谁还没付款", private=True)
    assert chat.said(in_private).startswith("Not paid yet (💸")

    uncollected = await chat.say("amy", "谁还没取货")
    assert "私信" in chat.said(uncollected)
    assert _to(uncollected, "amy") == [
        "✅ Everything is picked up: no paid order of yours is waiting to be collected."
    ]
