"""Share to earn through the playground's API, as the issue tells it: a share code, friends joining with
it, the organiser confirming payment, `/earnings` showing the exact pending amount, a pickup making it
available, a refund taking it back, the week's ranking; the sharer's own `+1` earns nothing."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_share_code_earns_its_sharer_exactly_what_the_friends_paid_and_no_more(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 海南芒果 价格 88 截止 2小时")
        await api.say("家人群", "amy", "佣金 5%")
        await api.say("家人群", "bob", "+1")
        shared = " ".join(said(await api.say("家人群", "bob", "分享"), "bob"))
        found = re.search(r"团\d+-\w{4}", shared)
        assert found is not None, shared
        code = found.group(0)
        await api.say("家人群", "cat", f"+2 {code}")
        await api.say("家人群", "dan", f"+1 {code}")
        await api.say("家人群", "bob", f"+1 {code}")  # his own code: himself he does not bring
        await api.say("家人群", "amy", "截单")
        await api.say("家人群", "amy", "已收 1-1")  # Bob's own order: nothing for him
        await api.say("家人群", "amy", "已收 1-2")  # Cat ¥176: 5% is ¥8.80
        await api.say("家人群", "amy", "已收 1-3")  # Dan ¥88: 5% is ¥4.40

        assert said(await api.say("bob", "bob", "我的收益"), "bob") == [
            "你的分享收益：\n待入账：¥13.20\n可提现：¥0\n"
            "#1-3 海南芒果（Dan）：¥4.40，待入账：Dan 提货后可提现，最晚 11月30日 周一 12:00\n"
            "#1-2 海南芒果（Cat）：¥8.80，待入账：Cat 提货后可提现，最晚 11月30日 周一 12:00"
        ]

        await api.say("家人群", "amy", "已取货 1-2")
        await api.say("家人群", "amy", "退款 1-3")

        # `/earnings` alone speaks Bob's own language: he writes Chinese (`分享`, `我的收益`)
        assert said(await api.say("bob", "bob", "/earnings"), "bob") == [
            "你的分享收益：\n待入账：¥0\n可提现：¥8.80\n"
            "#1-3 海南芒果（Dan）：¥4.40 已扣回，订单已退款\n"
            "#1-2 海南芒果（Cat）：¥8.80，可提现"
        ]
        assert said(await api.say("家人群", "zoe", "排行"), "家人群") == [
            "🏆 本周分享榜（按通过分享带来的买家数）：\n1. Bob：1 位买家"
        ]
        assert said(await api.say("bob", "bob", "提现"), "bob") == [
            "提现最低 ¥10，你的可提现余额是 ¥8.80，还不够，没有提交申请。"
            "余额够 ¥10 后发“提现 微信 你的微信号”"
            "（也可以写 支付宝 或 银行卡 加账号；发“我的收益”查看余额）。"
        ]
