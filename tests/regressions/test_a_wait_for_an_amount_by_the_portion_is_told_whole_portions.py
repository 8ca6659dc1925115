"""Session 17: `候补 半斤` (wait-list half a catty) on a sold-out group buy sold by the 份 (no unit, no
options) got the unrelated `榴莲（#1）没有规格，“半斤”不是规格` ("has no options, so “0.5kg” is not
one"). A wait for an amount (a weight, a fraction, a count word such as `2条` / "2 dozen") where the group
buy counts whole 份 now says so and how to wait (`候补 1`, "/wait 1"), in the member's language; nothing
changes. A word that is no amount (`候补 大的`) keeps the options answer."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _sold_out(opening: str, language: str | None = None) -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language=language or "zh")
    await chat.say("amy", opening, language=language)
    await chat.say("bob", "+4", language=language)
    return chat, factory


@pytest.mark.parametrize(
    ("typed", "amount", "wanted"),
    [
        ("候补 半斤", "半斤", "1"),
        ("候补 1.5", "1.5", "1"),
        ("候补 2斤", "2斤", "2"),
        ("候补 2打", "2打", "2"),
        ("候补 #1 半斤", "半斤", "#1 1"),
    ],
)
async def test_in_chinese_a_wait_is_told_it_counts_whole_portions(
    typed: str, amount: str, wanted: str
) -> None:
    chat, factory = await _sold_out("接龙 榴莲 价格 40 成团 2 库存 4")

    said = chat.said(await chat.say("cat", typed))

    assert said == (
        f"榴莲（#1）按份卖，候补只能写整份数：“{amount}”不是份数。要几份就发 候补 几，例如：候补 {wanted}。"
        "没有任何改动。"
    ), typed
    assert not any(factory.state.waiting.values())  # nobody waits


async def test_in_english_half_a_kg_and_two_dozen_too() -> None:
    chat, _ = await _sold_out("/groupbuy Durian price 40 target 2 stock 4", language="en")

    half = chat.said(await chat.say("cat", "/waitlist 0.5kg", language="en"))
    dozen = chat.said(await chat.say("cat", "/wait 2 dozen", language="en"))

    assert half == (
        "Durian (#1) is sold by the portion, in whole ones, so “0.5kg” is not a number of portions. "
        "Send how many you want, e.g. /waitlist 1. Nothing was changed."
    )
    assert dozen == (
        "Durian (#1) is sold by the portion, in whole ones, so “2 dozen” is not a number of portions. "
        "Send how many you want, e.g. /wait 2. Nothing was changed."
    )


async def test_a_word_that_is_no_amount_is_still_no_option_and_the_form_said_waits() -> None:
    chat, _ = await _sold_out("接龙 榴莲 价格 40 成团 2 库存 4")

    word = chat.said(await chat.say("cat", "候补 大的"))
    waited = chat.said(await chat.say("cat", "候补 1"))

    assert word == "榴莲（#1）没有规格，“大的”不是规格：候补只写要几份，例如：候补 1。没有任何改动。"
    assert waited.startswith("Cat 已候补 榴莲（#1）1 份，排第 1 位。")
