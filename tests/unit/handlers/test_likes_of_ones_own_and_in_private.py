"""A typed like of one's own note in a group is refused with a message (a typed message has no toast on
Telegram), the 👍 with its toast; `/like 3` and `/unlike 3` in a private chat are told which group the
note is in, where likes are given and taken back."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def posted(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text]


async def test_liking_ones_own_note_by_typing_is_a_message_the_button_a_toast() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("bob", "种草 楼下新开的面包店不错")

    typed = await chat.say("bob", "赞 1")
    tapped = await chat.tap("bob", "nt:like:1")

    assert posted(typed) == [chat.toast(tapped)] == ["不能给自己的笔记 #1 点赞，赞要别人给。"]
    assert posted(tapped) == []
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")


async def test_a_private_like_names_the_group_the_note_is_in() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.title = "Neighbours"
    await chat.say("bob", "种草 楼下新开的面包店不错")
    await chat.say("cat", "种草 菜市场东门的豆腐很嫩")

    said = await chat.say("cat", "/like 1", private=True, language="en")
    stranger = await chat.say("eve", "/like 1", private=True)

    assert chat.said(said) == (
        "Note #1 was posted in Neighbours: likes are given there, where the others see them. "
        "Send /like 1 in that group, or tap the 👍 on its card."
    )
    assert chat.said(stranger) == (
        "I can't find note #1 in the groups I've seen you in. If it is in a group of yours, "
        "send /note 1 there, or say something there first and ask me again."
    )
    assert (await chat.app.render_card(-1)).text.endswith("👍 0 · 💬 0")


async def test_a_private_unlike_names_the_group_the_like_is_taken_back_in() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.title = "Neighbours"
    await chat.say("bob", "种草 楼下新开的面包店不错")
    await chat.say("cat", "赞 1")

    said = await chat.say("cat", "/unlike 1", private=True, language="en")
    chinese = await chat.say("cat", "取消赞 1", private=True, language="zh")
    stranger = await chat.say("eve", "/unlike 1", private=True)

    assert chat.said(said) == (
        "Note #1 was posted in Neighbours: a like is taken back there, where it was given. "
        "Send /unlike 1 in that group, or tap the 👍 on its card again."
    )
    assert chat.said(chinese) == (
        "笔记 #1 发在“Neighbours”：赞在哪个群给的就在哪个群取消。"
        "请在那个群里发“取消赞 1”，或再点一次笔记卡片上的 👍。"
    )
    assert chat.said(stranger) == (
        "I can't find note #1 in the groups I've seen you in. If it is in a group of yours, "
        "send /note 1 there, or say something there first and ask me again."
    )
    assert (await chat.app.render_card(-1)).text.endswith("👍 1 · 💬 0")  # nothing was taken back
