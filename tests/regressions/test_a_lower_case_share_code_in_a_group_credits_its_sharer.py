"""rep39 #5: Kim's `+1 4-tpc8` in the group (Cat's code, shown as `4-TPC8`, typed in lower case on a phone)
was saved as a note "4-tpc8", and Cat lost the commission. In a group a word that is, in any case, a share
code given for a group buy of that chat is that code: the join is the sharer's, the rest of the note kept;
a word that is no code given there (`+1 1-pack`) stays a note."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 156", "佣金 10%", "分享", "截单", "已收 1-1"),
    "en": ("/groupbuy Mangoes price 156", "/commission 10%", "/share", "/close", "/paid 1-1"),
}
JOINED = {
    "zh": ("Kim 跟团：1 × 芒果（#1）。", "Kim 跟团：1 × 芒果（#1）。备注：3号楼。"),
    "en": ("Kim is in: 1 × Mangoes (#1).", "Kim is in: 1 × Mangoes (#1). Note: gate 3."),
}
EARNED = {
    "zh": "Kim 付款了：你赚了 ¥15.60 佣金（芒果 订单 #1-1），待入账："
    "Kim 提货后即可提现，最晚 11月30日 周一 12:00 可提现。",
    "en": "Kim paid: you earned ¥15.60 commission on order "
    "#1-1 of Mangoes. It is held until Kim picks it up, "
    "or Mon 30 Nov 12:00 at the latest; then it is yours to withdraw.",
}


def _to(replies: Sequence[Reply], member: str) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == member]


async def _opened(lang: str) -> tuple[Chat, str]:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", WORDS[lang][0], language=lang)
    await chat.say("amy", WORDS[lang][1], language=lang)
    found = re.search(r"\d+-\w{4}", chat.shared(await chat.say("cat", WORDS[lang][2], language=lang)))
    assert found is not None
    return chat, found.group(0).lower()  # `1-dk2v`: without 团, in lower case


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_lower_case_code_joins_for_its_sharer(lang: str) -> None:
    chat, code = await _opened(lang)

    said = chat.said(await chat.say("kim", f"+1 {code}", language=lang))

    assert said.startswith(JOINED[lang][0]) and code not in said.lower(), said
    assert (await chat.card(1)).endswith("1. Kim ×1"), await chat.card(1)
    await chat.say("amy", WORDS[lang][3], language=lang)
    replies = await chat.say("amy", WORDS[lang][4], language=lang)
    assert [text.split("\n")[0] for text in _to(replies, "cat")] == [EARNED[lang]]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_rest_of_the_note_is_kept(lang: str) -> None:
    chat, code = await _opened(lang)
    note = "3号楼" if lang == "zh" else "gate 3"

    said = chat.said(await chat.say("kim", f"+1 {code} {note}", language=lang))

    assert said.startswith(JOINED[lang][1]), said


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_word_that_is_no_code_given_here_stays_a_note(lang: str) -> None:
    chat, _ = await _opened(lang)

    said = chat.said(await chat.say("kim", "+1 1-pack", language=lang))

    assert "1-pack" in said, said
    assert (await chat.card(1)).endswith("1. Kim ×1 · 1-pack"), await chat.card(1)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_lower_case_code_alone_opens_the_card_for_its_sharer(lang: str) -> None:
    chat, code = await _opened(lang)

    opened = await chat.say("kim", code, language=lang)

    assert Chat.cards(opened) == [(1, True)], opened  # as `1-DK2V` typed alone: the card, posted anew
    await chat.say("kim", "+1", language=lang)
    await chat.say("amy", WORDS[lang][3], language=lang)
    replies = await chat.say("amy", WORDS[lang][4], language=lang)
    assert [text.split("\n")[0] for text in _to(replies, "cat")] == [EARNED[lang]]


async def test_a_word_alone_that_is_no_code_given_here_stays_talk() -> None:
    chat, _ = await _opened("en")

    assert [reply for reply in await chat.say("kim", "1-pack") if reply.text or reply.is_card] == []
