"""Review 75 #4: after the organiser's `只收到 5-3 20` and the buyer's `我已付款 5-3` (or `/ipaid 6-2`),
`我的订单` / `my orders` said only `已报付款，等待团长确认`, dropping the ¥20 already received, though the
/ipaid answer and the organiser's 💸 notice say both parts. The order list says them apart too."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Durian price 30")
    await chat.say("eve", "+1")  # ¥30
    await chat.say("amy", "/close")
    return chat


async def test_wo_de_ding_dan_says_the_part_received_and_the_part_reported() -> None:
    chat = await closed("zh")
    await chat.say("amy", "只收到 1-1 20", private=True)
    await chat.say("eve", "我已付款 1-1")

    mine = Chat.said(await chat.say("eve", "我的订单", private=True))

    assert "· 已收 ¥20，已报付款 ¥10，等待团长确认" in mine
    assert "· 已报付款，等待团长确认" not in mine


async def test_my_orders_says_both_parts_in_english() -> None:
    chat = await closed("en")
    await chat.say("amy", "只收到 1-1 5", private=True)
    await chat.say("eve", "/ipaid 1-1")

    mine = Chat.said(await chat.say("eve", "my orders", private=True))

    assert "· received ¥5, reported paid ¥25 since, waiting for the organiser to confirm" in mine


async def test_a_report_with_nothing_received_reads_as_before() -> None:
    chat = await closed("zh")
    await chat.say("eve", "我已付款 1-1")

    mine = Chat.said(await chat.say("eve", "我的订单", private=True))

    assert "· 已报付款，等待团长确认" in mine
