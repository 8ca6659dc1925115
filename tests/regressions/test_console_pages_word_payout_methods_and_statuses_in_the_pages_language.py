"""Review 57 #6: a payout's method was shown as typed ("wechat bob456" on the zh page, "微信 xl888" on the
en page, the zh flash "收款账号 wechat bob123 已停用"), and the en member page showed an order's status as
"paid" in lowercase while Orders says "Paid". The method is now in the page's words (`微信 w8` /
`WeChat w8`, the account as typed) and a member's orders read their status as the Orders page does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

SAID = {
    "zh": ("微信 w8", "已取货", "收款账号 微信 w8 已停用"),
    "en": ("WeChat w8", "Picked up", "Their account WeChat w8 is no longer used by itself"),
}


@pytest.mark.parametrize(("lang", "typed"), [("zh", "/payout wechat w8"), ("en", "提现 微信 w8")])
async def test_console_pages_word_payout_methods_and_statuses_in_the_pages_language(
    tmp_path: Path, lang: str, typed: str
) -> None:
    account, picked_up, dropped = SAID[lang]
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Dan's Mangoes order paid and picked up; Bob earned ¥10
        await world.say("bob", "bob", typed, private=True)
        root = await world.admin()
        root.cookies.set("lang", lang)
        page = (await root.get("/payouts")).text
        assert f"<td>{account}</td>" in page
        member = (await root.get("/members/playground:dan")).text
        assert f">#{shop.mangoes}-1</a></td><td>Mangoes</td><td>{picked_up}</td>" in member
        rejected = await post_form(root, "/payouts/1/reject", {"reason": "wrong account"})
        assert rejected.status_code == 303
        assert dropped in (await root.get("/payouts")).text
