"""A typed like (`赞 3`, `/like 3`, `取消赞 3`) in a group is as quiet as the note card's 👍: the liker gets
the button's short answer (a toast: the playground shows it to them only, Telegram has no toast for a
typed message and the card's count answers, WeChat says it as one short line as it does the button's),
the card's count changes, and nothing is posted for the whole group (the platforms:
tests/unit/bot/test_typed_likes_on_platforms.py)."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def posted(replies: list[Reply]) -> list[str]:
    """What a group would read: messages with text (a toast is the member's only)."""
    return [reply.text for reply in replies if reply.text]


async def test_typed_likes_answer_the_liker_with_the_buttons_toast_and_post_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("bob", "种草 楼下新开的面包店不错")

    liked = await chat.say("cat", "赞 1")
    again = await chat.say("cat", "/like 1")
    tapped = await chat.tap("dan", "nt:like:1")

    assert posted(liked) == [] and chat.toast(liked) == chat.toast(tapped) == "已赞笔记 #1 👍"
    assert chat.cards(liked) == [(-1, False)]
    assert posted(again) == [] and chat.toast(again) == "你已经赞过笔记 #1 了。取消发“取消赞 1”。"
    assert (await chat.app.render_card(-1)).text.endswith("👍 2 · 💬 0")

    unliked = await chat.say("cat", "取消赞 1")
    not_liked = await chat.say("cat", "取消赞 1")

    assert posted(unliked) == [] and chat.toast(unliked) == "已取消对笔记 #1 的赞"
    assert chat.cards(unliked) == [(-1, False)]
    assert posted(not_liked) == [] and chat.toast(not_liked) == "你还没有赞过笔记 #1。"
    assert factory.state.notes.likes[1] == {"dan"}


async def test_a_mistake_is_still_said_in_the_chat() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 楼下新开的面包店不错")
    assert chat.said(await chat.say("cat", "赞 9")).startswith("这里没有笔记 #9（")
