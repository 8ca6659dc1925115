"""Noticed in review 98 (s40): the orders page's one-time key of a 只收到 was checked after the write, in the
same transaction, so two submissions of one page at the very same moment (a double click) could both
pass. The key is now claimed first, atomically: the second, at once or after, records nothing and is told
the page recorded it already; the buyer hears of it once."""

from __future__ import annotations

import asyncio
import html
import json
import re
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, csrf_of

DONE = "已记下 #{n} 只收到 ¥20：订单仍是未付款，还差 ¥70，已告诉买家补齐。"
ALREADY = (
    "这张页面已经给订单 #{n} 记下只收到 ¥20 了，没有再记：现在共收到 ¥20，还差 ¥70。"
    "又收到一笔就在刷新后的订单页再填。"
)


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


async def _bobs_order(world: ConsoleWorld) -> tuple[int, str]:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+9")  # ¥90
    await world.say("family", "amy", "/close")
    return gid, f"{gid}-1"


async def _received(world: ConsoleWorld, gid: int) -> int:
    async with world.app.uow_factory() as uow:
        [order] = await uow.orders.for_group_buy(gid)
    return order.received_amount


async def test_two_sent_at_the_same_moment_record_it_once(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid, number = await _bobs_order(world)
        root = await world.admin()
        root.cookies.set("lang", "zh")
        page = (await root.get("/orders")).text
        once = re.search(r'name="once" value="([^"]+)"', page)
        assert once is not None
        form = {"csrf": csrf_of(page), "part": number, f"part_{number}": "20", "once": once.group(1)}
        since = len(await world.outbox_rows())
        first, second = await asyncio.gather(
            root.post("/orders/paid", data=form), root.post("/orders/paid", data=form)
        )
        assert (first.status_code, second.status_code) == (303, 303)
        assert await _received(world, gid) == 2000  # ¥20 came, recorded once
        told = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[since:]]
        assert len([reply for reply in told if reply.get("private_to") == "bob"]) == 1


async def test_a_key_claimed_by_another_submission_records_nothing(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid, number = await _bobs_order(world)
        root = await world.admin()
        root.cookies.set("lang", "zh")
        page = (await root.get("/orders")).text
        once = re.search(r'name="once" value="([^"]+)"', page)
        assert once is not None
        form = {"csrf": csrf_of(page), "part": number, f"part_{number}": "20", "once": once.group(1)}
        first = await root.post("/orders/paid", data=form)
        assert first.status_code == 303
        assert flash_of((await root.get("/orders")).text) == DONE.format(n=number)
        async with world.engine.begin() as conn:  # the audit log's word gone: only the claim answers
            await conn.exec_driver_sql("DELETE FROM console_audit")

        again = await root.post("/orders/paid", data=form)
        assert again.status_code == 303
        assert flash_of((await root.get("/orders")).text) == ALREADY.format(n=number)
        assert await _received(world, gid) == 2000
