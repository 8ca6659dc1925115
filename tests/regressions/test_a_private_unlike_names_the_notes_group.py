"""Session 8's review: `/like 3` in a private chat was taught to name the group the note is in, but
`/unlike 3` there still answered "There is no note #3 in this chat" to the member who had liked it, as
if the note did not exist. Now it names the group where the like is taken back."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_private_unlike_points_to_the_notes_group() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.title = "Neighbours"
    await chat.say("bob", "种草 楼下新开的面包店不错")
    await chat.say("cat", "赞 1")

    # `/unlike 1` alone speaks her own language (her `赞 1` Chinese), her app's English when it says one
    said = chat.said(await chat.say("cat", "/unlike 1", private=True, language="en"))

    assert "Neighbours" in said and "/unlike 1" in said
    assert "There is no note" not in said
