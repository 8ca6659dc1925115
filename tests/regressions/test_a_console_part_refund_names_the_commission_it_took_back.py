"""s38 (rep85): a part refund typed as an amount in the console, on an order whose sharer earned
commission, answered `已退 ¥50：#1-1（已付 ¥100，已退 ¥50）。已通知买家。` and named no commission, while the
chat's answer to the same refund says whose was taken back (`分享人 Bob 的佣金 ¥5 已扣回。`). The console's
answer now names it as the chat's does."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

SAID = {
    "zh": "已退 ¥50：#{order}（已付 ¥100，已退 ¥50）。已通知买家。\n分享人 Bob 的佣金 ¥5 已扣回。",
    "en": "Refunded ¥50 of #{order} (paid ¥100, refunded ¥50). The buyer was told.\nBob's commission of ¥5 "
    "on it was taken back.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_refund_by_amount_names_the_commission_taken_back(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob earned ¥10 on Dan's ¥100 order
        client = await world.member("amy")
        client.cookies.set("lang", lang)

        done = await post_form(
            client, "/orders/refund", {"order": f"{shop.mangoes}-1", "confirm": "yes", "amount": "50"}
        )

        assert done.status_code == 303
        page = html.unescape((await client.get(done.headers["location"])).text)
        assert SAID[lang].format(order=f"{shop.mangoes}-1") in page, page
