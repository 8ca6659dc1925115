"""The flag queue (`/flags`, 待审笔记) ended with "/hide 3 reason hides it, /unhide 3 …" whatever note
was listed: an admin copying it hid the wrong note. Its example now uses the first listed note's
number, and the private queue names the group it is from (an admin may review several groups)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_flag_queue_names_its_group_and_the_listed_notes_number() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    chat.admins = {"eve"}
    chat.title = "Family"
    await chat.say("amy", "/groupbuy Face masks price 30")
    await chat.say("bob", "+1")
    await chat.say("bob", "/note #1 fine, the smell is a bit strong")
    shills = ("s0", "s1", "s2")
    said = ("hydrating, great for sensitive skin", "light, not sticky at all", "pretty box, a nice gift")
    for shill, text in zip(shills, said, strict=True):
        await chat.say(shill, f"/note #1 amazing!!! must buy 🔥 {text}")
    for note_id, author in enumerate(shills, start=2):
        for liker in shills:
            if liker != author:
                await chat.say(liker, f"/like {note_id}")
    await chat.say("eve", "/hide 2 advertising")
    await chat.say("eve", "/hide 3 advertising")

    queue = chat.private(await chat.say("eve", "/flags"))["eve"].splitlines()
    assert queue[0] == "Group: Family"
    assert queue[1] == "1 note waiting for review (most suspicious first):"
    assert queue[2].startswith("#4 S2: ")
    assert queue[-1].startswith("In the group: /hide 4 reason hides it, /unhide 4 lets it stay")
    assert "/hide 3" not in "\n".join(queue)
