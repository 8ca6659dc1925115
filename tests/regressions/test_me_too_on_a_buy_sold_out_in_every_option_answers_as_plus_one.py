"""`我也要` / `me too` from 米娅 (大杯 ×1) on 奶茶 once every option was sold out echoed her line with her
option's wait (s38-joins2), not the whole group buy's sold-out answer `+1` gets. Now, every option gone, the
echo is the answer `+1` has: sold out, and how to wait naming an option; nothing changed."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _tea_sold_out() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open 奶茶 规格 小杯:4:2,大杯:6:1", name="阿May")
    await chat.say("mia", "+1 大杯", name="米娅")
    await chat.say("leo", "+2 小杯", name="小李")
    return chat


@pytest.mark.parametrize("typed", ["我也要", "算我一个"])
async def test_wo_ye_yao_on_a_buy_sold_out_in_every_option_is_the_sold_out_answer(typed: str) -> None:
    chat = await _tea_sold_out()
    before = await chat.card(1)

    said = chat.said(await chat.say("mia", typed, name="米娅"))

    assert said == chat.said(await chat.say("mia", "+1", name="米娅")), said
    assert said.startswith("米娅：抱歉，奶茶 已经卖完了。想候补请说要哪一种，比如发“候补 大杯 1”"), said
    assert "你已跟团" not in said, said
    assert await chat.card(1) == before


async def test_me_too_on_a_buy_sold_out_in_every_option_is_the_sold_out_answer() -> None:
    chat = await _tea_sold_out()

    said = chat.said(await chat.say("mia", "me too", name="米娅"))

    assert said.startswith("米娅: Sorry, 奶茶 is sold out. To wait for it, say which option"), said
    assert "already in" not in said, said
