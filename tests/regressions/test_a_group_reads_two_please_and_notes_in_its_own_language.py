"""Session 34: `2 please` typed in a Chinese room (the group's `/lang zh`, or a Chinese card) was answered
in English, and so was `/notes` typed there by a member nothing was known of: lines the whole group reads
follow the group. A courtesy alone (`2 please`, `#2 please`, `+1 谢谢`) tells only her language; words of
a join's own (`me too`) still answer in their language."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _room(setting: str | None, opening: str) -> Chat:
    room = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    room.platform = "telegram"
    if setting:
        await room.say("amy", setting)
    await room.say("amy", opening)
    return room


@pytest.mark.parametrize("setting", ["/lang zh", None], ids=["lang-zh", "chinese-card"])
async def test_two_please_in_a_chinese_room_is_answered_in_chinese(setting: str | None) -> None:
    room = await _room(setting, "接龙 芒果 价格 88")
    assert room.said(await room.say("bob", "2 please")) == "Bob 跟团：2 × 芒果（#1）。当前 ¥88/份。"


@pytest.mark.parametrize("setting", ["/lang en", None], ids=["lang-en", "english-card"])
async def test_plus_one_thanks_in_chinese_in_an_english_room_is_answered_in_english(
    setting: str | None,
) -> None:
    room = await _room(setting, "/groupbuy Mangoes price 88")
    assert room.said(await room.say("bob", "+1 谢谢")) == "Bob is in: 1 × Mangoes (#1). Now ¥88 each."


async def test_me_too_keeps_its_english_words() -> None:
    room = await _room("/lang zh", "接龙 芒果 价格 88")
    assert room.said(await room.say("bob", "me too")).startswith("Bob is in: 1 × 芒果 (#1).")


@pytest.mark.parametrize("setting", ["/lang zh", None], ids=["lang-zh", "chinese-card"])
async def test_notes_from_an_unknown_member_in_a_chinese_group_is_chinese(setting: str | None) -> None:
    room = await _room(setting, "接龙 芒果 价格 88")
    assert room.said(await room.say("cat", "/notes")) == "这一周本群没有笔记。发“种草 …”写第一条吧。"


async def test_notes_in_an_english_group_stays_english() -> None:
    room = await _room(None, "/groupbuy Mangoes price 88")
    said = room.said(await room.say("cat", "/notes"))
    assert said == "No notes in this chat this week. Post the first with /note …", said
