"""Review 102 #6: after `/pickup #2 Jenny's Lobby`, `/pickup #2 jennys lobby` (no apostrophe) told the
group and both buyers privately it "changed", and `/pickup #2 Jenny's Lobby` sent again unchanged was posted
to the group once more. A place differing only in punctuation (as in capitals or spacing) is now the same
place, told to nobody as a change; the very same pickup again is answered once that nothing changed, and
nothing is posted anew."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def closed_with_two_buyers() -> Chat:
    room = fake_chat(default_language="en")
    await room.say("ann", "/groupbuy Cookies price 10 target 1")
    await room.say("kim", "+1")
    await room.say("lee", "+1")
    await room.say("ann", "/close")
    first = await room.say("ann", "/pickup #1 Jenny's Lobby tomorrow 6pm")
    assert set(Chat.private(first)) == {"kim", "lee"}
    return room


async def test_punctuation_alone_is_no_change_for_anyone() -> None:
    room = await closed_with_two_buyers()

    for typed in (
        "/pickup #1 jennys lobby",
        "/pickup #1 Jenny’s  lobby.",
        "/pickup #1 Jenny's Lobby tomorrow 18:00",
    ):
        again = await room.say("ann", typed)
        assert Chat.private(again) == {}, typed
        said = room.said(again)
        assert "changed" not in said and "(was " not in said, said


async def test_the_same_pickup_again_is_said_unchanged_and_not_posted_anew() -> None:
    room = await closed_with_two_buyers()

    again = await room.say("ann", "/pickup #1 Jenny's Lobby")

    assert [reply.text for reply in again if reply.text] == [
        "The pickup for Cookies (#1) is already Jenny's Lobby · Tue 24 Nov 18:00: nothing was changed."
    ]
    assert not any(reply.is_card for reply in again)


async def test_in_chinese_and_a_real_change_is_still_told() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 30 成团 1")
    await room.say("bob", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "自提 小区南门 明天下午5点")

    same = room.said(await room.say("amy", "自提 小区南门"))
    moved = Chat.private(await room.say("amy", "自提 东门"))

    assert same == "芒果（#1）的自提已经是 小区南门 · 11月24日 周二 17:00，没有任何改动。"
    assert moved["bob"].startswith("📦 Amy 改了 芒果（#1）的自提：东门 · "), moved
