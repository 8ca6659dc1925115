"""s33-paidref #1: `/paid 4-1 10` (order #4-1 exists, #4-10 does not) answered "There is no order #4-10
here. If 10 is the amount you received, write it as /paid 4-1 ¥10." while `/refund 1-1 5` takes a bare
amount. The one reading naming an order here is now taken: `/paid 1-1 30` is `/paid 1-1 ¥30` (marked when
it is what is owed, a short one recorded as the ¥ form records it); both readings naming orders: asked
which, with both commands, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, mangoes_at_30_closed


async def test_the_amount_owed_after_the_order_marks_it_paid_in_english() -> None:
    chat = await mangoes_at_30_closed("en", "bob")

    replies = await chat.say("amy", "/paid 1-1 30")

    assert Chat.said(replies) == "✅ Bob's order #1-1 is paid."
    assert "bob" in Chat.private(replies)


async def test_the_amount_owed_after_the_order_marks_it_paid_in_chinese() -> None:
    chat = await mangoes_at_30_closed("zh", "bob")

    replies = await chat.say("amy", "已收 1-1 30")

    assert Chat.said(replies) == "✅ Bob 的订单 #1-1 已付款。"


async def test_a_short_report_s_amount_is_recorded_as_its_sign_form_records_it() -> None:
    bare = await mangoes_at_30_closed("zh", "bob")
    signed = await mangoes_at_30_closed("zh", "bob")
    for chat in (bare, signed):
        await chat.say("bob", "我已付款 1-1 10元")

    by_bare = await bare.say("amy", "已收 1-1 10")
    by_sign = await signed.say("amy", "已收 1-1 ¥10")

    assert Chat.said(by_bare) == Chat.said(by_sign)
    assert Chat.private(by_bare) == Chat.private(by_sign)
    assert Chat.said(by_bare) == "Amy，订单 #1-1 已记下只收到部分款，详情已私信发你。"
    assert await bare.card(1) == await signed.card(1)


async def test_both_readings_naming_orders_are_asked_with_both_commands_in_english() -> None:
    chat = await mangoes_at_30_closed("en", "bob", "cat")
    before = await chat.card(1)

    replies = await chat.say("amy", "/paid 1-1 2")

    assert Chat.said(replies) == (
        "After order #1-1, 2 could be order #1-2 or ¥2 received. Nothing was changed. If you received both"
        " orders, send /paid 1-1 1-2; if you received ¥2 for #1-1, send /paid 1-1 ¥2."
    )
    assert Chat.private(replies) == {}
    assert await chat.card(1) == before


async def test_both_readings_naming_orders_are_asked_with_both_commands_in_chinese() -> None:
    chat = await mangoes_at_30_closed("zh", "bob", "cat")
    before = await chat.card(1)

    replies = await chat.say("amy", "已收 1-1 2")

    assert Chat.said(replies) == (
        "#1-1 后面的 2 可能是订单 #1-2，也可能是收到的金额 ¥2，没有任何改动。"
        "两单都收了就发 已收 1-1 1-2；#1-1 收到 ¥2 就发 已收 1-1 2元。"
    )
    assert await chat.card(1) == before
