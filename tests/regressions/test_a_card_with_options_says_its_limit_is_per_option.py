"""`接龙 粽子 规格 咸:10,甜:8 限购 3`: Bob took 3 咸 and 3 甜, both accepted (README: `限购` caps
each option a member takes), yet the card said `每人限购 3 份` right above `1. Bob 咸 ×3 /
2. Bob 甜 ×3`, which read as a broken limit. The enforcement is right; with options the card and
the opening announcement say the cap is per option: `每个规格每人限购 3 份` / `Limit 3 per person
per option`. Without options the wording stays."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_card_says_the_limit_is_per_option() -> None:
    chat = fake_chat()
    opened = chat.said(await chat.say("amy", "接龙 粽子 规格 咸:10,甜:8 限购 3 截止 明天 20:00"))
    await chat.say("bob", "+3 咸")
    await chat.say("bob", "+3 甜")

    card = await chat.card()

    assert opened.endswith("跟团时请带上规格：+1 咸。每个规格每人限购 3 份。")
    assert "每个规格每人限购 3 份" in card.splitlines()
    assert "每人限购 3 份" not in card.splitlines()
    assert "1. Bob 咸 ×3\n2. Bob 甜 ×3" in card


async def test_an_english_card_says_per_option_too() -> None:
    chat = fake_chat()
    opened = chat.said(await chat.say("amy", "/groupbuy Zongzi options salty:10,sweet:8 limit 3 ends 3d"))

    card = await chat.card()

    assert opened.endswith("Name the option when you join: +1 salty. Limit 3 per person per option.")
    assert "Limit 3 per person per option" in card.splitlines()


async def test_without_options_the_limit_is_per_person() -> None:
    chat = fake_chat()
    opened = chat.said(await chat.say("amy", "接龙 粽子 价格 10 限购 3 截止 3d"))

    assert "每人限购 3 份" in (await chat.card()).splitlines()
    assert "规格" not in opened
