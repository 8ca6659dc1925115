"""s33 tail #3: `the pickup is now at Gate B` set the place to "at Gate B" (`at`, `is now at`, `will be at`,
`在` are the sentence's words), and `Total price 18` answered "None of your open group buys is “Total”"
(Total names no product of hers): read as `price 18`, her one open group buy's."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _cookies() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Cookies price 20")
    return chat


async def test_is_now_at_is_no_part_of_the_place() -> None:
    chat = await _cookies()
    assert (
        chat.said(await chat.say("amy", "the pickup is now at Gate B")) == "Pickup for Cookies (#1): Gate B"
    )
    said = chat.said(await chat.say("amy", "pickup will be at Block 5"))
    assert said == "Pickup for Cookies (#1) changed: Block 5 (was Gate B)."


async def test_zai_is_no_part_of_the_place() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 78")
    assert chat.said(await chat.say("amy", "芒果自提点改到 在东门")) == "好的，芒果（#1）的自提：东门"


async def test_total_price_is_the_price_of_her_one_open_group_buy() -> None:
    chat = await _cookies()
    said = chat.said(await chat.say("amy", "Total price 18"))
    assert said == "Updated Cookies (#1): price ¥18.\nPrice changed: ¥20 → ¥18"


async def test_with_two_open_total_price_asks_which_never_names_total() -> None:
    chat = await _cookies()
    await chat.say("amy", "/groupbuy Mangoes price 30")
    said = chat.said(await chat.say("amy", "Total price 18"))
    assert "Total" not in said and said.startswith("You have 2 group buys open here")
