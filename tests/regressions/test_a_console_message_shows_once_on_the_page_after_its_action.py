"""Review 75 #5: the console's refund message (`Refunded ¥12 of #6-1 (paid ¥24, refunded ¥12). The buyer was
told.`) showed on every later page: the audit log, other members' pages, and still in English after switching
to 中文. A message (refund, mark paid, and every other console action's) is now shown once, on the page right
after its action, in the language that page is read in: a later page (even one sent an older copy of the
session cookie, as another tab or the back button does) no longer shows it."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import console_world, post_form

DONE = {
    ("refund", "zh"): "已退 ¥5：#{order}（已付 ¥20，已退 ¥5）。已通知买家。",
    ("refund", "en"): "Refunded ¥5 of #{order} (paid ¥20, refunded ¥5). The buyer was told.",
    ("paid", "zh"): "已确认收款：#{order}（Bob）。已通知买家，并发了取货码。",
    ("paid", "en"): "Marked paid: #{order} Bob. The buyer was told, with their pickup code.",
}


def flashes(page: httpx.Response) -> list[str]:
    return re.findall(r'<p class="flash[^"]*" role="status">(.*?)</p>', html.unescape(page.text), re.S)


@pytest.mark.parametrize("action", ["refund", "paid"])
@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_console_message_is_shown_once(tmp_path: Path, lang: str, action: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        if action == "refund":
            await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        client.cookies.set("lang", lang)
        order = f"{gid}-1"
        form = {"order": order, "confirm": "yes", "amount": "¥5", "reason": "一个坏了"}
        response = await post_form(
            client, f"/orders/{action}", form if action == "refund" else {"order": order}
        )
        assert response.status_code == 303
        with_message = client.cookies["tuan_console"]  # the cookie as the action left it

        after = await client.get(response.headers["location"])
        assert flashes(after) == [DONE[action, lang].format(order=order)]

        for path in ("/audit", "/members/playground:cat", "/members/playground:cat", "/orders"):
            assert flashes(await client.get(path)) == [], path
        # an older copy of the cookie (another tab, the back button, a client that kept it): never again
        for path in ("/audit", "/members/playground:cat"):
            client.cookies.set("tuan_console", with_message)
            assert flashes(await client.get(path)) == [], path
        client.cookies.set("tuan_console", with_message)
        client.cookies.set("lang", "zh" if lang == "en" else "en")  # the interface switched
        assert flashes(await client.get("/audit")) == []
