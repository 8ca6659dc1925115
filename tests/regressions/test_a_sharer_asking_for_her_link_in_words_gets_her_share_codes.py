"""Review 69, finding 9: in private, `what's my link?` was answered "No note in your groups answers that…".
Asking for her own share link or code in words (`my share link`, `my referral code?`, `我的链接`,
`我的分享链接是什么`) is now answered as `/share` (分享) lists them; her pickup code asked (`what's my pickup
code?`) keeps its own answer."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _avocados() -> Chat:
    """Noah's Avocados (¥12, 10% to sharers) open in the group; Mia joined it."""
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("noah", "/lang en")
    await room.say("noah", "/groupbuy Avocados price 12 target 1")
    await room.say("noah", "/commission 10%")
    await room.say("mia", "+1")
    return room


@pytest.mark.parametrize(
    ("typed", "command"),
    [
        ("what's my link?", "/share"),
        ("my share link", "/share"),
        ("What is my share code?", "/share"),
        ("my referral code?", "/share"),
        ("我的链接", "分享"),
        ("我的分享链接是什么", "分享"),
    ],
)
async def test_her_link_asked_in_words_lists_her_share_codes(typed: str, command: str) -> None:
    room = await _avocados()
    listed = room.said(await room.say("mia", command, private=True))
    assert "#1 Avocados: 1-" in listed or "#1 Avocados：团1-" in listed, listed

    assert room.said(await room.say("mia", typed, private=True)) == listed


async def test_her_pickup_code_asked_is_not_her_share_codes() -> None:
    room = await _avocados()

    said = room.said(await room.say("mia", "what's my pickup code?", private=True))

    assert "share code" not in said, said
