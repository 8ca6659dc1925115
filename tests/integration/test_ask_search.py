"""The search behind Ask's "what friends said", on SQLite and PostgreSQL: an A-not-A question (甜不甜,
how members ask) finds the note that says 甜, and a question whose words a note shares only the asking
ones of (什么时候, 能) quotes nothing (commerce.services.asking.friends_said)."""

from __future__ import annotations

from commerce.services.asking import friends_said
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, post_note


async def _said(factory: SqlUnitOfWorkFactory, question: str) -> list[int]:
    async with factory() as uow:
        return [found.note.id or 0 for found in await friends_said(uow, CHAT, question)]


async def test_an_a_not_a_question_finds_the_note_and_asking_words_alone_find_none(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    sweet = await post_note(uow_factory, clock, "bob", "这批贵妃芒真的甜，放两天更香")
    fish = await post_note(uow_factory, clock, "cat", "冷冻带鱼炸着吃很香，老人孩子都能吃")

    assert await _said(uow_factory, "芒果甜不甜") == [sweet.id]  # 甜不甜 searched as 甜
    assert await _said(uow_factory, "带鱼好吃吗") == [fish.id]
    assert await _said(uow_factory, "电梯什么时候能修好") == []  # shares only 能 with the fish note
