"""Session 40 (s39 closing, "Pastes and joins"): `+2 豆沙 帮Kay` kept "帮Kay" as Cat's note on her own line,
while `+2 豆沙 帮 Kay` is Kay's line. A capitalised Latin name glued to 帮 after the option is the friend's
line too, as `+1 香草 帮小王` is; a lower-case word after 帮 stays the note."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _mooncakes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9")
    return chat


async def test_bang_glued_to_a_latin_name_after_the_option_is_the_friends_line() -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("cat", "+2 豆沙 帮Kay"))

    assert reply.startswith("Cat 帮 Kay 跟团：2 × 月饼 豆沙（#1）。")
    assert "备注" not in reply
    card = await chat.card()
    assert "1. Cat 帮 Kay 豆沙 ×2" in card and "帮Kay" not in card


async def test_a_note_after_the_glued_name_stays_the_note() -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("cat", "+1 咸蛋黄 帮Kay 3号楼"))

    assert reply.startswith("Cat 帮 Kay 跟团：1 × 月饼 咸蛋黄（#1）。备注：3号楼。")
    assert "1. Cat 帮 Kay 咸蛋黄 ×1 · 3号楼" in await chat.card()


async def test_a_lower_case_word_after_bang_stays_her_note() -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("cat", "+1 豆沙 帮ok"))

    assert reply.startswith("Cat 跟团：1 × 月饼 豆沙（#1）。备注：帮ok。")
    assert "1. Cat 豆沙 ×1 · 帮ok" in await chat.card()
