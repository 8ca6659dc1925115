"""Review 55 #13: Amy's order #1-5 of Mangoes was made in block7, where Max help-sells it; her
`/ipaid 1-5` in estate, where Mangoes runs, was answered "There is no order #1-5 here… e.g. /ipaid
12-3", a made-up number. Now she is told the order is hers of that group buy in block7, to send it there
or privately, and nothing changes."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import two_groups


@pytest.mark.parametrize(
    ("opening", "rate", "listing", "close", "report", "answer"),
    [
        (
            "接龙 芒果 价格 20",
            "帮卖 开 10%",
            "帮卖 #1",
            "截单",
            "我已付款 1-1",
            "订单 #1-1 是「二号群」里 芒果（#1）的订单，不在这个群，没有任何改动。"
            "请到那个群里发，或在私聊里发给我。",
        ),
        (
            "/groupbuy Mangoes price 20",
            "/helpsell on 10%",
            "/helpsell #1",
            "/close",
            "/ipaid 1-1",
            "Order #1-1 is of Mangoes (#1) in “block7”, not this chat: nothing was changed. "
            "Send it there, or to me privately.",
        ),
    ],
)
async def test_her_report_in_the_organisers_group_says_where_her_order_was_made(
    opening: str, rate: str, listing: str, close: str, report: str, answer: str
) -> None:
    zh = opening.startswith("接龙")
    estate, block7 = two_groups("block7", "二号群" if zh else "block7")
    await estate.say("lisa", opening, name="Lisa")
    await estate.say("lisa", rate, name="Lisa")
    await block7.say("max", listing, name="Max")
    await block7.say("amy", "+1", name="Amy")
    await estate.say("lisa", close, name="Lisa")
    replies = await estate.say("amy", report, name="Amy")
    assert estate.said(replies) == answer
    assert "12-3" not in estate.said(replies)
