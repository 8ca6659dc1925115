"""Review 57 #3: the console's refund page of one order warned "⚠️ 这次退款会从 Xiaoli 的可提现佣金扣回 ¥17.60…
只能…拒绝" as certain, while its Amount field made it a part refund (¥20 took back only ¥2). One order's page
now says it as if refunded whole, with what is left, and that a part refund takes back only its share; a
batch of several (no Amount: each refunded whole) still says it as certain."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop

IF_WHOLE = {
    "en": "⚠️ If you refund all of it (¥100 left), this takes ¥10 back from Bob's available commission, so "
    "Bob's payout #1 (¥10, Requested, not paid yet) is no longer covered: the available balance will be "
    "-¥10, "
    "and that payout can then only be rejected on the Payouts page (its amount goes back to the balance), "
    "Bob asking again for what is left. A part refund (an Amount below ¥100) takes back only its share of "
    "that commission.",
    "zh": "⚠️ 如果整单退（还可退 ¥100），会从 Bob 的可提现佣金扣回 ¥10，Bob 的提现 #1（¥10，已申请，还没打款）"
    "就不够付了：扣回后可提现余额是 -¥10，这笔提现只能在提现页拒绝（金额退回余额），Bob 再按余额重新申请。"
    "部分退款（金额少于 ¥100）只按比例扣回这单相应的佣金。",
}
CERTAIN = {
    "en": "⚠️ This refund takes ¥10 back from Bob's available commission",
    "zh": "⚠️ 这次退款会从 Bob 的可提现佣金扣回 ¥10",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_one_orders_page_says_if_whole_and_a_batch_says_it_as_certain(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob earned ¥10 on Dan's order #1, available
        await world.say("bob", "bob", "/payout wechat w8", private=True)  # all of it, asked for
        await world.say("family", "amy", f"/paid {shop.mangoes}-2")  # Cat's: nobody earns on it
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        one = html.unescape((await post_form(admin, "/orders/refund", {"order": f"{shop.mangoes}-1"})).text)
        picked = {f"pick_{shop.mangoes}-1": "on", f"pick_{shop.mangoes}-2": "on"}
        batch = html.unescape((await post_form(admin, "/orders/refund", picked)).text)

        assert IF_WHOLE[lang] in one, one
        assert CERTAIN[lang] not in one
        assert CERTAIN[lang] in batch and IF_WHOLE[lang] not in batch, batch
