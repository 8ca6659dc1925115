"""Review 51, finding 7 (its wording): `/share` answered "…Or your code: 1-M5QT (friends type it to the
bot, or join with +1 1-M5QT) Share and earn 10% …", one run-on text with no full stop or line break
before "Share and earn". Now what sharing earns stands on its own line, wherever the sentence is built
(`/share`, a note's `/share note 1`), in English and in Chinese."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 88", "佣金 10%", "分享"),
    "en": ("/groupbuy Mangoes price 88", "/commission 10%", "/share"),
}
EARNS = {
    "zh": "\n分享赚 10%：你带来的买家付款后按此比例计佣金（发“分享帮助”看规则）。",
    "en": "\nShare and earn 10% on what the buyers you bring pay (/help share).",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_what_a_share_earns_stands_on_its_own_line(lang: str) -> None:
    chat = fake_chat(clock=FakeClock(), default_language=lang)
    words = WORDS[lang]
    await chat.say("olivia", words[0], language=lang)
    await chat.say("olivia", words[1], language=lang)
    shared = chat.shared(await chat.say("mia", words[2], language=lang))
    assert shared.endswith(EARNS[lang]), shared
    code = shared.rsplit("\n", 1)[0]
    assert code.endswith(("。", "）", ".", ")")), code  # the code's sentence ends before it
