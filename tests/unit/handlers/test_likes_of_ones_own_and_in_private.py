"""A typed like of one's own note in a group is refused as quietly as the 👍 (a toast, nothing for the
group); `/like 3` in a private chat is told which group the note is in, where likes are given."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def posted(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text]


async def test_liking_ones_own_note_by_typing_is_a_toast_as_the_button() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("bob", "种草 楼下新开的面包店不错")

    typed = await chat.say("bob", "赞 1")
    tapped = await chat.tap("bob", "nt:like:1")

    assert posted(typed) == []
    assert chat.toast(typed) == chat.toast(tapped) == "不能给自己的笔记 #1 点赞，赞要别人给。"
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")


async def test_a_private_like_names_the_group_the_note_is_in() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.title = "Neighbours"
    await chat.say("bob", "种草 楼下新开的面包店不错")
    await chat.say("cat", "种草 菜市场东门的豆腐很嫩")

    said = await chat.say("cat", "/like 1", private=True)
    stranger = await chat.say("eve", "/like 1", private=True)

    assert chat.said(said) == (
        "Note #1 was posted in Neighbours: likes are given there, where the others see them. "
        "Send /like 1 in that group, or tap the 👍 on its card."
    )
    assert chat.said(stranger) == "There is no note #1 in this chat."
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")
