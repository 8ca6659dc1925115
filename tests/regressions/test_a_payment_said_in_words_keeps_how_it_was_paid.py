"""Session 25: a payment said in words (`付了88，微信转的`, `paid! sent 88 via paynow`) kept only the
amount: the organiser's list and the cancel's warning said `已报付款` with no word of how. The way named
is now kept with the report and shown where the report is: `名单`'s `💸已报付款（微信），待确认`, the
cancel's `Bob 报过已付款 ¥88（微信）` and the organiser's question about it, in Chinese and in English;
a report naming no way reads as before."""

from __future__ import annotations

import pytest

from handlers.parsing.collecting import way_named
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "zh": ("接龙 芒果 价格 88", "截单", "付了88，微信转的", "名单 #1", "取消订单 1-1"),
    "en": (
        "/groupbuy Mangoes price 88",
        "/close",
        "paid! sent 88 via paynow",
        "/list #1",
        "/cancelorder 1-1",
    ),
}
ASKED = {"zh": "订单 #1-1（芒果，#1）¥88（微信）。", "en": "(Mangoes, #1): ¥88 (PayNow). "}
SEEN = {
    "zh": ("1. Bob ×1 · ¥88 · 订单 #1-1 共 ¥88 · 💸已报付款（微信），待确认", "Bob 报过已付款 ¥88（微信）。"),
    "en": ("💸 reported paid (PayNow), to confirm", "Bob reported paying ¥88 (PayNow). "),
}


async def _reported(lang: str, report: str) -> tuple[Chat, str]:
    """The chat, and what Amy is asked privately about Bob's report."""
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    opening, close, _, _, _ = SAID[lang]
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", close)
    asked = chat.private(await chat.say("bob", report))
    return chat, asked["amy"]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_list_and_the_cancel_name_how_she_said_she_paid(lang: str) -> None:
    _, _, report, listed, cancel = SAID[lang]
    chat, asked = await _reported(lang, report)

    roster = "\n".join(r.text for r in await chat.say("amy", listed, private=True))
    warned = chat.said(await chat.say("amy", cancel))

    line, warning = SEEN[lang]
    assert ASKED[lang] in asked, asked
    assert line in roster, roster
    assert warned.startswith(warning), warned


async def test_a_report_naming_no_way_reads_as_before() -> None:
    chat, asked = await _reported("zh", "付了88")

    roster = "\n".join(r.text for r in await chat.say("amy", "名单 #1", private=True))
    warned = chat.said(await chat.say("amy", "取消订单 1-1"))

    assert "订单 #1-1（芒果，#1）¥88。" in asked, asked
    assert "💸已报付款，待确认" in roster, roster
    assert warned.startswith("Bob 报过已付款 ¥88。"), warned


@pytest.mark.parametrize(
    ("said", "way"),
    [
        ("付了234，微信转的", "wechat"),
        ("支付宝付了 56", "alipay"),
        ("paid! sent 110 via paynow", "paynow"),
        ("付了，转账", "transfer"),
        ("paid cash", "cash"),
        ("付了234", ""),
    ],
)
def test_the_way_named_is_read(said: str, way: str) -> None:
    assert way_named(said) == way
