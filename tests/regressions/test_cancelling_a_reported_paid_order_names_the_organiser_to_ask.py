"""Review 32 #1 and #3: a console admin's 取消订单 of an order its buyer reported paying answered
`500 处理出错` (the buyer's notice was looked up under a key that did not exist), so the console could not
cancel such an order at all; and a chat admin's `取消订单 2-2 确认` told the buyer to talk to the admin
(`请直接联系 Dan`) about money he paid the organiser. Now the console cancels it and tells the buyer an
admin did; and whoever cancels, the buyer is told to ask the organiser about the money."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

CONSOLE_TOLD = {
    "zh": "管理员 取消了你的订单 #{gid}-1（Mangoes，¥10）。你报过已付款，但 Amy 没有确认收到；"
    "你说已经转的钱，请直接联系 Amy。",
    "en": "An admin cancelled your order #{gid}-1 (Mangoes, ¥10). You reported paying, but Amy did not "
    "confirm getting it; about the money you say you sent, please talk to Amy.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_console_cancels_an_order_its_buyer_reported_paying(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("bob", "bob", f"/lang {lang}", private=True)
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "bob", "/ipaid")
        client = await world.admin()
        client.cookies.set("lang", lang)
        since = len(await world.outbox_rows())

        done = await post_form(client, "/orders/cancel", {"order": f"{gid}-1", "confirm": "yes"})

        assert done.status_code == 303
        told = [
            reply["text"]
            for row in (await world.outbox_rows())[since:]
            if (reply := json.loads(row["payload"])["reply"]).get("private_to") == "bob"
        ]
        assert told == [CONSOLE_TOLD[lang].format(gid=gid)]


CHAT = {
    "zh": (
        "接龙 芒果 价格 78 成团 1",
        "截单",
        "付了78，微信转的",
        "取消订单 1-1 确认",
        "Boss 取消了你的订单 #1-1（芒果，¥78）。你报过已付款，但 Amy 没有确认收到；"
        "你说已经转的钱，请直接联系 Amy。",
    ),
    "en": (
        "/groupbuy Mangoes price 78 target 1",
        "/close",
        "paid! sent 78 via paynow",
        "/cancel 1-1 confirm",
        "Boss cancelled your order #1-1 (Mangoes, ¥78). You reported paying, but Amy did not confirm getting "
        "it; about the money you say you sent, please talk to Amy.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_chat_admins_cancel_sends_the_buyer_to_the_organiser(lang: str) -> None:
    opening, close, report, cancel, told = CHAT[lang]
    chat = fake_chat(default_language=lang)
    chat.admins = {"boss"}
    for user, text in (("amy", opening), ("hal", "+1"), ("amy", close), ("hal", report)):
        await chat.say(user, text)

    done = await chat.say("boss", cancel)

    assert Chat.private(done)["hal"] == told
