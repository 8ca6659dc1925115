"""Review 34: Hu, who owed #3-1 and #4-1, asked his private chat `取货码` and was answered of #4-1 only
(his newest), with no word of #3-1 nor of how to report paying. Now every order of his still to pay is
named with `付了就发 我已付款 3-1` (English: `/ipaid 3-1`), one reported paid says it waits for the
organiser, and a paid order's pickup code is given as before."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

ZH = (
    "你在 大葱（#4）订了 1 份，共 ¥15，待付款（订单 #4-1）。\n"
    "还没付款，付了就发 我已付款 4-1，团长确认收款后就有取货码。\n"
    "你在 水蜜桃（#3）订了 1 份，共 ¥100，待付款（订单 #3-1）。\n"
    "还没付款，付了就发 我已付款 3-1，团长确认收款后就有取货码。\n"
    "你在 草莓（#2）订了 1 份，共 ¥20，已报付款，等待团长确认（订单 #2-1）。\n"
    "你在 芒果（#1）订了 1 份，共 ¥20，已付款（订单 #1-1）。\n"
    "取货码：CODE（取货时出示，由团长核销）"
)
EN = (
    "You ordered 1 of 大葱 (#4) for ¥15: to pay (order #4-1).\n"
    "Not paid yet: once you have paid, send /ipaid 4-1; "
    "your pickup code comes when the organiser confirms it.\n"
    "You ordered 1 of 水蜜桃 (#3) for ¥100: to pay (order #3-1).\n"
    "Not paid yet: once you have paid, send /ipaid 3-1; "
    "your pickup code comes when the organiser confirms it.\n"
    "You ordered 1 of 草莓 (#2) for ¥20: reported paid, waiting for the organiser to confirm (order #2-1).\n"
    "You ordered 1 of 芒果 (#1) for ¥20: paid (order #1-1).\n"
    "Your pickup code: CODE (show it when you collect your goods)"
)


@pytest.mark.parametrize(("asked", "said"), [("取货码", ZH), ("what is my pickup code", EN)])
async def test_every_unpaid_order_is_named_with_how_to_report_paying(asked: str, said: str) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for title, price in (("芒果", 20), ("草莓", 20), ("水蜜桃", 100), ("大葱", 15)):
        await chat.say("amy", f"接龙 {title} 价格 {price} 截止 2小时")
    for gid in (1, 2, 3, 4):
        await chat.say("hu", f"+1 #{gid}")
        await chat.say("amy", f"截单 #{gid}")
    await chat.say("amy", "已收 1-1")
    await chat.say("hu", "我已付款 2-1")
    answer = chat.said(await chat.say("hu", asked, private=True))
    assert re.sub(r"(取货码：|pickup code: )\d+", r"\1CODE", answer) == said
