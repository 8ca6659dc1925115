"""Session 16 (ga): on a group buy sold per 斤, a join's reply and the card said the next tier's price
without its unit: `当前 ¥15/斤，再 8斤 ¥13`, "8 kg more for ¥13". The tier price is now per the unit too
(`¥13/斤`, "¥13/kg"); a group buy without a unit keeps the price alone (`再 8 份 ¥13`)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_in_chinese_the_join_reply_and_the_card_say_the_tier_per_jin() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 荔枝 价格 15/斤 成团 10 阶梯 10:13")

    joined = chat.said(await chat.say("bob", "+2"))

    assert joined == "Bob 跟团：2斤 荔枝（#1）。当前 ¥15/斤，再 8斤 ¥13/斤。"
    assert "\n单价：¥15/斤 · 再 8斤 ¥13/斤\n" in await chat.card()


async def test_in_english_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 15/kg target 10 tiers 10:13")

    joined = chat.said(await chat.say("bob", "+2"))

    assert joined.endswith("Now ¥15/kg — 8 kg more for ¥13/kg."), joined
    assert "8 kg more for ¥13/kg\n" in await chat.card()


async def test_without_a_unit_the_tier_price_stands_alone() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 15 成团 10 阶梯 10:13")

    joined = chat.said(await chat.say("bob", "+2"))

    assert joined.endswith("再 8 份 ¥13。"), joined
