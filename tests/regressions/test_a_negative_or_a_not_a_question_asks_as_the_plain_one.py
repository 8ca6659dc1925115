"""Session 33 (helpnotes #2): `芒果甜吗？` was read as asking about sweetness, but `芒果不甜吧？`,
`会不会不甜`, `芒果不会不甜吧` were not: their 不 read as a denial, so a note saying nothing of it (Dan's
weather) was quoted first, `会不会不甜` got "I can't answer", and in private `芒果不甜吧` was not even a
question. Such a question's 不 asks (`commerce.domain.ask_relevance.plainly_asked`): it is answered as
the plain one, in English too (`aren't they sweet?`, `are they not sweet?`). A statement (`芒果不甜`)
and chatter (`好吧`) are still no question in private."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from commerce.domain.ask_relevance import plainly_asked
from handlers.types import Reply
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

CAT = "芒果超甜，汁多"
GUS = "有一个有点酸"
DAN = "今天天气不错，芒果也好"


async def _group() -> Chat:
    chat = fake_chat(clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 35 成团 1 截止 2小时")
    await chat.say("cat", f"种草 #1 {CAT}")
    await chat.say("dan", f"种草 #1 {DAN}")
    await chat.say("gus", f"种草 #1 {GUS}")
    return chat


async def test_a_negative_question_in_a_group_is_answered_as_is_it_sweet() -> None:
    chat = await _group()
    plain = chat.said(await chat.say("eve", "问 芒果甜吗？"))
    assert plain.startswith(f"群里的朋友说过：\n笔记 #1 Cat：「{CAT}」\n笔记 #3 Gus：「{GUS}」\n"), plain

    for asked in (
        "问 芒果不甜吧？",
        "问 芒果甜不甜？",
        "问 会不会不甜",
        "问 芒果不会不甜吧",
        "问 芒果没那么甜吧",
    ):
        answer = chat.said(await chat.say("eve", asked))
        assert answer == plain, (asked, answer)
        assert DAN not in answer, (asked, answer)
    sour = chat.said(await chat.say("eve", "问 芒果不酸吧？"))  # the other quality, its own side first
    assert sour.startswith(f"群里的朋友说过：\n笔记 #3 Gus：「{GUS}」\n笔记 #1 Cat：「{CAT}」\n"), sour


async def test_a_negative_question_in_english_is_answered_as_are_they_sweet() -> None:
    chat = await _group()
    plain = chat.said(await chat.say("eve", "/ask are they sweet?"))
    assert plain.startswith(f"What friends said:\nNote #1 Cat: “{CAT}”\nNote #3 Gus: “{GUS}”\n"), plain

    for asked in ("/ask aren't they sweet?", "/ask are they not sweet?"):
        assert chat.said(await chat.say("eve", asked)) == plain, asked


async def test_in_private_a_negative_question_is_a_question_and_a_statement_is_not() -> None:
    chat = await _group()
    await chat.say("eve", "有人买过吗")  # Eve is a member of the group

    def answer(replies: Sequence[Reply]) -> str:
        return "\n".join(reply.text for reply in replies if reply.text)

    plain = answer(await chat.say("eve", "芒果甜吗？", private=True))
    assert plain.startswith(f"群里的朋友说过：\n笔记 #1 Cat，关于 芒果（#1）：「{CAT}」\n"), plain
    for asked in ("芒果不甜吧", "会不会不甜", "芒果不会不甜吧？"):
        assert answer(await chat.say("eve", asked, private=True)) == plain, asked
    for talk in ("芒果不甜", "好吧"):
        said = answer(await chat.say("eve", talk, private=True))
        assert said.startswith("我没看懂。"), (talk, said)


@pytest.mark.parametrize(
    ("asked", "plainly"),
    [
        ("芒果不甜吧？", "芒果甜吗?"),
        ("会不会不甜", "甜吗"),
        ("这个芒果会不会太酸了", "这个芒果酸吗"),
        ("芒果是不是不甜", "芒果甜吗"),
        ("不新鲜吧", "新鲜吗"),
        ("aren't they sweet?", "are they sweet?"),
        ("Are the mangoes not too sour?", "are the mangoes too sour?"),
        ("芒果不甜", "芒果不甜"),  # a statement says so
        ("好吧", "好吧"),
        ("why are they not sweet", "why are they not sweet"),
        ("是不是熟人", "是不是熟人"),
    ],
)
def test_the_plain_question_a_negative_one_asks(asked: str, plainly: str) -> None:
    assert plainly_asked(asked) == plainly
