"""Session 35: a note quoted on request (`笔记 1` / `/note 1`) was kept fresh after a like, but when the
scheduler closed its group buy at the deadline only the note's card was edited: the quoted copy still
offered `想要就点“跟团”，或发 +1 团1-…` under a group buy that was closed. The deadline's close now edits
the quoted copies too (in place: a refresh, none posted anew), to say it closed; in Chinese and English."""

from __future__ import annotations

import pytest

from handlers.card_copies import COPY_KEYS
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 芒果 价格 88 截止 明天20:00", "种草 #1 这个芒果超甜", "笔记 1"),
    "en": ("/groupbuy Mangoes price 88 ends 2d", "/note #1 these mangoes are so sweet", "/note 1"),
}
CLOSED = {
    "zh": ["🛒 芒果（#1）¥88/份", "已成团"],
    "en": ["🛒 Mangoes (#1) ¥88 each", "Succeeded"],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_deadlines_close_edits_a_quoted_note_to_say_it_closed(lang: str) -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, outbox_platform="test", default_language=lang)  # a platform that edits
    opening, note, quote = SAID[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("bob", note, language=lang)
    await chat.say("dan", "+1", language=lang)
    [copy] = [r.card_of for r in await chat.say("cat", quote, language=lang) if (r.card_of or 0) >= COPY_KEYS]
    assert copy is not None
    before = (await chat.app.render_card(copy)).text.splitlines()
    assert before[2] == CLOSED[lang][0] and "+1" in before[3]

    clock.advance(days=3)
    closed = await chat.app.expire(1)

    edits = [r for r in closed if r.card_of == copy]
    assert [(r.chat_id, r.refresh) for r in edits] == [("family", True)]  # edited where it is, not re-posted
    assert (await chat.app.render_card(copy)).text.splitlines()[2:4] == CLOSED[lang]
