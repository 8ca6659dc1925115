"""Session 17: a tier starting above the stock, on a group buy sold per 斤 / kg, was refused in 份
(`阶梯从 10 份开始，但库存只有 8 份`, "A tier starts at 10 units, but the stock is only 8") when opening
or editing it. The refusal now says the group buy's unit, as its other texts do (`阶梯从 10斤开始，但库存只
有 8斤`, "A tier starts at 10 kg, but the stock is only 8 kg"); without a unit it reads as before."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_in_chinese_opening_and_editing_say_jin() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock())

    opening = chat.said(await chat.say("amy", "接龙 荔枝 价格 15/斤 成团 5 库存 8 阶梯 10:13"))
    plain = chat.said(await chat.say("amy", "接龙 芒果 价格 15 成团 5 库存 8 阶梯 10:13"))
    await chat.say("amy", "接龙 荔枝 价格 15/斤 成团 5 库存 20")
    edited = chat.said(await chat.say("amy", "修改 阶梯 30:13"))

    assert opening == "阶梯从 10斤开始，但库存只有 8斤，这个价格永远达不到。例如：库存 50 阶梯 10:78,20:68"
    assert plain == "阶梯从 10 份开始，但库存只有 8 份，这个价格永远达不到。例如：库存 50 阶梯 10:78,20:68"
    assert edited == "阶梯从 30斤开始，但库存只有 20斤，这个价格永远达不到。例如：库存 50 阶梯 10:78,20:68"
    assert [g.terms.tiers for g in factory.state.group_buys.values()] == [()]  # nothing changed


async def test_in_english_opening_and_editing_say_kg() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), default_language="en")

    opening = chat.said(await chat.say("amy", "/groupbuy Lychees price 15/kg target 5 stock 8 tiers 10:13"))
    plain = chat.said(await chat.say("amy", "/groupbuy Mangoes price 15 target 5 stock 8 tiers 10:13"))
    await chat.say("amy", "/groupbuy Lychees price 15/kg target 5 stock 20")
    edited = chat.said(await chat.say("amy", "/edit tiers 30:13"))

    example = "so that price could never be reached. Example: stock 50 tiers 10:78,20:68"
    assert opening == f"A tier starts at 10 kg, but the stock is only 8 kg, {example}"
    assert plain == f"A tier starts at 10 units, but the stock is only 8, {example}"
    assert edited == f"A tier starts at 30 kg, but the stock is only 20 kg, {example}"
