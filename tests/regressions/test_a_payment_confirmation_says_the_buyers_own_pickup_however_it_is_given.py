"""rep65 #7: tapping `✅ 已收到` sent 莉莉 `…谢谢！ 自提：3号楼门口 取货码：8297`, while typed `已收 1-1`,
`已收 1-5` and `已收 @阿强` were seen to send only `…谢谢！ 取货码：NNNN`, without the 自提 line that
matters most to 公司群's buyers (their group set its own pickup, 公司前台). Whichever way the organiser
confirms (the button, `已收 1-2` in the group or in private, `已收 @name` of another group's buyer), the
buyer reads the same text: the pickup of the group the order was made in, then the code. (Not reproduced
on the fakes nor on SQLite at this commit; this pins it.) Chinese and English."""

from __future__ import annotations

import re

import pytest

from handlers.buttons import OrderAction, OrderButton
from tests.helpsell_chats import sue_help_sells_with_its_own_pickup

SAID = {
    "zh": {
        "opening": "接龙 芒果 价格 78 成团 1 截止 2小时",
        "rate": "帮卖 开 10%",
        "listing": "帮卖 #1",
        "home": "自提 3号楼门口 明天下午6点",
        "own": "自提 #1 公司前台 明天中午12点",
        "join": "+1",
        "close": "截单",
        "paid": "已收 {}",
        "told": "Amy 已确认收到你订单 #{order}（芒果）的付款 ¥78，谢谢！\n自提：{pickup}\n取货码：",
        "home_pickup": "3号楼门口 · 11月24日 周二 18:00",
        "own_pickup": "公司前台 · 11月24日 周二 12:00",
    },
    "en": {
        "opening": "/groupbuy Mangoes price 78 target 1 ends 2h",
        "rate": "/helpsell on 10%",
        "listing": "/helpsell #1",
        "home": "/pickup Gate 3 tomorrow 6pm",
        "own": "/pickup #1 Front desk tomorrow 12pm",
        "join": "/join",
        "close": "/close",
        "paid": "/paid {}",
        "told": "Amy confirmed your payment of ¥78 for order #{order} (Mangoes). Thank you!"
        "\nPickup: {pickup}\nYour pickup code: ",
        "home_pickup": "Gate 3 · Tue 24 Nov 18:00",
        "own_pickup": "Front desk · Tue 24 Nov 12:00",
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_payment_confirmation_says_the_buyers_own_pickup_however_it_is_given(lang: str) -> None:
    said = SAID[lang]
    family, office = await sue_help_sells_with_its_own_pickup(lang, said)
    for chat, member in ((family, "bob"), (family, "cat"), (office, "qiang"), (office, "lao")):
        await chat.say(member, said["join"])
    await family.say("amy", said["close"])

    told = {}
    for member, replies in (
        ("bob", await family.tap("amy", OrderButton(OrderAction.CONFIRM, 1).pack())),
        ("cat", await family.say("amy", said["paid"].format("1-2"))),
        ("qiang", await family.say("amy", said["paid"].format("@Qiang"))),
        ("lao", await family.say("amy", said["paid"].format("1-4"), private=True)),
    ):
        [text] = [r.text for r in replies if r.private_to == member and r.text]
        told[member] = re.sub(r"\d{4,6}.*", "", text, flags=re.S)

    home, own = said["home_pickup"], said["own_pickup"]
    assert told == {
        "bob": said["told"].format(order="1-1", pickup=home),
        "cat": said["told"].format(order="1-2", pickup=home),
        "qiang": said["told"].format(order="1-3", pickup=own),
        "lao": said["told"].format(order="1-4", pickup=own),
    }, told
