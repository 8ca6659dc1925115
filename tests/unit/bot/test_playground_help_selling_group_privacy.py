"""Help-selling through the playground's API, as each group expects it: a listed rate cannot be lowered,
the organiser's group is told its own close figures, its card counts its own 💸 reports, and another
group's buyer is never named there on 核销 (answered there by order number) or 退款 (the organiser reads
it privately)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_what_the_organisers_group_sees_of_a_help_selling_group(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 芒果 价格 35 成团 1 截止 2小时")
        await api.say("家人群", "amy", "帮卖 开 10%")
        await api.say("公司群", "bob", "帮卖 #1")
        lowered = said(await api.say("家人群", "amy", "帮卖 开 1%"), "家人群")
        assert lowered == [
            "芒果（#1）已有别的群在帮卖：帮卖者按所定的帮卖佣金 10% 在卖，"
            "比例只能调高、不能调低，没有任何改动。"
        ]
        await api.say("家人群", "cat", "+1")
        await api.say("公司群", "dan", "+2")
        await api.say("公司群", "eve", "+1")
        closed = await api.say("家人群", "amy", "截单")
        assert said(closed, "家人群")[0].startswith("✅ 芒果（#1）成团了：¥35/份，共 1 个订单、1 份。")
        [summary] = said(closed, "amy")  # one message: her summary, each group's figures in it
        assert summary.startswith("已截单：芒果（#1）成团了，¥35/份，共 3 个订单、4 份，应收 ¥140。")
        assert summary.endswith(
            "\n各群：家人群 1 个订单、1 份；公司群（Bob 帮卖）2 个订单、3 份"
            "（每个群里只公布本群的订单和份数）。"
        )
        await api.say("家人群", "cat", "我已付款")
        await api.say("公司群", "dan", "已付")
        assert "💸 1 人已报付款" in (await api.card("家人群", 1))["text"]
        paid = await api.say("家人群", "amy", "已收 1-2")
        found = re.search(r"\d{4}", said(paid, "dan")[0].split("\n")[-1])
        assert found is not None and said(paid, "家人群") == ["Amy，订单 #1-2 已付款，详情已私信发给你。"]
        collected = await api.say("家人群", "amy", f"核销 {found.group(0)}")
        in_group = said(collected, "家人群")
        assert in_group[0].startswith(f"✅ 取货码 {found.group(0)}：订单 #1-2（别的群帮卖的买家）")
        assert "Dan" not in in_group[0] and said(collected, "amy") == []
        await api.say("家人群", "amy", "已收 1-3")
        refunded = await api.say("家人群", "amy", "退款 1-3")
        assert said(refunded, "家人群") == []
        assert said(refunded, "amy")[0].startswith("订单 #1-3（Eve，¥35）已标记为退款")
