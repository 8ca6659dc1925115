"""rep65 #2: 老张 opened 小李's share code (made in 公司群, which help-sells 王姐's buy and set its own
pickup, `自提 #1 公司前台 …`) in his private chat and joined there. His copy of the card said the
organiser's `自提：3号楼门口` from the start through the close, though his order and 公司群's card said
公司前台; and after 阿强 reported paying in 公司群, that card read `💸 2 人已报付款` while 老张's copy,
refreshed in the same round, read `💸 1 人已报付款` (an outsider's copy counted only his own report).
A private copy of a help-sold card now reads that group's pickup and the same counts as that group's
card (its lines still his own only). Chinese and English."""

from __future__ import annotations

import re

import pytest

from commerce.domain.listings import card_key
from tests.helpsell_chats import sue_help_sells_with_its_own_pickup

SAID = {
    "zh": {
        "opening": "接龙 芒果 价格 78 成团 1 截止 2小时",
        "rate": "帮卖 开 10%",
        "listing": "帮卖 #1",
        "home": "自提 3号楼门口 明天下午6点",
        "own": "自提 #1 公司前台 明天下午5点",
        "share": "分享",
        "close": "截单",
        "paid": "已付",
        "own_pickup": "公司前台",
        "home_pickup": "3号楼门口",
        "reported": "💸 2 人已报付款",
    },
    "en": {
        "opening": "/groupbuy Mangoes price 78 target 1 ends 2h",
        "rate": "/helpsell on 10%",
        "listing": "/helpsell #1",
        "home": "/pickup Gate 3 tomorrow 6pm",
        "own": "/pickup #1 Front desk tomorrow 5pm",
        "share": "/share",
        "close": "/close",
        "paid": "/ipaid",
        "own_pickup": "Front desk",
        "home_pickup": "Gate 3",
        "reported": "💸 2 reported",
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_private_copy_of_a_help_sold_card_reads_that_groups_pickup_and_counts(lang: str) -> None:
    said = SAID[lang]
    family, office = await sue_help_sells_with_its_own_pickup(lang, said)
    found = re.search(r"团?\d+-\w{4}", office.shared(await office.say("sue", said["share"])))
    assert found is not None, "no share code"
    code = found.group(0)
    await office.say("lao", f"+1 {code}", private=True)  # never in 公司群: an outsider
    await office.say("qiang", "+1")
    await family.say("amy", said["close"])
    await office.say("lao", said["paid"], private=True)
    await office.say("qiang", said["paid"])

    [copy] = [r for r in await office.say("lao", code, private=True) if r.text]

    group_card = await office.card(card_key(1))
    assert said["reported"] in group_card, group_card
    assert said["reported"] in copy.text, copy.text
    assert said["own_pickup"] in copy.text and said["home_pickup"] not in copy.text, copy.text
    assert "Qiang" not in copy.text  # his copy still lists his own lines only
