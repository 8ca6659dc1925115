"""rep91 #11: after a part refund (`退款 1-1 大盒 1` of Bob's 大盒 ×2, or `/refund 1-1 5`), the buyer's
`取货码` answer still read `大盒 ×2，¥30，已付款` with her code, saying nothing of the refund that
我的订单 and `多少钱` name. Now it says what she keeps, as her 我的订单 says it
(`¥30（已退 1 份 大盒 ¥15，实付 ¥15）`, `¥30 (¥5 refunded)`). (The organiser's `核销` hand-over is
s39-refunds', rep91 #1.)"""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "zh": ("接龙 粽子 规格 大盒:15,小盒:10", "大盒+2", "截单", "已收 1-1", "取货码"),
    "en": ("/groupbuy Dumplings options large:15,small:10", "+2 large", "/close", "/paid 1-1",
           "my pickup code"),
}  # fmt: skip
CODE = re.compile(r"(?:取货码：|pickup code: )(\d{4,6})")
ASKED = {
    ("zh", "units"): "你在 粽子（#1）的订单 #1-1：大盒 ×2，¥30（已退 1 份 大盒 ¥15，实付 ¥15），已付款。\n"
    "取货码：{code}（取货时出示，由团长核销）",
    ("en", "units"): "Your order #1-1 of Dumplings (#1): large ×2 — ¥30 (refunded 1 unit of large for ¥15; "
    "¥15 paid after refunds), paid.\nYour pickup code: {code} (show it when you collect your goods)",
    ("en", "money"): "Your order #1-1 of Dumplings (#1): large ×2 — ¥30 (¥5 refunded), paid.\n"
    "Your pickup code: {code} (show it when you collect your goods)",
}
REFUND = {
    ("zh", "units"): "退款 1-1 大盒 1",
    ("en", "units"): "/refund 1-1 large 1",
    ("en", "money"): "/refund 1-1 5",
}


async def _refunded(lang: str, how: str) -> str:
    opened, joined, close, paid, asked = WORDS[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opened)
    await chat.say("bob", joined, name="Bob")
    await chat.say("amy", close)
    await chat.say("amy", paid)
    await chat.say("amy", REFUND[lang, how])
    said = chat.said(await chat.say("bob", asked, private=True))
    code = CODE.search(said)
    assert code is not None, said
    return said


@pytest.mark.parametrize(("lang", "how"), [("zh", "units"), ("en", "units"), ("en", "money")])
async def test_her_code_answer_says_what_she_keeps(lang: str, how: str) -> None:
    said = await _refunded(lang, how)
    code = CODE.search(said)
    assert code is not None
    assert said == ASKED[lang, how].format(code=code.group(1))
