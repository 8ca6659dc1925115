"""Review 51, finding 9: Eva, joining in a private chat with Mia's code (`+2 1-M5QT`), was answered
"Eva is in: 2 × Hainan Mangoes 5kg (#1)…", about herself in the third person, in a one-to-one chat.
Now a private join's answer speaks to her ("You're in: …", `你已跟团：…`, a friend's line "You joined for
mum: …" / `你帮 妈妈 跟团：…`); a join in the group still names who joined."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 88", "分享"),
    "en": ("/groupbuy Mangoes price 88", "/share"),
}
PRIVATE = {
    "zh": (
        "你已跟团：2 × 芒果（#1）。",
        "你已跟团：又加 1 份，现在共 3 × 芒果（#1）。",
        "你帮 妈妈 跟团：1 × 芒果（#1）。",
    ),
    "en": (
        "You're in: 2 × Mangoes (#1).",
        "You're in: 1 more, now 3 × Mangoes in all (#1).",
        "You joined for mum: 1 × Mangoes (#1).",
    ),
}
GROUP = {"zh": "Ben 跟团：1 × 芒果（#1）。", "en": "Ben is in: 1 × Mangoes (#1)."}


async def _code(chat: Chat, lang: str) -> str:
    await chat.say("olivia", WORDS[lang][0], language=lang)
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say("mia", WORDS[lang][1], language=lang)))
    assert found is not None
    return found.group(0)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_private_join_speaks_to_the_member(lang: str) -> None:
    chat = fake_chat(clock=FakeClock(), default_language=lang)
    code = await _code(chat, lang)
    first, more, friend = PRIVATE[lang]

    joined = chat.said(await chat.say("eva", f"+2 {code}", private=True, language=lang))
    assert joined.startswith(first), joined
    again = chat.said(await chat.say("eva", f"+1 {code}", private=True, language=lang))
    assert again.startswith(more), again
    mum = "+1 帮 妈妈" if lang == "zh" else "+1 for mum"
    for_mum = chat.said(await chat.say("eva", f"{mum} {code}", private=True, language=lang))
    assert for_mum.startswith(friend), for_mum

    in_group = chat.said(await chat.say("ben", "+1", language=lang))
    assert in_group.startswith(GROUP[lang]), in_group
