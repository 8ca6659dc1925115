"""Review 79 #3 (its second half): boss's `/hide 2` in a Chinese group posted `The admins hid note #2.` to
the whole group, next to the card's `笔记 #2 已被群管理员隐藏。`: what an admin's `/hide`, `/unhide`,
`/mute`, `/unmute` posts to the group speaks the group's language (its `/lang`, else as its card
speaks), never the admin's own."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

GROUPS = {
    "zh": ("接龙 榴莲 价格 88", "笔记 榴莲很甜", "hello"),
    "en": ("/groupbuy Durian price 88", "/note the durian is sweet", "你好"),
}
POSTED = {
    "zh": ("群管理员隐藏了笔记 #1。", "Bob 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"),
    "en": (
        "The admins hid note #1.",
        "Bob may no longer post notes here (nor comment; likes and joining are not affected).",
    ),
}


async def _group(lang: str) -> Chat:
    """A group whose card speaks `lang`, Bob's note #1 in it; its admin boss last spoke the other."""
    chat = fake_chat()
    chat.platform = "playground"
    chat.admins = {"boss"}
    opening, note, other = GROUPS[lang]
    await chat.say("amy", opening)
    await chat.say("bob", note)
    await chat.say("boss", other)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_hide_is_posted_in_the_groups_language(lang: str) -> None:
    chat = await _group(lang)

    posted = await chat.say("boss", "/hide 1")

    assert chat.said(posted) == POSTED[lang][0]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_mute_is_posted_in_the_groups_language(lang: str) -> None:
    chat = await _group(lang)

    posted = await chat.say("boss", "/mute @Bob")

    assert chat.said(posted) == POSTED[lang][1]


async def test_the_groups_lang_decides_over_its_card() -> None:
    chat = await _group("en")
    await chat.say("amy", "/lang zh")

    posted = await chat.say("boss", "/hide 1")

    assert chat.said(posted) == "群管理员隐藏了笔记 #1。"
