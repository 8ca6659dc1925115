"""The console's group-buy page said the waiting list only as a count (`已售罄 · 候补 2 人`): it now
lists who waits, for how many and since when, in queue order (`1. Cat · 2 份 · … 起`), in Chinese and
English, as the organiser must know whom the next freed unit goes to."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_the_console_group_buy_page_lists_who_waits_in_queue_order(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 芒果 价格 10 库存 2")
        await world.say("family", "bob", "+2")
        await world.say("family", "cat", "候补 2")
        world.clock.advance(minutes=5)
        await world.say("family", "dan", "候补 1")
        admin = await world.admin()

        page = (await admin.get("/group-buys/1")).text
        assert "<dt>Waiting list (in queue order)</dt>" in page
        [shown] = [line for line in page.splitlines() if "1. Cat" in line]
        assert "1. Cat · 2 units · since " in shown, shown
        assert "2. Dan · 1 unit · since " in page
        assert page.index("1. Cat") < page.index("2. Dan")

        admin.cookies.set("lang", "zh")
        page = (await admin.get("/group-buys/1")).text
        assert "<dt>候补（按排队顺序）</dt>" in page
        assert "1. Cat · 2 份 · " in page and "2. Dan · 1 份 · " in page
        assert "起" in page.split("2. Dan · 1 份 · ")[1].splitlines()[0]
