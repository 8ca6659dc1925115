"""Session 25: a one-group card, opened without a target, read `已订 12` beside `共 5 份 · 已退款 6 份`: its
count kept the refunded (and cancelled) units, while a help-sold card's all-groups total and `名单`'s 合计
leave them out. Every card's count now leaves them out once it succeeded; a count with a target fallen
below it after refunds says why, never a bare `4/5` beside 已成团, in Chinese and in English."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("截单", "已收 1-{}", "退款 1-{}", "取消 1-{}"),
    "en": ("/close", "/paid 1-{}", "/refund 1-{}", "/cancelorder 1-{}"),
}


async def _refunded(lang: str, opening: str) -> str:
    """Bob 6 and Cat 5 refunded, Dan 1 cancelled unpaid, Eve 5 kept: 17 joined, 5 left."""
    close, paid, refund, cancel = SAID[lang]
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)
    for member, units in (("bob", 6), ("cat", 5), ("dan", 1), ("eve", 5)):
        await chat.say(member, f"+{units}")
    await chat.say("amy", close)
    for order in (1, 2):
        await chat.say("amy", paid.format(order))
        await chat.say("amy", refund.format(order))
    await chat.say("amy", cancel.format(3))
    return await chat.card(1)


@pytest.mark.parametrize(
    ("lang", "opening", "taken", "status"),
    [
        ("zh", "接龙 大米 价格 12", "已订 5", "共 5 份 · 已退款 11 份 · 未付款取消 1 份"),
        (
            "en",
            "/groupbuy Rice price 12",
            "Taken: 5",
            "5 units · refunded: 11 units · cancelled unpaid: 1 unit",
        ),
    ],
)
async def test_a_card_without_a_target_counts_what_was_not_refunded(
    lang: str, opening: str, taken: str, status: str
) -> None:
    card = await _refunded(lang, opening)

    lines = card.splitlines()
    assert taken in lines, card
    assert not [line for line in lines if "17" in line], card
    assert status in card, card


@pytest.mark.parametrize(
    ("lang", "opening", "progress", "status"),
    [
        (
            "zh",
            "接龙 大米 价格 12 成团 10",
            "▓▓▓▓▓░░░░░ 已成团（退款、未付款取消后 5/10）",
            "✅ 已成团，成交价 ¥12/份，共 5 份 · 已退款 11 份 · 未付款取消 1 份",
        ),
        (
            "en",
            "/groupbuy Rice price 12 target 10",
            "▓▓▓▓▓░░░░░ Succeeded (5/10 after refunds and unpaid orders cancelled)",
            "✅ Succeeded at ¥12 each: 5 units · refunded: 11 units · cancelled unpaid: 1 unit",
        ),
    ],
)
async def test_a_card_below_its_target_after_refunds_says_it_succeeded(
    lang: str, opening: str, progress: str, status: str
) -> None:
    card = await _refunded(lang, opening)

    lines = card.splitlines()
    assert progress in lines, card
    assert status in lines, card
    assert not [line for line in lines if line.endswith(" 5/10") or "17/10" in line], card


@pytest.mark.parametrize(
    ("lang", "opening", "progress"),
    [
        ("zh", "接龙 大米 价格 12 成团 4", "▓▓▓▓▓▓▓▓▓▓ 5/4"),
        ("en", "/groupbuy Rice price 12 target 4", "▓▓▓▓▓▓▓▓▓▓ 5/4"),
    ],
)
async def test_a_card_still_above_its_target_after_refunds_shows_the_count_left(
    lang: str, opening: str, progress: str
) -> None:
    card = await _refunded(lang, opening)

    assert progress in card.splitlines(), card
