"""In digest mode Bob's note was confirmed to him privately with "笔记 #15 已发布。本群是摘要模式": in his
private chat "本群" is no group. The confirmation now names the group the note was posted in (and,
where its name is not known, says "the group you posted it in")."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_digest_mode_note_confirmation_names_its_group() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title, family.admins = "family", {"amy"}
    await family.say("amy", "摘要 开")

    chinese = family.private(await family.say("bob", "种草 楼下面包店不错"))["bob"]
    english = family.private(await family.say("bob", "/note The bakery downstairs is good"))["bob"]

    assert chinese.startswith("笔记 #1 已发布。「family」是摘要模式：")
    assert english.startswith("Note #2 is posted. family is in digest mode:")
    assert "本群" not in chinese and "This chat" not in english


async def test_a_group_without_a_known_name_is_not_called_this_chat() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.admins = {"amy"}
    await family.say("amy", "摘要 开")

    said = family.private(await family.say("bob", "种草 楼下面包店不错"))["bob"]

    assert said.startswith("笔记 #1 已发布。你发笔记的群是摘要模式：")


async def test_a_refusal_told_privately_in_digest_mode_names_its_group() -> None:
    family = fake_chat(FakeUnitOfWorkFactory(), notes_per_day=1)
    family.title, family.admins = "family", {"amy"}
    await family.say("amy", "摘要 开")
    await family.say("bob", "种草 楼下面包店不错")

    said = family.private(await family.say("bob", "种草 楼下水果店也不错"))["bob"]

    assert said == "「family」：你今天在本群已经发了 1 条笔记，明天再发吧。没有发出。"
