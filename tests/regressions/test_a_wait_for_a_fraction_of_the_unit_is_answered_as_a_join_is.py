"""Session 16 (ga; fg 14): on a sold-out group buy sold per 斤, `候补 半斤` got the old refusal
`榴莲（#1）没有规格，“半斤”不是规格：候补只写要几份`. A wait for no whole number of the unit is now
answered as `+半斤` is: refused, the nearest whole amounts in the wait's own form (`要 1斤 就发 候补 1`)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _sold_out(opening: str, language: str | None = None) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", opening, language=language)
    await chat.say("bob", "+4", language=language)
    return chat


async def test_in_chinese_half_a_jin_is_refused_with_the_nearest_whole_amounts() -> None:
    chat = await _sold_out("接龙 榴莲 价格 40/斤 成团 2 库存 4")

    half = chat.said(await chat.say("cat", "候补 半斤"))
    more = chat.said(await chat.say("cat", "候补 1.5斤"))

    assert half == "榴莲（#1）按斤卖，“半斤”不是整斤数。要 1斤 就发 候补 1。没有任何改动。"
    assert more == (
        "榴莲（#1）按斤卖，“1.5斤”不是整斤数。要 1斤 就发 候补 1，要 2斤 就发 候补 2。没有任何改动。"
    )


async def test_in_english_half_a_kg_too() -> None:
    chat = await _sold_out("/groupbuy Cherries price 12/kg target 2 stock 4", language="en")

    half = chat.said(await chat.say("cat", "/waitlist 0.5kg", language="en"))

    assert half == (
        "Cherries (#1) is sold by the kg: “0.5kg” is not a whole number of kg. Send /waitlist 1 for 1 kg. "
        "Nothing was changed."
    )
