"""`赞 1` by the note's author posted "不能给自己的笔记 #1 点赞…" to the whole group while the 👍 gave a
toast; the typed like's refusal is now the same toast."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_liking_ones_own_note_posts_nothing_in_the_group() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("bob", "种草 楼下新开的面包店不错")

    said = await chat.say("bob", "赞 1")

    assert [reply.text for reply in said if reply.text] == []
    assert chat.toast(said) == "不能给自己的笔记 #1 点赞，赞要别人给。"
