"""Once every order of a group buy was refunded, its card read `✅ Succeeded at ¥88 each: 0 units ·
refunded: 2 units` over `💰 0/0 paid`: a success that sold nothing and a paid count of nobody. It now
says it was refunded (`↩️ Refunded: 2 units`), without the success line and without a paid count."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "paid", "refund", "refunded", "gone"),
    [
        (
            "en",
            "/groupbuy Mangoes price 88 target 2",
            "/paid 1-1",
            "/refund @Bob",
            "↩️ Refunded: 2 units",
            ("Succeeded", "paid"),
        ),
        ("zh", "接龙 芒果 价格 88 成团 2", "已收 1-1", "退款 @Bob", "↩️ 已退款：2 份", ("成团", "已付")),
    ],
)
async def test_a_card_whose_every_order_was_refunded_says_so(
    lang: str, opening: str, paid: str, refund: str, refunded: str, gone: tuple[str, str]
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+2")
    await chat.say("amy", "/close")
    await chat.say("amy", paid)

    await chat.say("amy", refund)

    card = (await chat.card()).splitlines()
    assert refunded in card
    assert not [line for line in card if any(word in line for word in gone)], card
    assert card[-1].endswith("↩")  # Bob's line, marked refunded


async def test_a_partly_refunded_card_still_says_what_it_sold() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88 target 2")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")

    await chat.say("amy", "/refund @Bob")

    card = (await chat.card()).splitlines()
    assert "✅ Succeeded at ¥88 each: 1 unit · refunded: 2 units" in card
    assert "💰 0/1 paid" in card
