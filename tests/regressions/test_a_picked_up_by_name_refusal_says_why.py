"""rep94 #7: `已提货 @老陈` (his order unpaid) and `/pickedup @Bob` (his order picked up already) were
both told only `… has no paid order waiting for pickup here: nothing was changed.`, while the order
number's form says why. The name's form now names the order and its state: unpaid, with the payment to
confirm first; picked up, when and by whom."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _dan_owes_bob_paid(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    zh = lang == "zh"
    await chat.say("amy", "接龙 芒果 价格 80" if zh else "/groupbuy Mangoes price 80")
    await chat.say("bob", "+1")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单" if zh else "/close")
    await chat.say("amy", "已收 1-1" if zh else "/paid 1-1")
    return chat


async def test_unpaid_and_already_picked_up_are_said() -> None:
    chat = await _dan_owes_bob_paid("en")

    assert chat.said(await chat.say("amy", "/pickedup @Dan")) == (
        "Dan's order #1-2 is not paid yet: nothing was changed. "
        "Confirm the payment first with /paid 1-2, then /pickedup 1-2."
    )
    assert chat.said(await chat.say("amy", "/pickedup @Bob")).startswith("📦 Bob's order #1-1 is picked up.")
    again = chat.said(await chat.say("amy", "/pickedup @Bob"))
    assert again.startswith("Bob's order #1-1 is already picked up: Amy handed it over on ")
    assert again.endswith(". Nothing was changed.")


async def test_in_chinese_too() -> None:
    chat = await _dan_owes_bob_paid("zh")

    assert chat.said(await chat.say("amy", "已提货 @Dan")) == (
        "Dan 的订单 #1-2 还没付款，没有任何改动：请先发“已收款 1-2”确认收款，再发“已取货 1-2”。"
    )
    await chat.say("amy", "已提货 @Bob")
    again = chat.said(await chat.say("amy", "已提货 @Bob"))
    assert again.startswith("Bob 的订单 #1-1 已经提过货了：已于 ")
    assert again.endswith(" 由 Amy 核销提货，没有任何改动。")
