"""Review round 26 (findings 1 and 3): in an English group with only Lychees (#2) open, `/ask #2 is it
sweet?` and `/ask #2 are they sweet?` quoted Cat's note on the closed durian (#1), a note that itself asks
"Are they sweet?", while `问 #2 甜吗` quoted the lychee note; a mention (`@tuan_bot are they sweet?`)
found no lychee note at all ("are they" drowned "sweet"); and the organiser's own note was quoted as a
friend's, without the 🏷 mark its card shows. A question about one group buy (named by `#N`, or the
chat's one open) now quotes only notes on its product, never a note that is itself a question, and an
organiser's note with her mark."""

from __future__ import annotations

from pathlib import Path

from commerce.domain.notes import Note
from commerce.ports import Clock, UnitOfWorkFactory
from tests.unit.bot.playground_api import playground_api, said_in
from tests.unit.handlers.conftest import Chat, fake_chat

DURIAN = "Are they sweet? I heard this batch is amazing!!! So sweet, best ever"
LYCHEES = "Lychees from last year were super sweet and juicy"
OWN = "Super sweet this year, the best lychees!"
SETUP = [
    ("amy", "/lang en"),
    ("amy", "/groupbuy Durian Musang King price 50 stock 20"),
    ("cat", "+1"),
]
AFTER = [  # Cat's note (#1) on the durian, stored, is between: a note that asks is no longer posted
    ("amy", "/close #1"),
    ("amy", "/groupbuy Lychees price 30 stock 40"),
    ("bob", "+1 #2"),
    ("bob", f"/note #2 {LYCHEES}"),
    ("amy", f"/note #2 {OWN}"),
]
EN = f"What friends said:\nNote #3 Amy 🏷 Organiser: “{OWN}”\nNote #2 Bob: “{LYCHEES}”\n"
ZH = f"群里的朋友说过：\n笔记 #3 Amy 🏷 团长：「{OWN}」\n笔记 #2 Bob：「{LYCHEES}」\n"


async def _durian_note(uow_factory: UnitOfWorkFactory, clock: Clock, chat_id: str) -> None:
    """Cat's note that asks, stored as it was before such a note was answered as /ask instead of posted
    (tests/regressions/test_a_question_typed_as_a_note_is_answered_as_a_question.py)."""
    async with uow_factory() as uow:
        await uow.notes.add(Note(None, chat_id, "cat", "Cat", DURIAN, clock.now(), group_buy_id=1, lang="en"))
        await uow.commit()


async def _neighbours() -> Chat:
    chat = fake_chat()
    chat.chat_id = "neighbours"
    for user, text in SETUP:
        await chat.say(user, text)
    await _durian_note(chat.app.uow_factory, chat.app.clock, chat.chat_id)
    for user, text in AFTER:
        await chat.say(user, text)
    return chat


async def test_a_numbered_question_in_english_quotes_only_that_products_notes() -> None:
    chat = await _neighbours()

    is_it = chat.said(await chat.say("wes", "/ask #2 is it sweet?"))
    are_they = chat.said(await chat.say("nina", "/ask #2 are they sweet?"))

    assert is_it.startswith(EN), is_it
    assert are_they.startswith(EN), are_they
    assert "Cat" not in is_it + are_they


async def test_the_same_asked_in_chinese() -> None:
    chat = await _neighbours()

    tian = chat.said(await chat.say("cat", "问 #2 甜吗"))

    assert tian.startswith(ZH), tian


async def test_a_mention_with_one_open_group_buy_finds_its_note_past_the_asking_words() -> None:
    chat = await _neighbours()

    english = chat.said(await chat.say("dan", "@tuan_bot are they sweet?"))
    chinese = chat.said(await chat.say("dan", "@tuan_bot 甜吗？"))

    assert english.startswith(EN), english
    assert chinese.startswith(ZH), chinese


async def test_a_note_that_asks_is_never_quoted() -> None:
    chat = await _neighbours()

    durian = chat.said(await chat.say("dan", "/ask #1 are they sweet?"))
    liulian = chat.said(await chat.say("dan", "问 #1 甜吗"))

    assert "What friends said" not in durian and "Cat" not in durian, durian
    assert "群里的朋友说过" not in liulian and "Cat" not in liulian, liulian


async def test_the_same_on_sqlite(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in SETUP:
            await api.say("n", user, text)
        await _durian_note(api.hub.app.uow_factory, api.hub.app.clock, "n")
        for user, text in AFTER:
            await api.say("n", user, text)

        [is_it] = said_in(await api.say("n", "wes", "/ask #2 is it sweet?"), "n")
        [mention] = said_in(await api.say("n", "dan", "@Tuan are they sweet?"), "n")
        [tian] = said_in(await api.say("n", "cat", "问 #2 甜吗"), "n")

    assert is_it.startswith(EN), is_it
    assert mention.startswith(EN), mention
    assert tian.startswith(ZH), tian
