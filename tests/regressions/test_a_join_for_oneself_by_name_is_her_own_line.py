"""Session 40 (s39 closing, "Pastes and joins"): Kay's own `+2 豆沙 帮 Kay` made a line "Kay 帮 Kay", and
her `+2 豆沙 3 帮 Kay` was asked with the example `+3 帮 Kay 豆沙` (that line again). A join for a friend
named as she is herself is her own line, as `+1 帮 我` is; someone else's `帮 Kay` stays Kay's line."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _mooncakes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9")
    return chat


async def test_her_own_name_after_bang_is_her_own_line() -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("kay", "+2 豆沙 帮 Kay"))
    again = chat.said(await chat.say("kay", "+1 帮 kay 豆沙"))

    assert reply.startswith("Kay 跟团：2 × 月饼 豆沙（#1）。")
    assert again.startswith("Kay 跟团：又加 1 份，现在共 3 × 月饼 豆沙（#1）。")
    card = await chat.card()
    assert "1. Kay 豆沙 ×3" in card and "Kay 帮 Kay" not in card


async def test_two_counts_for_herself_are_asked_with_her_own_join() -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("kay", "+2 豆沙 3 帮 Kay"))

    assert reply == "月饼 豆沙（#1）：要 2 份还是 3 份？份数写在规格前面，例如 +3 豆沙 #1。没有任何改动。"
    assert "还没有人跟团" in await chat.card()


async def test_another_members_bang_kay_is_still_kays_line() -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("cat", "+2 豆沙 帮 Kay"))

    assert reply.startswith("Cat 帮 Kay 跟团：2 × 月饼 豆沙（#1）。")
    assert "1. Cat 帮 Kay 豆沙 ×2" in await chat.card()
