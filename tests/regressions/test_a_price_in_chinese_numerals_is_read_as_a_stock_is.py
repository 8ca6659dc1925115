"""rep95 #11: `修改 #3 库存 两百` set the stock to 200 but `修改 #5 价格 五十` was "“五十”不是有效的价格".
A price in Chinese numerals is now read as its digits, in an edit and at opening (`价格 三十元一斤`)."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_wushi_is_fifty() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")
    await chat.say("amy", "接龙 大米 价格 60")

    edited = Chat.said(await chat.say("amy", "修改 #1 价格 五十"))
    opened = Chat.said(await chat.say("amy", "接龙 小米 价格 三十元一斤"))

    assert edited == "已修改 大米（#1）：价格 ¥50。\n改价：¥60 → ¥50"
    assert "单价：¥50/份" in await chat.card(1)
    assert opened.startswith("团购 #2 开团了：小米，¥30/斤。")
