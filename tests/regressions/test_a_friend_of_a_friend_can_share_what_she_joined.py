"""Review 51, finding 2: Dan joined Mangoes through Mia's link in private (he is not in its group), and a
bare `/share` there answered "No group buy is open in your groups right now…": he could not re-share
what he was on. Now a bare `/share` in private offers the open group buys he is on too, each with his own
code (and its rate); a friend who joins with it earns Dan, one level, as `/share #1` did."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 88", "佣金 10%", "分享"),
    "en": ("/groupbuy Mangoes price 88", "/commission 10%", "/share"),
}
HEAD = {
    "zh": "你所在群里和你跟了的进行中的团（新的在前）和你的分享码：",
    "en": "Open group buys in your groups or that you joined (newest first), with your share code for each:",
}
LINE = {"zh": r"#1 芒果：(团1-\w{4})（分享赚 10%）", "en": r"#1 Mangoes: (1-\w{4}) \(share and earn 10%\)"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_friend_of_a_friend_can_share_what_she_joined(lang: str) -> None:
    chat = fake_chat(clock=FakeClock(), default_language=lang)
    words = WORDS[lang]
    await chat.say("olivia", words[0], language=lang)
    await chat.say("olivia", words[1], language=lang)
    mia = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say("mia", words[2], language=lang)))
    assert mia is not None
    await chat.say("dan", f"+1 {mia.group(0)}", private=True, language=lang)

    offered = chat.said(await chat.say("dan", words[2], private=True, language=lang))
    assert offered.startswith(HEAD[lang] + "\n"), offered
    found = re.search(LINE[lang], offered)
    assert found is not None, offered
    assert found.group(1) != mia.group(0)  # his own code, not Mia's
