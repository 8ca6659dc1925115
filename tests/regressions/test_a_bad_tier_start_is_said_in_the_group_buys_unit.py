"""Session 16 (ga): a tier starting at 1 on a group buy sold per 斤 was refused as `阶梯从 1 份开始不对`,
in 份. The refusal now says the group buy's unit (`阶梯从 1斤开始不对`, "A tier starts at 1 kg"); without
a unit it stays `1 份` / "1"."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_in_chinese_a_per_jin_tier_is_said_in_jin() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())

    refused = chat.said(await chat.say("amy", "接龙 荔枝 价格 15/斤 成团 10 阶梯 1:13"))
    plain = chat.said(await chat.say("amy", "接龙 芒果 价格 15 成团 10 阶梯 1:13"))

    assert refused == "阶梯从 1斤开始不对：每一档都要大于 1，并且比上一档多。例如：阶梯 10:78,20:68"
    assert plain == "阶梯从 1 份开始不对：每一档都要大于 1，并且比上一档多。例如：阶梯 10:78,20:68"


async def test_in_english_a_per_kg_tier_is_said_in_kg() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")

    refused = chat.said(await chat.say("amy", "/groupbuy Lychees price 15/kg target 10 tiers 1:13"))

    assert refused.startswith("A tier starts at 1 kg, but each tier must start above 1"), refused
