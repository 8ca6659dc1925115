"""The weekly "本周为你精选" could list a note that is itself a question (`有人买过吗？`) as one of the
week's best notes of a member's groups, though it recommends nothing: Ask never quotes such a note and
For you never cites it as a reason (`commerce.domain.asking.asks_itself`). The weekly message now skips
it the same way, and lists the notes that tell instead."""

from __future__ import annotations

from datetime import time

from commerce.domain.foryou_weekly import Weekly
from commerce.domain.notes import Note
from handlers.foryou_weekly import WeeklyForYou
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def asked_note(chat: Chat, author: str, group_buy_id: int, text: str, lang: str) -> None:
    """A note that asks, stored as one was before such a note was answered as a question (Ask) instead
    of posted (`tests/regressions/test_a_question_typed_as_a_note_is_answered_as_a_question.py`)."""
    async with chat.app.uow_factory() as uow:
        now = chat.app.clock.now()
        name = author.title()
        await uow.notes.add(
            Note(None, chat.chat_id, author, name, text, now, group_buy_id=group_buy_id, lang=lang)
        )
        await uow.commit()


def weekly_of(chat: Chat) -> WeeklyForYou:
    clock = chat.app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(hours=8)  # Monday 20:00 in Shanghai
    return WeeklyForYou(
        uow_factory=chat.app.uow_factory,
        clock=clock,
        config=chat.app.config,
        outbox=chat.app,
        platform="test",
        when=Weekly(0, time(20)),
    )


async def test_the_weekly_message_skips_a_note_that_asks() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await asked_note(chat, "bob", 1, "有人买过吗？好不好吃", "zh")
    await chat.say("dan", "种草 #1 芒果很甜，回购了")
    for member in ("cat", "eve", "hal"):  # the question drew more likes than the note that tells
        await chat.say(member, "赞 1")
    await chat.say("cat", "赞 2")

    sent = Chat.private(await weekly_of(chat)())

    assert "#2 Dan（群聊）：芒果很甜，回购了 👍 1" in sent["eve"]
    assert "有人买过吗" not in sent["eve"]
    assert "有人买过吗" not in sent["cat"]


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await asked_note(chat, "bob", 1, "Has anyone bought these? Are they sweet", "en")
    await chat.say("dan", "/note #1 Very sweet mangoes, bought twice")
    for member in ("cat", "eve", "hal"):
        await chat.say(member, "/like 1")
    await chat.say("cat", "/like 2")

    sent = Chat.private(await weekly_of(chat)())

    assert "Very sweet mangoes, bought twice" in sent["eve"]
    assert "Has anyone bought these" not in sent["eve"]
    assert "Has anyone bought these" not in sent["cat"]
