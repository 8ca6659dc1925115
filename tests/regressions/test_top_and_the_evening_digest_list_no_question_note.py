"""`精选` (`/top`) and the evening digest could list a note that is itself a question (`有人买过吗？`) as
one of the best notes, though it recommends nothing: the weekly 精选, Ask's quotes and For you's reasons
all skip it (`commerce.domain.asking.asks_itself`). Both now skip it the same way and list the notes
that tell instead."""

from __future__ import annotations

from commerce.domain.notes import Note
from handlers.digest import NoteDigests
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def asked_note(chat: Chat, author: str, group_buy_id: int, text: str, lang: str) -> None:
    """A note that asks, stored as one was before such a note was answered as a question (Ask)."""
    async with chat.app.uow_factory() as uow:
        now = chat.app.clock.now()
        await uow.notes.add(
            Note(None, chat.chat_id, author, author.title(), text, now, group_buy_id=group_buy_id, lang=lang)
        )
        await uow.commit()


async def liked(chat: Chat, *, like: str) -> None:
    """The question drew more likes than the note that tells."""
    for member in ("cat", "eve", "hal"):
        await chat.say(member, f"{like} 1")
    await chat.say("cat", f"{like} 2")


async def evening_digest(chat: Chat) -> str:
    clock = chat.app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(hours=8)  # 20:00 in Shanghai: the evening digest is due
    digests = NoteDigests(
        uow_factory=chat.app.uow_factory, clock=clock, config=chat.app.config, outbox=chat.app
    )
    [sent] = await digests()
    return sent.text


async def test_top_skips_a_note_that_asks() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await asked_note(chat, "bob", 1, "有人买过吗？好不好吃", "zh")
    await chat.say("dan", "种草 #1 芒果很甜，回购了")
    await liked(chat, like="赞")

    shown = Chat.said(await chat.say("eve", "精选"))

    assert "芒果很甜，回购了" in shown
    assert "有人买过吗" not in shown


async def test_top_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await asked_note(chat, "bob", 1, "Has anyone bought these? Are they sweet", "en")
    await chat.say("dan", "/note #1 Very sweet mangoes, bought twice")
    await liked(chat, like="/like")

    shown = Chat.said(await chat.say("eve", "/top"))

    assert "Very sweet mangoes, bought twice" in shown
    assert "Has anyone bought these" not in shown


async def test_the_evening_digest_skips_a_note_that_asks() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "摘要 开")  # she organises here
    await asked_note(chat, "bob", 1, "有人买过吗？好不好吃", "zh")
    await chat.say("dan", "种草 #1 芒果很甜，回购了")
    await liked(chat, like="赞")

    sent = await evening_digest(chat)

    assert sent.startswith("📰 今日笔记精选（1 条）")
    assert "芒果很甜，回购了" in sent
    assert "有人买过吗" not in sent


async def test_the_evening_digest_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/digest on")  # she organises here
    await asked_note(chat, "bob", 1, "Has anyone bought these? Are they sweet", "en")
    await chat.say("dan", "/note #1 Very sweet mangoes, bought twice")
    await liked(chat, like="/like")

    sent = await evening_digest(chat)

    assert "Very sweet mangoes, bought twice" in sent
    assert "Has anyone bought these" not in sent
