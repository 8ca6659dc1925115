"""Review 98 #10: 只收到 ¥20 on a stale `/orders` page of #6-1, which Amy had marked paid in the chat
meanwhile, was refused `订单 #6-1 已经标记为已付款，没有任何改动。如果是误点，发 撤销已收 6-1`: a chat
command to send from the console. It now names the row's own 撤销已收 button; nothing is changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


SAID = {
    "zh": "订单 #{n} 已经标记为已付款，没有任何改动。如果是误点，在订单页点这单的“撤销已收”。",
    "en": "Order #{n} is already marked as paid: nothing was changed. If that was a mistake,"
    " click “Undo paid” on its row of the Orders page.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_refusal_names_the_rows_button(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+9")
        await world.say("family", "amy", "/close")
        number = f"{gid}-1"
        root = await world.admin()
        root.cookies.set("lang", lang)
        await world.say("family", "amy", f"/paid {number}")  # meanwhile, in the chat

        done = await post_form(root, "/orders/paid", {"part": number, f"part_{number}": "20"})
        assert done.status_code == 303
        shown = flash_of((await root.get("/orders")).text)
        assert shown == SAID[lang].format(n=number)
        assert "/unpaid" not in shown and "发 撤销已收" not in shown
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.status.value == "paid" and order.received_amount == 0
