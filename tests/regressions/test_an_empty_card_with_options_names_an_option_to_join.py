"""An empty card of a group buy with options said `还没有人跟团，发 +1 抢第一个`, and that `+1` was then asked
which option. It names the first option now: `还没有人跟团，发“+1 咸”抢第一个` (English likewise), and
that join is taken as it stands."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_empty_card_with_options_names_the_first_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 咸:10,甜:8 截止 3d")

    card = await chat.card()

    assert card.endswith("\n\n还没有人跟团，发“+1 咸”抢第一个")
    joined = chat.said(await chat.say("bob", "+1 咸"))  # what it says to send joins
    assert joined.startswith("Bob 跟团：1 × 粽子 咸（#1）")


async def test_an_english_empty_card_names_the_first_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Zongzi options salty:10,sweet:8 ends 3d")

    assert (await chat.card()).endswith("\n\nNobody yet: be the first with +1 salty")


async def test_without_options_a_bare_join_is_enough() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 价格 10 截止 3d")

    assert (await chat.card()).endswith("\n\n还没有人跟团，发 +1 抢第一个")
