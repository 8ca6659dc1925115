"""s28: the console had no way to bring back an order cancelled unpaid (the chat's `恢复订单 1-2`): the
orders page now offers Restore on a cancelled order's line, to its organiser and to an admin; it runs the
chat's `/restore 1-2` (the buyer told privately as in the chat, an admin's act said as an admin's and told
to the organiser, the card updated), audited as `order.restore`; the chat's refusals (the stock gone,
refunded, not cancelled) are shown on the page, nothing changed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import sqlalchemy as sa

from storage.tables import group_buys
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _two_cancelled(world: ConsoleWorld) -> int:
    """Amy's Mangoes in the family chat, closed, both orders (Bob's #gid-1, Cat's #gid-2) cancelled."""
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
    await world.say("family", "bob", "+1")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/cancel {gid}-1")
    await world.say("family", "amy", f"/cancel {gid}-2")
    return gid


async def _status(world: ConsoleWorld, gid: int) -> dict[int | None, str]:
    async with world.app.uow_factory() as uow:
        return {order.seq: order.status.value for order in await uow.orders.for_group_buy(gid)}


async def _private_since(world: ConsoleWorld, before: int) -> dict[str, str]:
    rows = (await world.outbox_rows())[before:]
    replies = [json.loads(row["payload"])["reply"] for row in rows]
    return {reply["private_to"]: reply.get("text", "") for reply in replies if reply.get("private_to")}


def _flash(page: str) -> list[tuple[str, str]]:
    """The page's flash: (its class, `flash` or `flash error`; its text)."""
    return re.findall(r'<p class="(flash[^"]*)" role="status">(.*?)</p>', page)


async def test_the_organiser_restores_a_cancelled_order_from_the_orders_page(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _two_cancelled(world)
        client = await world.member("amy")
        page = (await client.get("/orders")).text
        assert f'formaction="/orders/restore" name="order" value="{gid}-2">Restore order</button>' in page
        before = len(await world.outbox_rows())

        done = await post_form(client, "/orders/restore", {"order": f"{gid}-2"})

        assert done.status_code == 303
        page = (await client.get("/orders")).text
        restored = f"Restored: #{gid}-2, waiting for payment again. The buyer was told."
        assert _flash(page) == [("flash", restored)]
        assert f'formaction="/orders/restore" name="order" value="{gid}-2"' not in page  # unpaid again
        assert await _status(world, gid) == {1: "cancelled", 2: "pending_payment"}
        assert await _private_since(world, before) == {
            "cat": f"Amy brought back your order #{gid}-2 (Mangoes, ¥10). If you paid already, send /ipaid "
            f"{gid}-2; if not, send it once you have paid."
        }
        rows = (await world.outbox_rows())[before:]
        assert any(json.loads(row["payload"])["reply"].get("card_of") == gid for row in rows)  # the card
        [entry] = await world.audit_rows()
        assert (entry["action"], entry["actor"]) == ("order.restore", "playground:amy")
        assert json.loads(entry["before"]) == {"status": "cancelled"}
        assert json.loads(entry["after"]) == {"status": "pending_payment"}

        again = await post_form(client, "/orders/restore", {"order": f"{gid}-2"})  # a stale page

        assert again.status_code == 303
        said = f"Order #{gid}-2 is not cancelled: there is nothing to bring back. Nothing was changed."
        assert _flash((await client.get("/orders")).text) == [("flash error", said)]
        assert len(await world.audit_rows()) == 1


async def test_an_admins_restore_is_said_in_chinese_and_told_to_the_organiser(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _two_cancelled(world)
        admin = await world.admin()
        admin.cookies.set("lang", "zh")
        assert "恢复订单</button>" in (await admin.get("/orders")).text
        before = len(await world.outbox_rows())

        await post_form(admin, "/orders/restore", {"order": f"{gid}-1"})

        page = (await admin.get("/orders")).text
        assert _flash(page) == [("flash", f"已恢复订单：#{gid}-1，又在等待付款。已通知买家。")]
        assert await _status(world, gid) == {1: "pending_payment", 2: "cancelled"}
        told = await _private_since(world, before)
        assert told["bob"].startswith(f"An admin brought back your order #{gid}-1 (Mangoes, ¥10).")
        assert told["amy"] == (
            f"Admin root brought back order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10: "
            "it is waiting for payment again."
        )


async def test_a_restore_the_chat_refuses_is_refused_on_the_page(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _two_cancelled(world)
        async with world.engine.begin() as conn:  # a unit of the stock gone meanwhile: 1 left
            await conn.execute(sa.update(group_buys).where(group_buys.c.id == gid).values(stock=1))
        await world.say("family", "amy", f"/restore {gid}-1")  # Bob's takes it
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        await post_form(client, "/orders/restore", {"order": f"{gid}-2"})

        said = f"订单 #{gid}-2 有 1 份，但现在只剩 0 份，不能恢复，没有任何改动。"
        assert _flash((await client.get("/orders")).text) == [("flash error", said)]
        assert await _status(world, gid) == {1: "pending_payment", 2: "cancelled"}
        await world.say("family", "amy", f"/paid {gid}-1")
        await world.say("family", "amy", f"/refund {gid}-1")

        await post_form(client, "/orders/restore", {"order": f"{gid}-1"})

        said = f"订单 #{gid}-1 已退款，不能恢复，没有任何改动。"
        assert _flash((await client.get("/orders")).text) == [("flash error", said)]
        assert await _status(world, gid) == {1: "refunded", 2: "cancelled"}
        assert [e["action"] for e in await world.audit_rows()] == []  # nothing restored from the page
