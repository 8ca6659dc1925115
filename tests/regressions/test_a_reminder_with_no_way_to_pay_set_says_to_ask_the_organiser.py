"""rep46 #15: `/remind` with no payment method set listed everyone's debts and said only "Please pay Ben",
with no way to pay. It now tells buyers to ask the organiser how; with a method set, it points to it."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


async def _owing(lang: str, *, method: str = "") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "zh":
        await chat.say("lijie", "接龙 芒果 价格 20 截止 3d", name="Lijie")
        if method:
            await chat.say("lijie", f"收款方式 {method}", name="Lijie")
        await chat.say("wang", "+1", name="Wang")
        await chat.say("lijie", "截单", name="Lijie")
    else:
        await chat.say("ben", "/groupbuy Mangoes price 20 ends 3d", name="Ben")
        if method:
            await chat.say("ben", f"/payment {method}", name="Ben")
        await chat.say("jo", "+1", name="Jo")
        await chat.say("ben", "/close", name="Ben")
    return chat


def _reminder(replies: Sequence[Reply]) -> str:
    return next(r.text for r in replies if r.text.startswith("💸") and not r.private_to)


async def test_in_english_with_no_method_buyers_are_told_to_ask_the_organiser() -> None:
    chat = await _owing("en")

    said = _reminder(await chat.say("ben", "/remind", name="Ben"))

    assert said.endswith(
        "\nAsk Ben how to pay, then send /ipaid with your order number (e.g. /ipaid 1-1) "
        "so they can confirm it."
    ), said


async def test_in_chinese_with_no_method_buyers_are_told_to_ask_the_organiser() -> None:
    chat = await _owing("zh")

    said = _reminder(await chat.say("lijie", "催款", name="Lijie"))

    assert said.endswith(
        "\n怎么付款请问 Lijie，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。"
    ), said


async def test_with_a_method_set_the_reminder_points_to_it() -> None:
    chat = await _owing("en", method="PayPal ben@example.com")

    said = _reminder(await chat.say("ben", "/remind", name="Ben"))

    assert said.endswith(
        "\nPlease pay as below, then send /ipaid with your order number (e.g. /ipaid 1-1) "
        "so they can confirm it.\nHow to pay: PayPal ben@example.com"
    ), said
