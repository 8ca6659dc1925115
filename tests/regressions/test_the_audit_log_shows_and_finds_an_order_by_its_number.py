"""Review: the audit log named orders "order:8" while the console and the chat call it #3-2, and no
filter found an order's changes. Rows now show the number users see ("Order #3-2" since s34, the subject as
written, `order:8`, in its title), and the Subject filter takes "#3-2" or "3-2"."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, order_id, token_for
from tests.unit.bot.console.console_client import console_world, post_form


def _rows(page: str) -> str:
    return page.split("<tbody>")[1] if "<tbody>" in page else ""


async def test_the_audit_log_shows_and_finds_an_order_by_its_number(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "/close")
        cats = await order_id(world, gid, 2)
        amy = await world.member("amy")
        assert (await post_form(amy, "/orders/paid", {"order": f"{gid}-1"})).status_code == 303
        paid = await api(world, await token_for(world, member="playground:amy")).post(
            f"/api/v1/orders/{cats}/paid"
        )
        assert paid.status_code == 200, paid.text
        admin = await world.admin()

        everything = _rows((await admin.get("/audit")).text)
        assert f'<span title="order:{cats}">Order #{gid}-2</span>' in everything
        assert f">Order #{gid}-1</span>" in everything

        for typed in (f"#{gid}-2", f"{gid}-2", f"＃{gid}－2", f"order:{cats}"):
            rows = _rows((await admin.get("/audit", params={"about": typed})).text)
            assert f"Order #{gid}-2" in rows, typed
            assert f"Order #{gid}-1" not in rows, typed
        none = await admin.get("/audit", params={"about": f"#{gid}-9"})
        assert "No changes match." in none.text
