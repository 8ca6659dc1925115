"""Dan's commission as the help-seller (帮卖) of the neighbours' group was listed in 我的收益 under
"你的分享收益" (earnings from sharing), which he never did. Help-selling earnings are headed as such;
with sharing earnings too, each line says which kind it is (s31: the sharing lines too)."""

from __future__ import annotations

import re

from tests.helpsell_chats import help_sold


async def test_a_help_sellers_earnings_are_headed_as_help_selling() -> None:
    family, neighbours = await help_sold(
        "接龙 芒果 价格 10 截止 2小时", chat_id="neighbours", title="Neighbours", seller="dan"
    )
    await neighbours.say("nina", "+2")
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")

    earnings = await neighbours.say("dan", "我的收益", private=True)

    assert (
        neighbours.said(earnings) == "你的帮卖收益：\n待入账：¥2\n可提现：¥0\n"
        "#1-1 芒果（Nina）：¥2，待入账：Nina 提货后可提现，最晚 11月30日 周一 12:00"
    )


async def test_help_selling_and_sharing_earnings_are_told_apart() -> None:
    family, neighbours = await help_sold(
        "接龙 芒果 价格 10 截止 2小时", chat_id="neighbours", title="Neighbours", seller="dan"
    )
    await family.say("amy", "佣金 5%")
    await family.say("amy", "接龙 苹果 价格 20 截止 2小时")
    await family.say("amy", "佣金 #2 5%")
    found = re.search(r"团2-\w{4}", family.shared(await family.say("dan", "分享 #2")))
    assert found is not None
    await neighbours.say("nina", "+2 #1")
    await family.say("kim", "+1 " + found.group(0))
    await family.say("amy", "截单 #1")
    await family.say("amy", "截单 #2")
    await family.say("amy", "已收 1-1")
    await family.say("amy", "已收 2-1")

    earnings = neighbours.said(await neighbours.say("dan", "我的收益", private=True))

    assert earnings.startswith("你的收益（分享和帮卖）：")
    assert "#1-1 芒果（Nina）：¥2，待入账：Nina 提货后可提现，最晚 11月30日 周一 12:00（帮卖）" in earnings
    assert "#2-1 苹果（Kim）：¥1，待入账：Kim 提货后可提现，最晚 11月30日 周一 12:00（分享）" in earnings
