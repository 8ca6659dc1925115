"""Review 45, finding 2: a part refund (部分退款) took back floor(rate × refund) each time, so the floor
was taken twice: at 7.5% on ¥75 (commission ¥5.62), a ¥0.01 refund took back ¥0.01 (the sharer kept
¥5.61, while 7.5% of ¥74.99 is ¥5.62), and a ¥25 refund left ¥3.74 (7.5% of ¥50 is ¥3.75). Now an
earner, sharer or help-seller, keeps the commission on what is left at her rate, rounded down once:
the ¥0.01 refund takes nothing back (and tells her nothing), the ¥25 one takes back ¥1.87."""

from __future__ import annotations

import re

import pytest

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat

EARNINGS = {"zh": "我的收益", "en": "/earnings"}
PENDING = {"zh": "待入账：¥{}", "en": "Held: ¥{}"}


async def _shared_and_paid(lang: str) -> Chat:
    zh = lang == "zh"
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 芒果 价格 75" if zh else "/groupbuy Mangoes price 75", language=lang)
    await chat.say("amy", "佣金 7.5%" if zh else "/commission 7.5%", language=lang)
    code = re.search(
        r"\d+-\w{4}", chat.shared(await chat.say("sam", "分享" if zh else "/share", language=lang))
    )
    assert code is not None
    await chat.say("cat", f"+1 {code.group(0)}", language=lang)
    await chat.say("dan", f"+1 {code.group(0)}", language=lang)
    await chat.say("amy", "截单" if zh else "/close", language=lang)
    await chat.say("amy", "已收 1-1 1-2" if zh else "/paid 1-1 1-2", language=lang)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_sharer_keeps_the_commission_on_what_is_left(lang: str) -> None:
    zh = lang == "zh"
    chat = await _shared_and_paid(lang)
    earned = chat.said(await chat.say("sam", EARNINGS[lang], private=True, language=lang))
    assert PENDING[lang].format("11.24") in earned, earned  # 2 × floor(7.5% × ¥75) = 2 × ¥5.62

    cent = await chat.say("amy", "退款 1-2 ¥0.01" if zh else "/refund 1-2 ¥0.01", language=lang)
    assert "sam" not in chat.private(cent)  # nothing taken back: 7.5% of ¥74.99 is still ¥5.62
    quarter = await chat.say("amy", "退款 1-1 ¥25" if zh else "/refund 1-1 ¥25", language=lang)
    told = chat.private(quarter)["sam"]
    assert ("扣回 ¥1.87" if zh else "¥1.87 of the sharer's commission") in told, told  # 5.62 − 3.75

    earned = chat.said(await chat.say("sam", EARNINGS[lang], private=True, language=lang))
    assert PENDING[lang].format("9.37") in earned, earned  # ¥3.75 + ¥5.62


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_help_seller_keeps_her_cut_on_what_is_left(lang: str) -> None:
    zh = lang == "zh"
    family, office = await help_sold(
        "接龙 芒果 价格 75 截止 2小时" if zh else "/groupbuy Mangoes price 75 ends in 2 hours",
        rate="帮卖 开 7.5%" if zh else "/helpsell on 7.5%",
        listing="帮卖 #1" if zh else "/helpsell #1",
        language=lang,
        default_language=lang,
    )
    await office.say("kim", "+1", language=lang)
    await family.say("amy", "截单" if zh else "/close")
    await family.say("amy", "已收 1-1" if zh else "/paid 1-1")

    cent = await family.say("amy", "退款 1-1 ¥0.01" if zh else "/refund 1-1 ¥0.01")
    assert "bob" not in family.private(cent)  # her ¥5.62 is 7.5% of ¥74.99 too
    quarter = await family.say("amy", "退款 1-1 ¥24.99" if zh else "/refund 1-1 ¥24.99")
    told = family.private(quarter)["bob"]
    assert ("扣回 ¥1.87" if zh else "¥1.87 of the help-sell commission") in told, told

    earned = office.said(await office.say("bob", EARNINGS[lang], private=True, language=lang))
    assert PENDING[lang].format("3.75") in earned, earned
