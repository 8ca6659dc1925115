"""Session 17 (organiser 1): the organiser's `截单 #1` in her private chat with the bot, on a group buy opened
without a target (its target 1) whose deadline had passed before the deadline sweep ran, with nobody on it,
answered `还不能截单：目前 0/1 份。请等到截止时间…` ("It cannot close yet: 0 of 1 so far. Wait for the
deadline…"): there was nothing to wait for. It now ends as the deadline ends it: the group is told it ended
with nobody joining, exactly as when `截单` is sent in the group, she reads her summary, and the sweep that
comes later changes nothing. Before its deadline the refusal stands."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

GROUP = {
    "zh": "❌ 芒果（#1）没有人跟团，已结束，不收任何款项。",
    "en": "❌ Mangoes (#1) ended with nobody joining. Nobody is charged.",
}
HERS = {
    "zh": "已截单：芒果（#1）没有人跟团，已结束，不收任何款项。群里已通知。",
    "en": "Closed: Mangoes (#1) ended with nobody joining. Nobody is charged. The group was told.",
}
CARD = {"zh": "\n❌ 没有人跟团，已结束，不收款", "en": "\n❌ Ended with nobody joining: nobody is charged"}
OPENING = {"zh": "接龙 芒果 价格 10 截止 2小时", "en": "/open Mangoes price 10 ends in 2 hours"}
CLOSE = {"zh": "截单 #1", "en": "/close #1"}


async def _past_its_deadline(lang: str) -> tuple[Chat, FakeClock]:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", OPENING[lang], language=lang)
    clock.advance(hours=3)  # the deadline passed; its sweep has not run yet
    return chat, clock


def _in_group(chat: Chat, replies: Sequence[Reply]) -> list[str]:
    return [r.text for r in replies if r.text and r.chat_id == chat.chat_id and not r.private_to]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_closing_it_privately_ends_it_and_tells_the_group(lang: str) -> None:
    chat, _ = await _past_its_deadline(lang)

    replies = await chat.say("amy", CLOSE[lang], private=True, language=lang)

    assert _in_group(chat, replies) == [GROUP[lang]]
    assert [r.text for r in replies if r.text and r.chat_id is None and not r.private_to] == [HERS[lang]]
    assert [r.card_of for r in replies if r.is_card] == [1]
    assert (await chat.card()).endswith(CARD[lang])
    assert await chat.app.expire(1) == []  # the sweep finds it ended: nothing said twice


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_group_reads_what_a_close_in_the_group_says(lang: str) -> None:
    chat, _ = await _past_its_deadline(lang)

    replies = await chat.say("amy", "截单" if lang == "zh" else "/close", language=lang)

    assert _in_group(chat, replies) == [GROUP[lang]]


async def test_before_its_deadline_it_still_waits() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10 截止 2小时")

    replies = await chat.say("amy", "截单 #1", private=True)

    assert chat.said(replies) == (
        "还不能截单：目前 0/1 份，还没有人跟团。请等到截止时间，或发“取消 #1”取消这个团。"
    )
    assert "❌" not in await chat.card()
