"""Review 73 #9: the organiser typing `只收到 1-2 100` got silence, and `已收 1-2 100` refused unless ¥100 was
exactly what the buyer reported: no typed way to say "I got ¥100 of ¥150". `只收到 1-2 100`, `1-2 只收到 ¥90`
and `/paid 1-2 ¥100 only` now record that part, the buyer told what is left; the whole amount or more is
said so, with `已收 1-2`. On an order its buyer reported paying in full, her report stays beside the part
(s36 #4: no longer replaced by it, as the report's Only ¥… received button of a short report does)."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def reported(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "/groupbuy Durian price 75")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close")
    await chat.say("cat", "/ipaid 1-2")  # ¥150 reported
    return chat


@pytest.mark.parametrize("typed", ["只收到 1-2 100", "1-2 只收到 ¥100", "只收到 #1-2 100元"])
async def test_typed_in_private_it_records_the_part_received(typed: str) -> None:
    chat = await reported("zh")

    replies = await chat.say("amy", typed, private=True)

    assert Chat.said(replies) == (
        "已记下 #1-2 只收到 ¥100（买家报了已付 ¥150），还差 ¥50。"
        "Cat 的付款报告还在，等你确认：余下的收到了就发 已收 1-2。已私信告诉对方。"
    )
    assert "¥50" in Chat.private(replies)["cat"]  # what is left, in her language
    mine = Chat.said(await chat.say("cat", "我的订单", private=True))
    assert "已收 ¥100（你报了已付 ¥150），还差 ¥50：补齐后发“我已付款 1-2”" in mine


async def test_paid_only_in_an_english_group_sends_the_amounts_privately() -> None:
    chat = await reported("en")

    replies = await chat.say("amy", "/paid 1-2 ¥100 only")

    assert (
        Chat.said(replies)
        == "Amy, order #1-2 is recorded as part received; the details are sent to you privately."
    )
    assert Chat.private(replies)["amy"] == (
        "Recorded #1-2: only ¥100 received (the buyer reported paying ¥150), ¥50 still to pay. Cat's report"
        " stays for you to confirm: once the rest arrives, send /paid 1-2. They were told privately."
    )


@pytest.mark.parametrize(
    ("lang", "typed", "answer"),
    [
        (
            "zh",
            "只收到 1-2 150",
            "订单 #1-2（Cat）应付 ¥150，只收到 ¥150 不少于应付，没有任何改动。全部收到了就发 已收 1-2。",
        ),
        (
            "en",
            "/paid 1-2 ¥200 only",
            "Order #1-2 (Cat) comes to ¥150; ¥200 is not less than that, so nothing was recorded as part"
            " received: nothing was changed. Received it all? Send /paid 1-2.",
        ),
    ],
)
async def test_the_whole_amount_or_more_is_said_so_with_the_paid_form(
    lang: str, typed: str, answer: str
) -> None:
    chat = await reported(lang)

    assert Chat.said(await chat.say("amy", typed, private=True)) == answer
    mine = Chat.said(await chat.say("cat", "/myorders", private=True))
    assert "¥100" not in mine and "已收 ¥" not in mine
