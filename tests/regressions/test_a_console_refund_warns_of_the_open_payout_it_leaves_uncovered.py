"""s28 #4: the console's refund page gave no warning when the refund took back commission sitting in an
open payout (asked for, not paid yet): the admin confirmed, then found the payout short. The page now
says, before she confirms, which payout, how much is taken back and the balance it leaves; after, the
payout is refused approval (the ledger's rule: it can only be rejected) and its row says so."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

WARNING = {  # one order: its Amount may make it a part refund, so said as if refunded whole (rep57 #3)
    "en": "⚠️ If you refund all of it (¥100 left), this takes ¥10 back from Bob's available commission, so "
    "Bob's payout #1 (¥10, Requested, not paid yet) is no longer covered: the available balance will be "
    "-¥10, "
    "and that payout can then only be rejected on the Payouts page",
    "zh": "⚠️ 如果整单退（还可退 ¥100），会从 Bob 的可提现佣金扣回 ¥10，Bob 的提现 #1（¥10，已申请，还没打款）"
    "就不够付了：扣回后可提现余额是 -¥10，这笔提现只能在提现页拒绝",
}
ROW = {"en": "⚠️ The balance no longer covers this:", "zh": "⚠️ 余额已不够付这笔"}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_refund_page_warns_before_and_the_payout_is_refused_after(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob earned ¥10 on Dan's order #1, available
        await world.say("bob", "bob", "/payout wechat w8", private=True)  # all of it, asked for
        await world.say("family", "amy", f"/paid {shop.mangoes}-2")  # Cat's: nobody earns on it
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        asked = await post_form(admin, "/orders/refund", {"order": f"{shop.mangoes}-1"})
        other = await post_form(admin, "/orders/refund", {"order": f"{shop.mangoes}-2"})  # no commission

        assert asked.status_code == 200
        assert WARNING[lang] in html.unescape(asked.text), asked.text
        assert other.status_code == 200 and "⚠️" not in html.unescape(other.text)
        form = {"order": f"{shop.mangoes}-1", "confirm": "yes"}
        assert (await post_form(admin, "/orders/refund", form)).status_code == 303
        page = html.unescape((await admin.get("/payouts")).text)
        assert ROW[lang] in page, page
        await post_form(admin, "/payouts/1/approve")
        async with world.app.uow_factory() as uow:
            payout = await uow.payouts.get(1)
        assert payout is not None and payout.status.value == "requested"  # refused: only a rejection


async def test_an_organiser_refund_page_names_no_payout(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        amy = await world.member("amy")

        asked = await post_form(amy, "/orders/refund", {"order": f"{shop.mangoes}-1"})

        assert asked.status_code == 200 and "Refund 1 order?" in asked.text
        assert "⚠️" not in html.unescape(asked.text) and "payout #1" not in asked.text
