"""Review 32: a code checked in the console twice answered "…由 Amy 核销提货" though admin dan did it a
second before; an unpaid order's code said "请先发“已收款 1-3”…" (chat words on a web page). The
console now says "由 管理员 dan 核销" and what to click; the chat, checking the same code, reads "管理员"
(a console login is never said in a chat)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

SAID = {
    "zh": ("由 管理员 dan 核销提货",
           "订单 #{order} 还没付款：请先在“订单”页点这单的“已收”确认收款，再核销这个取货码。没有任何改动。"),
    "en": ("by Admin dan",
           "Order #{order} is not paid yet: on the Orders page, click Mark paid on it first, then check this "
           "code again. Nothing was changed."),
}  # fmt: skip


async def _codes(world: ConsoleWorld, gid: int) -> list[str]:
    async with world.app.uow_factory() as uow:
        return [order.pickup_code or "" for order in await uow.orders.for_group_buy(gid)]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_console_names_the_admin_and_its_own_buttons(tmp_path: Path, lang: str) -> None:
    used, unpaid = SAID[lang]
    async with console_world(tmp_path) as world:
        if lang == "zh":
            await world.say("family", "amy", "/lang zh")
        gid = await world.open_group_buy("family", "amy", "Rice", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", f"/paid {gid}-1")
        await world.say("family", "amy", f"/paid {gid}-2")
        await world.say("family", "amy", f"/unpaid {gid}-2")  # a 已收 undone: its code kept, unpaid again
        bob_code, cat_code = await _codes(world, gid)
        dan = await world.admin("dan")
        dan.cookies.set("lang", lang)
        first = await post_form(dan, "/pickup", {"code": bob_code, "group_buy": str(gid)})
        assert first.status_code == 200, first.text
        again = await post_form(dan, "/pickup", {"code": bob_code, "group_buy": str(gid)})
        text = html.unescape(again.text)
        assert again.status_code == 422 and used in text, text
        assert "由 Amy" not in text and "by Amy" not in text
        assert cat_code  # an unpaid order's code
        refused = await post_form(dan, "/pickup", {"code": cat_code, "group_buy": str(gid)})
        said = html.unescape(refused.text)
        assert refused.status_code == 422 and unpaid.format(order=f"{gid}-2") in said
        assert "已收款 " not in said
        # in the chat, the same code reads "an admin", never the login
        typed = f"核销 {bob_code}" if lang == "zh" else f"/pickupcode {bob_code}"
        chat = " ".join(r.text or "" for r in await world.say("family", "amy", typed))
        assert "dan" not in chat and "console:" not in chat, chat
        assert ("由 管理员 核销" if lang == "zh" else "by An admin") in chat, chat
