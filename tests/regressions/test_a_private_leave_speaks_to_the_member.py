"""rep54 #8: in a private chat, Fay's `-1` was answered "Fay now has 1 × Musang King Durian (#8)", `-1 mum`
"Fay took the line for mum off…; Fay still has 1 on the list." (zh: `Liu 现在是 1 × 土鸡蛋（#4）`): about
herself in the third person, one to one, while private joins already said "You're in". A private leave's
answer now speaks to her ("You now have…", `你现在是…`, "You left…", `你退出了…`); in the group it still
names who left."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 88", "分享", "+1 帮 妈妈", "-1 帮 妈妈"),
    "en": ("/groupbuy Mangoes price 88", "/share", "+1 for mum", "-1 for mum"),
}
PRIVATE = {
    "zh": (
        "你现在是 1 × 芒果（#1）。",
        "你撤下了帮 妈妈 报的 芒果（#1），你名单上还有 1 份。",
        "你退出了 芒果（#1）。",
    ),
    "en": (
        "You now have 1 × Mangoes (#1).",
        "You took the line for mum off Mangoes (#1); you still have 1 on the list.",
        "You left Mangoes (#1).",
    ),
}
GROUP = {"zh": "Ben 现在是 1 × 芒果（#1）。", "en": "Ben now has 1 × Mangoes (#1)."}


async def _code(chat: Chat, lang: str) -> str:
    await chat.say("olivia", WORDS[lang][0], language=lang)
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say("mia", WORDS[lang][1], language=lang)))
    assert found is not None
    return found.group(0)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_private_leave_speaks_to_the_member(lang: str) -> None:
    chat = fake_chat(clock=FakeClock(), default_language=lang)
    code = await _code(chat, lang)
    _, _, for_mum, mum_off = WORDS[lang]
    lowered, friend_off, left = PRIVATE[lang]
    await chat.say("eva", f"+2 {code}", private=True, language=lang)
    await chat.say("eva", f"{for_mum} {code}", private=True, language=lang)

    said = chat.said(await chat.say("eva", "-1", private=True, language=lang))
    assert said.startswith(lowered), said
    said = chat.said(await chat.say("eva", mum_off, private=True, language=lang))
    assert said.startswith(friend_off), said
    said = chat.said(await chat.say("eva", "-1", private=True, language=lang))
    assert said.startswith(left), said

    await chat.say("ben", "+2", language=lang)
    in_group = [reply.text for reply in await chat.say("ben", "-1", language=lang) if reply.text]
    assert any(text.startswith(GROUP[lang]) for text in in_group), in_group
