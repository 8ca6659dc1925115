"""Review 67 item 12: Leo `+2 small` took the last of Bubble Tea's last option (large already sold out) and
was told "🈵 small is sold out!", as if large were still to be had. The join that sells out the last option
says the whole group buy is sold out; one selling out an option while another is left still names it."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_last_option_gone_is_the_group_buy_sold_out() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4:2,large:6:1", name="Kate")

    first = chat.said(await chat.say("leo", "+1 large", name="Leo"))
    last = chat.said(await chat.say("leo", "+2 small", name="Leo"))

    assert first.endswith("🈵 large is sold out!"), first
    assert last.endswith("🈵 Bubble Tea is sold out!"), last


async def test_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 粽子 规格 大盒:98:1,小盒:58:1", name="Kate")
    await chat.say("leo", "+1 大盒", name="Leo")

    said = chat.said(await chat.say("wang", "+1 小盒", name="Wang"))

    assert said.endswith("🈵 粽子 已售罄！"), said
