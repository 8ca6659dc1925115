"""Review 56 item 7 (WeChat): Tom writes English in a Chinese room. `how much?` and `paid` were answered
in English, but `+2 small box` got `Tom 跟团：…` in Chinese, and his #1 order (sent at the close, after
`how much?` and `+2 small box` only) came in Chinese while his #2 order (after `paid`) came in English:
a question's words and an option or note in English words told nothing of his language, so his
private messages followed the last command word. Now a join in English words (`+2 small box`, `small
box x2` answering the which-option question, `me too`) is answered in English as `how much?` is, and
a question or join in words tells his language: each private message speaks it from the first. `+1`,
`+1 large` (an option's own name) and `+1 half a dozen` (an amount) tell nothing, answered as `+1` is.

Session 35: his orders themselves follow no words (his private `/lang`, else his app's, else the
group's): both come in the room's Chinese, and so does a friend's line told him; what his words tell
shows in a mute told him."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 丹东草莓 规格 小盒:40,大盒:75 成团 1"


async def _room() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    await chat.say("amy", OPEN, name="王姐")
    return chat


async def test_toms_joins_speak_english_and_both_orders_the_rooms() -> None:
    chat = await _room()

    asked = await chat.say("tom", "+1", name="Tom")  # no words: the room's language
    assert chat.said(asked).startswith("丹东草莓（#1）要哪个规格？"), asked
    answered = chat.said(await chat.say("tom", "small box x2", name="Tom"))
    assert answered == "Tom is in: 2 × 丹东草莓 小盒 (#1). 小盒: now ¥40 each.", answered
    price = await chat.say("tom", "how much?", name="Tom")
    assert "小盒 ¥40 each" in " ".join(r.text for r in price), price
    more = chat.said(await chat.say("tom", "+2 small box", name="Tom"))
    assert more.startswith("Tom is in: 2 more, now 4 × 丹东草莓 小盒 in all (#1)."), more
    zh = chat.said(await chat.say("dan", "+1 小盒", name="丹丹"))
    assert zh.startswith("丹丹 跟团：1 × 丹东草莓 小盒（#1）。"), zh

    first = chat.private(await chat.say("amy", "截单 #1", name="王姐"))
    assert first["tom"].startswith("你在 丹东草莓（#1）的订单 #1-1："), first["tom"]
    assert first["dan"].startswith("你在 丹东草莓（#1）的订单 #1-2："), first["dan"]

    await chat.say("amy", "接龙 砂糖橘 价格 30 成团 1", name="王姐")
    await chat.say("tom", "+1", name="Tom")
    second = chat.private(await chat.say("amy", "截单 #2", name="王姐"))
    assert second["tom"].startswith("你在 砂糖橘（#2）的订单 #2-1："), second["tom"]


async def test_a_question_alone_tells_his_language() -> None:
    chat = await _room()
    await chat.say("tom", "+1 小盒", name="Tom")  # Chinese words first
    await chat.say("tom", "how much?", name="Tom")  # then English ones: the last words he wrote

    welcome = chat.said(await chat.say("tom", "/start", private=True, name="Tom"))  # his own as last seen
    chat.admins = {"amy"}
    told = chat.private(await chat.say("amy", "禁言 Tom", name="王姐"))

    assert welcome.startswith("Hi! I'm Tuan"), welcome
    # session 36: a mute keeps his steady language (no `/lang`, no app's: the room's), not his last words
    assert told["tom"].startswith("群管理员停止了你在群里发笔记。"), told["tom"]


@pytest.mark.parametrize("typed", ["me too", "count me in", "+1 small box"])
async def test_a_join_in_english_words_is_answered_in_english(typed: str) -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 砂糖橘 价格 30 成团 5", name="王姐")
    await chat.say("amy", "接龙 大米 规格 小盒:40,大盒:75 成团 5", name="王姐")

    said = chat.said(await chat.say("tom", f"{typed} #2", name="Tom"))

    assert said.startswith(
        "Which option of 大米 (#2)?" if "box" not in typed else "Tom is in: 1 × 大米 小盒 (#2)."
    ), said


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("+1 大盒", "Tom 跟团：1 × 丹东草莓 大盒"),
        ("+1 Tom", "丹东草莓（#1）要哪个规格？"),
        ("+1", "丹东草莓（#1）要哪个规格？"),
    ],
)
async def test_no_english_words_stay_in_the_rooms_language(typed: str, answer: str) -> None:
    chat = await _room()

    said = chat.said(await chat.say("tom", typed, name="Tom"))

    assert said.startswith(answer), said
