"""Bob help-sells Berries in the office group and shared it to Dan, whose order holds a ¥75 line by his
code (5%) and a ¥40 line made in his group (10%): ¥4 help-sell and ¥3.75 share commission. His 我的收益
was headed `你的帮卖收益` (help-selling only) over it and over what his shares earned elsewhere; after
the organiser's 撤销已收 of Dan's order its line vanished and the English heading turned to "from sharing".
The heading now covers both and each line says which kind it is; an undone payment's line stays, as
taken back until the order is paid again, under the same heading."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, berries_help_sold_and_shared

EARNINGS = {"zh": "我的收益", "en": "/earnings"}
HEAD = {
    "zh": "你的收益（分享和帮卖）：\n",
    "en": "Your earnings from sharing and help-selling:\n",
}
BOTH = {
    "zh": HEAD["zh"] + "待入账：¥7.75\n可提现：¥0\n"
    "#1-1 草莓（Dan）：¥7.75，待入账：Dan 提货后可提现，最晚 11月30日 周一 12:00（帮卖、分享）",
    "en": HEAD["en"] + "Held: ¥7.75\nYours to withdraw: ¥0\n#1-1 Berries (Dan): ¥7.75, held until Dan picks"
    " it up, or Mon 30 Nov 12:00 at the latest (help-selling and sharing)",
}
UNDONE = {
    "zh": HEAD["zh"] + "待入账：¥0\n可提现：¥0\n"
    "#1-1 草莓（Dan）：¥7.75 已扣回，已收款被撤销、订单改回待付款，再付款后会重新记上（帮卖、分享）",
    "en": HEAD["en"] + "Held: ¥0\nYours to withdraw: ¥0\n#1-1 Berries (Dan): ¥7.75 taken back, its payment"
    " was undone and it is unpaid again; earned again once the order is paid (help-selling and sharing)",
}


async def _dans_order(lang: str) -> Chat:
    family, _ = await berries_help_sold_and_shared(lang)
    await family.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1", private=True, language=lang)
    return family


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_order_help_sold_and_shared_is_headed_and_said_as_both(lang: str) -> None:
    family = await _dans_order(lang)

    earnings = family.said(await family.say("bob", EARNINGS[lang], private=True, language=lang))

    assert earnings == BOTH[lang]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_undone_payment_keeps_its_line_and_the_heading(lang: str) -> None:
    family = await _dans_order(lang)
    await family.say("amy", "撤销已收 1-1" if lang == "zh" else "/unpaid 1-1", private=True, language=lang)

    earnings = family.said(await family.say("bob", EARNINGS[lang], private=True, language=lang))

    assert earnings == UNDONE[lang]
