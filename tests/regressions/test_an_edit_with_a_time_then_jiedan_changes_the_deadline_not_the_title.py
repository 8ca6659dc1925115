"""rep95 #1: `修改 #1 明天下午6点截单` renamed the group buy to 明天下午6点截单 (its card header said
so), the deadline unchanged, though `接龙 草莓 价格 25 明天下午6点截单` opens with that deadline. An
edit now reads the time said before 截单 / 截止 as the deadline; a 截单 with no time it can read is
no new title either, nothing changed."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_time_before_jiedan_in_an_edit_is_the_new_deadline() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")  # Monday 23 November, 12:00
    await chat.say("amy", "接龙 草莓 价格 25 截止 3天")

    moved = Chat.said(await chat.say("amy", "修改 #1 明天下午6点截单"))
    assert moved == "已修改 草莓（#1）：截止 11月24日 周二 18:00（原 11月26日 周四 12:00）。"
    card = await chat.card(1)
    assert card.startswith("🛒 草莓（#1）")
    assert "截止：11月24日 周二 18:00" in card

    friday = Chat.said(await chat.say("amy", "修改 #1 周五晚8点截止"))
    assert friday == "已修改 草莓（#1）：截止 11月27日 周五 20:00（原 11月24日 周二 18:00）。"
    both = Chat.said(await chat.say("amy", "修改 #1 价格 20 周五晚9点截单"))
    assert both.startswith("已修改 草莓（#1）：价格 ¥20、截止 11月27日 周五 21:00")


async def test_jiedan_without_a_time_is_no_new_title() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")
    await chat.say("amy", "接龙 草莓 价格 25 截止 3天")
    before = await chat.card(1)

    refused = Chat.said(await chat.say("amy", "修改 #1 草莓截单"))

    assert refused.startswith("“草莓截单”不像新团名，没有任何改动。")
    assert await chat.card(1) == before
