"""Review 35, finding 5: Gia help-sells Kaya jars (#4, sharers 8%, 帮卖 5%) in her group. Her `分享` there
said "分享赚 8%" and her friend's join "Kim 用你的分享码跟了…", but she earns 5% (帮卖) on her group's
orders; before the close, with 6 units joined in her group, `我的收益` said "还没有收益". Now her `分享`
there says her help-sell rate, and `我的收益` what her group has joined so far, at that rate, in place of
the sharer's "跟了" lines."""

from __future__ import annotations

import re

import pytest

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

WORDS = {
    "zh": ("接龙 芒果 价格 15", "帮卖 开 5%", "佣金 8%", "帮卖 #1", "分享", "我的收益"),
    "en": (
        "/groupbuy Kaya price 15",
        "/helpsell on 5%",
        "/commission 8%",
        "/helpsell #1",
        "/share",
        "/earnings",
    ),
}
SHARE = {
    "zh": "你在「公司群」帮卖这个团：「公司群」的订单（包括用你的分享码跟的）按帮卖佣金 5% 计给你，"
    "截单付款后计入（发“我的收益”查看）。",
    "en": "You help-sell it in 公司群: the orders there (those through your code too) earn you the help-sell "
    "commission, 5%, once it closes and they pay (/earnings).",
}
EARNINGS = {
    "zh": "你的帮卖收益：\n待入账：¥0\n可提现：¥0\n"
    "芒果（#1）在「公司群」帮卖：「公司群」已跟 6 份，截单付款后按 5% 计帮卖佣金。",
    "en": "Your earnings from help-selling:\nHeld: ¥0\nYours to withdraw: ¥0\n"
    "Kaya (#1), help-sold in 公司群: 6 units joined there so far; your 5% help-sell commission counts once "
    "it closes and they pay.",
}


async def _help_sold(lang: str) -> tuple[Chat, Chat]:
    opening, rate, commission, listing, *_ = WORDS[lang]
    return await help_sold(
        opening,
        rate=rate,
        before_listing=[("amy", commission)],
        seller="gia",
        listing=listing,
        language=lang,
        default_language=lang,
    )


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_share_says_her_help_sell_rate(lang: str) -> None:
    family, office = await _help_sold(lang)

    shared = office.shared(await office.say("gia", WORDS[lang][4], language=lang))

    assert shared.endswith(SHARE[lang])
    assert "8%" not in shared
    other = family.shared(await family.say("cat", WORDS[lang][4], language=lang))  # a sharer: 8%
    assert "8%" in other


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_earnings_say_what_her_group_has_joined(lang: str) -> None:
    _, office = await _help_sold(lang)
    found = re.search(r"团?\d+-\w{4}", office.shared(await office.say("gia", WORDS[lang][4], language=lang)))
    assert found is not None
    await office.say("kim", f"+2 {found.group(0)}", language=lang)
    await office.say("tom", "+4", language=lang)

    earnings = office.private(await office.say("gia", WORDS[lang][5], language=lang))["gia"]

    assert earnings == EARNINGS[lang]
