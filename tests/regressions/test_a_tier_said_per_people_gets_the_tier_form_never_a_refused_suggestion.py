"""rep95 #4: `/groupbuy Honey jars price $12 10+ people $10 …` was refused for its $ with a suggestion still
holding `$10`; following the bot's advice twice ended at "not a price I can read", and `接龙 橙子 价格 30
满20人28` was "not a valid price": no answer named tiers. A tier said per people is now answered with the
tier form and her own line (`tiers 10:10`, `阶梯 20:28`), before any $ refusal, and that line opens."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_tier_per_people_is_answered_with_the_tier_form() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")

    honey = Chat.said(
        await chat.say("amy", "/groupbuy Honey jars price $12 10+ people $10 ends tomorrow 6pm pickup Gate 3")
    )
    orange = Chat.said(await chat.say("amy", "接龙 橙子 价格 30 满20人28"))

    assert honey == (
        "“10+ people $10” looks like a tier, but I can't read it, so nothing was opened. Write a tier as "
        "tiers 10:-2 (2 off each from 10) or tiers 10:10 (10 each from 10), "
        "e.g. /groupbuy Honey jars price 12 tiers 10:10"
    )
    assert orange == (
        "“满20人28”像是阶梯价，但我没看懂，没有开团。阶梯价请这样写：阶梯 20:-2（满 20 份每份减 2）或 "
        "阶梯 20:28（满 20 份每份 28）。例如：接龙 橙子 价格 30 阶梯 20:28"
    )
    opened = Chat.said(await chat.say("amy", "/groupbuy Honey jars price 12 tiers 10:10 ends tomorrow 6pm"))
    assert opened.startswith("Group buy #1 is open: Honey jars at ¥12 each.")
    card = await chat.card(1)
    assert "¥12" in card and "¥10" in card
