"""In a private chat `+1 团1-… gate 3` was asked which option, and the answer `sweet` joined without
`gate 3`; `+2 团1-… for Wang` asked which option for Wang, and `sour` was not understood. The answer
joins with the join as first typed: its quantity, note and friend (a word that was an option misnamed,
`+1 团1-… 7kg`, is no note). A note typed in private is the organiser's: her own list shows it, the group's
card never does (rep99 #7)."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def _code(chat: Chat, share: str) -> str:
    said = " ".join(reply.text or "" for reply in await chat.say("dan", share))
    found = re.search(r"(?:团|(?<![\w#-]))\d+-[A-Z0-9]+", said)
    assert found is not None, said
    return found.group(0)


async def test_the_answer_keeps_the_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options sweet:58,sour:40 ends 3d")
    code = await _code(chat, "/share")

    asked = chat.said(await chat.say("dan", f"+1 {code} gate 3", private=True))
    assert asked.endswith(f"e.g. +1 {code.removeprefix('团')} sour gate 3.")  # the share code kept (rep66 #6)
    said = chat.said(await chat.say("dan", "sweet", private=True))

    assert said.startswith("You're in: 1 × Mangoes sweet (#1).")
    assert (await chat.card(1)).endswith("1. Dan sweet ×1")  # typed in private: not the group's (rep99 #7)
    own = chat.said(await chat.say("amy", "/list #1", private=True))
    assert "1. Dan sweet ×1" in own and "gate 3" in own, own


async def test_the_answer_keeps_the_friend() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options sweet:58,sour:40 ends 3d")
    code = await _code(chat, "/share")

    await chat.say("dan", f"+2 {code} for Wang", private=True)
    said = chat.said(await chat.say("dan", "sour", private=True))

    assert said.startswith("You joined for Wang: 2 × Mangoes sour (#1).")
    assert (await chat.card(1)).endswith("1. Dan for Wang sour ×2")


async def test_in_chinese_the_note_is_kept_and_a_misnamed_option_is_not() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 规格 5斤:58,3斤:40 截止 3d")
    code = await _code(chat, "分享")

    await chat.say("dan", f"+1 {code} 3号楼", private=True)
    assert chat.said(await chat.say("dan", "5斤", private=True)).startswith("你已跟团：1 × 芒果 5斤（#1）")
    await chat.say("dan", f"+1 {code} 7斤", private=True)
    assert chat.said(await chat.say("dan", "3斤", private=True)).startswith("你已跟团：1 × 芒果 3斤（#1）")

    card = await chat.card(1)
    assert "Dan 5斤 ×1" in card and "3号楼" not in card  # typed in private: not the group's (rep99 #7)
    assert "Dan 3斤 ×1" in card and "7斤" not in card
    own = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "3号楼" in own and "7斤" not in own.replace("Dan 3斤", ""), own
