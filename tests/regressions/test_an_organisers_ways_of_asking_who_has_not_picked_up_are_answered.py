"""rep94 #6: `谁还没取货` worked, but the organiser's `还有谁没取货？`, `谁还没提货`, `还有谁没提货`,
`谁还没拿货` and `who still needs to pick up?` got no reply in the group, and in private the buyer's own
pickup answer (`You have nothing to pick up…`). They read as `谁还没取货` (`/uncollected`) from one who
runs group buys, as the pay-side twins (`还有谁没付款？`) already do; from anyone else, in a group, talk."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


def _to_amy(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == "amy"]


async def _bob_paid_not_picked_up(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    zh = lang == "zh"
    await chat.say("amy", "接龙 芒果 价格 80" if zh else "/groupbuy Mangoes price 80")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单" if zh else "/close")
    await chat.say("amy", "已收 1-1" if zh else "/paid 1-1")
    return chat


async def test_chinese_ways_in_the_group_and_in_private() -> None:
    chat = await _bob_paid_not_picked_up("zh")
    listed = _to_amy(await chat.say("amy", "谁还没取货"))
    assert listed and listed[0].startswith("📦 已付款、还没取货的订单（1）：")

    for typed in ("还有谁没取货？", "谁还没提货", "还有谁没提货", "谁还没拿货"):
        replies = await chat.say("amy", typed)
        assert chat.said(replies) == "Amy，未取货名单已私信发给你。", typed
        assert _to_amy(replies) == listed, typed
        assert chat.said(await chat.say("amy", typed, private=True)) == listed[0], typed
    assert await chat.say("bob", "还有谁没提货？") == []  # a member's: talk among neighbours


async def test_english_who_still_needs_to_pick_up() -> None:
    chat = await _bob_paid_not_picked_up("en")
    listed = _to_amy(await chat.say("amy", "who hasn't collected?"))
    assert listed and listed[0].startswith("📦 Paid, not picked up yet (1 order):")

    replies = await chat.say("amy", "who still needs to pick up?")
    assert chat.said(replies).startswith("Amy")
    assert _to_amy(replies) == listed
    assert chat.said(await chat.say("amy", "who still needs to pick up?", private=True)) == listed[0]
