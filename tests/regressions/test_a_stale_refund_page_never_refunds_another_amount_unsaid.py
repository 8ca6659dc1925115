"""An admin's refund page of #3-2 read `可退 ¥50`; a colleague (or the organiser in the chat) refunded ¥40
of it meanwhile; confirming the page with Amount empty then refunded the ¥10 left, flashing
`已退款：#3-2。已通知买家。`, no amount and no word of the colleague's refund. Now the page's confirm is
refused as a stale payout or edit page is (`你打开这页后…已被改成…`): 422, its page again as the order now
stands (可退 ¥10), nothing refunded, nobody told; confirmed from that page, it refunds. A paid order alike."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

STALE = {
    "zh": "你打开这页后，订单 #{n}（{name}）可退的金额已被改成 {left}；看过后再退款（没有任何改动）。",
    "en": "Since you opened this page, what can be refunded of order #{n} ({name}) has been changed to"
    " {left}; look it over before refunding (nothing was changed).",
}


def _form(page: str) -> dict[str, str]:
    """The refund page's form as its button sends it (the Amount left empty)."""
    fields = re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', page)
    return {name: html.unescape(value) for name, value in fields if name != "csrf"}


async def _confirm(client: httpx.AsyncClient, page: str) -> httpx.Response:
    return await post_form(client, "/orders/refund", {**_form(page), "amount": "", "reason": ""})


async def _stale_then_refunded(
    world: ConsoleWorld, number: str, colleague: str, lang: str, name: str, left: str
) -> httpx.Response:
    root = await world.admin()
    root.cookies.set("lang", lang)
    opened = await post_form(root, "/orders/refund", {"order": number})
    assert opened.status_code == 200
    await world.say("amy", "amy", colleague, private=True)  # the colleague's refund, after the page opened
    since, audited = len(await world.outbox_rows()), len(await world.audit_rows())

    stale = await _confirm(root, opened.text)
    page = html.unescape(stale.text)
    assert stale.status_code == 422
    assert f'<p class="error">{STALE[lang].format(n=number, name=name, left=left)}</p>' in page
    assert left in page  # the page as the order now stands: what can be refunded
    assert len(await world.outbox_rows()) == since and len(await world.audit_rows()) == audited
    return await _confirm(root, stale.text)  # she looked, and confirms: refunded


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_part_received_orders_stale_refund_page_is_refused(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "cat", "+6")  # ¥60
        await world.say("family", "amy", "/close")
        number = f"{gid}-1"
        await world.say("amy", "amy", f"只收到 {number} 50", private=True)
        done = await _stale_then_refunded(world, number, f"退款 {number} 40", lang, "Cat", "¥10")
        assert done.status_code == 303
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert (order.status.value, order.received_amount) == ("pending_payment", 0)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_paid_orders_stale_refund_page_is_refused(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+10")  # ¥100
        await world.say("family", "amy", "/close")
        number = f"{gid}-1"
        await world.say("family", "amy", f"/paid {number}")
        done = await _stale_then_refunded(world, number, f"退款 {number} 40", lang, "Bob", "¥60")
        assert done.status_code == 303
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.status.value == "refunded"
