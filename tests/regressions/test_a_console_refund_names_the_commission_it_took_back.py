"""rep82 #7: an admin refunded the rest of an order in the console and the page said only `Refunded: #1-2.
The buyer was told.`, while the chat's answer to the same refund names the help-sell or share commission
taken back (and that the earner, paid out already, now owes it). The console's message after a refund
now says it as the chat's answer does."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

SAID = {
    "en": "Refunded: #{order}. The buyer was told.\nBob's com"
    "mission of ¥10 on it was taken back. Bob was paid "
    "out already and now owes ¥10; it comes off their next commission first.",
    "zh": "已退款：#{order}。已通知买家。\n分享人 Bob 的佣金 ¥10 "
    "已扣回。Bob 已提现过，现在欠 ¥10，之后的佣金会先抵扣。",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_console_refund_message_names_the_commission_taken_back(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob earned ¥10 on Dan's order #1, available
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        admin = await world.admin()
        assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
        assert (await post_form(admin, "/payouts/1/pay")).status_code == 303  # paid out to Bob
        admin.cookies.set("lang", lang)

        done = await post_form(admin, "/orders/refund", {"order": f"{shop.mangoes}-1", "confirm": "yes"})

        assert done.status_code == 303
        page = html.unescape((await admin.get("/orders")).text)
        assert SAID[lang].format(order=f"{shop.mangoes}-1") in page, page
