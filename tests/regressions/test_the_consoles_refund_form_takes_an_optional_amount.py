"""Session 25 (部分退款): the console's refund form takes an optional amount (empty: the whole order),
with the chat's rules and its own words: `5` of a ¥20 order refunds ¥5 and the page says how much of
what was paid is refunded, as the orders list (`¥15（订单 ¥20，已退 ¥5）`) and the buyer's page, the
dashboard's GMV (net: ¥15), the orders export (a `部分退款` column) and the ledger export
(`订单 #1-1 部分退款`) then say; the same form sent twice refunds once; an amount above what is left is
refused naming it, nothing changed; a reason that is a number (`30`) with the amount empty is never
taken as the amount: refused, naming the field."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.bot.console.console_client import PLATFORM, console_world, post_form

DONE = {
    "zh": "已退 ¥5：#{order}（已付 ¥20，已退 ¥5）。已通知买家。",
    "en": "Refunded ¥5 of #{order} (paid ¥20, refunded ¥5). The buyer was told.",
}
OVER = {
    "zh": "订单 #{order} 还可退 ¥14：退款金额要大于 0、不超过 ¥14，最多两位小数。没有任何改动。",
    "en": "Order #{order} has ¥14 left to refund: the amount must be above 0 and at most ¥14, with at most 2 "
    "decimals. Nothing was changed.",
}
AGAIN = {
    "zh": "这张退款表单已经给订单 #{order} 退过 ¥1 了，没有再退。",
    "en": "This refund form already refunded ¥1 of order #{order}: nothing more was refunded.",
}
# the orders list: the net, with its order and refund said once (s33-console); the buyer's page as before
LISTED = {"zh": "¥15（订单 ¥20，已退 ¥5）", "en": "¥15 (order ¥20, ¥5 refunded)"}
ON_HER_PAGE = LISTED  # the member page says it as the list does (s34)
IN_WORDS = {
    "zh": "“30”：没有任何改动。退一部分请把金额填在“退款金额”一栏，例如要退一半就填 ¥7（这单还可退 ¥14）",
    "en": "“30”: nothing was changed. To refund part of it, fill in the Amount field, e.g. ¥7 for half",
}
# its line says the total, refunded and left once (s35 #5; its Amount label then no longer repeats it)
FORM = {"zh": "Bob，¥20 · 已退 ¥5 · 可退 ¥15", "en": "Bob, ¥20 · ¥5 refunded · ¥15 left to refund"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_consoles_refund_form_takes_an_optional_amount(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        client.cookies.set("lang", lang)
        order = f"{gid}-1"

        sent = await post_form(client, "/orders/refund", {"order": order, "confirm": "yes", "amount": "5"})
        page = html.unescape((await client.get(sent.headers["location"])).text)
        assert DONE[lang].format(order=order) in page, page
        async with world.app.uow_factory() as uow:
            [paid] = await uow.orders.for_group_buy(gid)
        assert (paid.status, paid.refunded_part) == (OrderStatus.PAID, 500)
        told = [
            row for row in await world.outbox_rows() if "¥5" in row["payload"] and "¥20" in row["payload"]
        ]
        assert told, "the buyer was told privately"

        listed = html.unescape((await client.get("/orders")).text)
        assert LISTED[lang] in listed, listed
        profile = html.unescape((await client.get(f"/members/{PLATFORM}:bob")).text)  # the buyer's orders
        assert ON_HER_PAGE[lang] in profile, profile
        dashboard = html.unescape((await client.get("/dashboard")).text)
        assert "¥15" in dashboard and "¥20" not in dashboard, dashboard  # GMV net of the part refund
        books = (await client.get("/export/ledger.csv")).text  # the ledger export names the part refund
        assert (
            f"订单 #{order} 部分退款 ¥5," if lang == "zh" else f"Order #{order} refunded ¥5 in part,"
        ) in books, books
        exported = (await client.get("/export/orders.csv")).text
        assert "部分退款" in exported if lang == "zh" else "Part refunded" in exported, exported

        asked = await post_form(client, "/orders/refund", {"order": order, "reason": ""})  # asked first
        form = html.unescape(asked.text)
        assert FORM[lang] in form, form
        once = re.search(r'name="once" value="([\w-]+)"', form)
        assert once is not None, form
        twice = {"order": order, "confirm": "yes", "amount": "1", "once": once.group(1)}
        await post_form(client, "/orders/refund", twice)
        sent = await post_form(client, "/orders/refund", twice)  # the same form sent again: refunded once
        page = html.unescape((await client.get(sent.headers["location"])).text)
        assert AGAIN[lang].format(order=order) in page, page
        async with world.app.uow_factory() as uow:
            [once_only] = await uow.orders.for_group_buy(gid)
        assert once_only.refunded_part == 600

        since = len(await world.outbox_rows())
        sent = await post_form(client, "/orders/refund", {"order": order, "confirm": "yes", "amount": "¥16"})
        page = html.unescape(sent.text)  # the form again, the error by its Amount (review 42)
        assert sent.status_code == 422 and OVER[lang].format(order=order) in page, page
        assert len(await world.outbox_rows()) == since

        sent = await post_form(client, "/orders/refund", {"order": order, "confirm": "yes", "reason": "30"})
        page = html.unescape((await client.get(sent.headers["location"])).text)
        assert IN_WORDS[lang] in page, page  # a number in the reason is never taken as the amount
        async with world.app.uow_factory() as uow:
            [still] = await uow.orders.for_group_buy(gid)
        assert (still.status, still.refunded_part) == (OrderStatus.PAID, 600)
