"""Review 51, finding 5: the durian group buy Mia shared missed its target; Olivia, Dan and the group
were told, but Mia's /earnings line "Dan joined … through your share code" just went, and nobody told
her. Now a group buy paying sharers that fails (its deadline below target) or is called off tells each
sharer whose share brought buyers, once, privately: nothing earned on it, and which buyers (they pay
nothing)."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 榴莲 价格 100 成团 5 截止 明天 20:00", "佣金 10%", "分享", "截单", "取消 #1 确认"),
    "en": (
        "/groupbuy Durian price 100 target 5 ends tomorrow 20:00",
        "/commission 10%",
        "/share",
        "/close",
        "/cancel #1 confirm",
    ),
}
FAILED = {
    "zh": "榴莲（#1）没有成团，不会发货：你分享带来的 Dan、Eva 不用付款，这个团不给你记佣金。",
    "en": "Durian (#1) did not reach its target and will not go ahead, so your share earns nothing on it: "
    "Dan, Eva, who joined through it, will pay nothing.",
}
CANCELLED = {
    "zh": "榴莲（#1）已被团长取消：你分享带来的 Dan、Eva 不用付款，这个团不给你记佣金。",
    "en": "Durian (#1) was called off by its organiser, so your share earns nothing on it: Dan, Eva, who "
    "joined through it, will pay nothing.",
}


async def _shared(lang: str, clock: FakeClock) -> Chat:
    """Mia's code brought Dan (in private) and Eva (in the group); Ben joined on his own."""
    chat = fake_chat(clock=clock, default_language=lang)
    words = WORDS[lang]
    await chat.say("olivia", words[0], language=lang)
    await chat.say("olivia", words[1], language=lang)
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say("mia", words[2], language=lang)))
    assert found is not None
    await chat.say("dan", f"+1 {found.group(0)}", private=True, language=lang)
    await chat.say("eva", f"+1 {found.group(0)}", language=lang)
    await chat.say("ben", "+1", language=lang)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_sharer_is_told_when_a_group_buy_she_shared_fails(lang: str) -> None:
    clock = FakeClock()
    chat = await _shared(lang, clock)
    clock.advance(days=2)  # past its deadline, below its target
    replies = await chat.say("olivia", WORDS[lang][3], language=lang)
    told = [reply.text for reply in replies if reply.private_to == "mia"]
    assert told == [FAILED[lang]]
    assert not [reply for reply in replies if reply.private_to == "ben" and "share" in reply.text]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_sharer_is_told_when_a_group_buy_she_shared_is_called_off(lang: str) -> None:
    chat = await _shared(lang, FakeClock())
    replies = await chat.say("olivia", WORDS[lang][4], language=lang)
    told = [reply.text for reply in replies if reply.private_to == "mia"]
    assert told == [CANCELLED[lang]]
