"""A note a buyer typed with her join in private (`+1 <share code> flat 9 13800138000`) is for her
organiser. Her organiser's `/pickupcode 4827` typed in the group kept it off the group's answer but never
sent it to him anywhere, and a pickup helper's code typed in private read it to the helper. Now the
organiser typing it in the group reads the whole answer, her note too, privately; a helper reads her lines
without it, in private as in the group (and is sent no copy with it)."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from handlers.types import Reply
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

PHONE = "13800138000"
NOTE = f"flat 9 {PHONE}"


async def _closed_and_paid(lang: str) -> Chat:
    """Amy's rice (#1), Bob's line joined in private by Mia's share code with his flat and phone, Cat's
    in the group; both paid; Eve Amy's pickup helper."""
    chat = fake_chat(clock=FakeClock(), default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Rice 5kg price 50 target 2 ends today 20:00")
    else:
        await chat.say("amy", "接龙 大米 价格 50 成团 2 截止 2小时")
    await chat.say("amy", "/commission 10%")
    await chat.say("bob", "hello all")  # members of the group: named in its answers
    await chat.say("eve", "hello" if lang == "en" else "大家好")
    shared = re.search(r"\d+-\w{4}", chat.shared(await chat.say("mia", "/share")))
    assert shared is not None
    await chat.say("bob", f"+1 {shared.group(0)} {NOTE}", private=True)
    await chat.say("cat", "+1 gate 3")
    await chat.say("amy", "/close #1")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/paid 1-2")
    await chat.say("amy", "/helper #1 @Eve")
    return chat


async def _code(chat: Chat) -> str:
    said = Chat.said(await chat.say("bob", "取货码", private=True))
    found = re.search(r"\b(\d{4})\b", said)
    assert found, said
    return found.group(1)


def _to(replies: Sequence[Reply], member: str) -> list[str]:
    return [reply.text for reply in replies if reply.text and reply.private_to == member]


def _in_group(replies: Sequence[Reply]) -> str:
    return "\n".join(reply.text for reply in replies if reply.text and not reply.private_to)


_VERIFY = {"en": "/pickupcode", "zh": "核销"}
_LINE = {"en": "• Rice 5kg × 1", "zh": "• 大米 × 1"}
_NOTED = {"en": f"• Rice 5kg — {NOTE} × 1", "zh": f"• 大米 — {NOTE} × 1"}
_ORDER = {
    "en": "✅ Code {code}: order #1-1 of Bob, 1 unit:\n",
    "zh": "✅ 取货码 {code}：Bob 的订单 #1-1，共 1 份：\n",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_her_organiser_typing_it_in_the_group_reads_her_note_privately(lang: str) -> None:
    chat = await _closed_and_paid(lang)
    code = await _code(chat)

    replies = await chat.say("amy", f"{_VERIFY[lang]} {code}")

    group = _in_group(replies)
    assert _ORDER[lang].format(code=code) + _LINE[lang] + "\n" in group, group
    assert PHONE not in group, group
    (told,) = _to(replies, "amy")
    assert told.startswith(_ORDER[lang].format(code=code) + _NOTED[lang] + "\n"), told


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_pickup_helper_in_private_reads_her_lines_without_it(lang: str) -> None:
    chat = await _closed_and_paid(lang)
    code = await _code(chat)

    said = Chat.said(await chat.say("eve", f"{_VERIFY[lang]} {code}", private=True))

    assert said.startswith(_ORDER[lang].format(code=code) + _LINE[lang] + "\n"), said
    assert PHONE not in said, said


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_pickup_helper_in_the_group_is_sent_no_copy_with_it(lang: str) -> None:
    chat = await _closed_and_paid(lang)
    code = await _code(chat)

    replies = await chat.say("eve", f"{_VERIFY[lang]} {code}")

    assert _ORDER[lang].format(code=code) + _LINE[lang] + "\n" in _in_group(replies)
    assert not any(PHONE in text for text in _to(replies, "eve")), replies
