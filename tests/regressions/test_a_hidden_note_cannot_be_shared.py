"""Review 87, finding 1: after the admins hid note #4, Lily's `分享笔记 4` still sent her a share code for the
note's group buy, and the hidden card counted her (🔗). A note the admins hid, or its author took down, is
shared no more: one line says so, no code is given, nothing is counted on its card."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(lang: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"dan"}
    if lang == "zh":
        await chat.say("amy", "接龙 泰国金枕榴莲 价格 88")
        await chat.say("bob", "种草 #1 金枕榴莲超级香，上周买的")
    else:
        await chat.say("amy", "/groupbuy Durian price 88")
        await chat.say("bob", "/note #1 the durian smells amazing, bought it last week")
    return chat


async def test_sharing_a_note_the_admins_hid_is_refused_and_counts_nothing() -> None:
    chat = await _chat()
    await chat.say("cat", "+1")  # in the group: a note of it may be shared privately
    await chat.say("dan", "隐藏 1 价格虚高")

    replies = await chat.say("cat", "分享笔记 1")

    assert Chat.said(replies) == "笔记 #1 已被群管理员隐藏，不能分享，没有发出分享码。"
    assert Chat.private(replies) == {}  # no code sent to her
    assert "🔗" not in await chat.card(-1)
    again = await chat.say("cat", "分享笔记 1", private=True)  # privately too
    assert Chat.said(again) == "笔记 #1 已被群管理员隐藏，不能分享，没有发出分享码。"


async def test_a_note_its_author_took_down_is_not_shared_either() -> None:
    chat = await _chat("en")
    await chat.say("bob", "/deletenote 1")

    replies = await chat.say("cat", "/share note 1")

    assert Chat.said(replies) == (
        "Note #1 was taken down by its author: it can't be shared, and no code was given."
    )
    assert Chat.private(replies) == {}


async def test_a_visible_note_is_still_shared() -> None:
    chat = await _chat()

    replies = await chat.say("cat", "分享笔记 1")

    assert Chat.private(replies)["cat"].startswith("你分享笔记 #1 的专属码：团1-")
    assert "🔗 1" in await chat.card(-1)
