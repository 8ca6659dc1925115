"""Review (session 18), the console's small wording slips: a rename's confirmation named the old title
("#7 Avocado Hass 6pcs edited" above the heading "#7 Avocado Hass 6 pcs 牛油果"); an order refused named
its number twice ("#1-1: 订单 #1-1 已经标记为已付款…"); a member stopped with a reason read
"已禁止发笔记: 发广告" (an ASCII colon in Chinese); stopping her again said "本群" on a web page;
and a page that is not there was headed "没有成功" ("that did not work")."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.api_client import shop
from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


async def test_a_rename_is_confirmed_by_its_new_title(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Avocado")
        client = await world.member("amy")
        page = (await client.get(f"/group-buys/{gid}/edit")).text
        form = {k: html.unescape(v) for k, v in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
        form.pop("csrf")
        saved = await post_form(client, f"/group-buys/{gid}/edit", {**form, "title": "Hass avocado 6 pcs"})
        assert saved.status_code == 303, saved.text
        shown = html.unescape((await client.get(saved.headers["location"])).text)
        assert f"#{gid} Hass avocado 6 pcs" in shown and f"#{gid} Avocado " not in shown


async def test_an_order_refused_is_named_once(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        s = await shop(world)
        client = await world.member("amy")
        number = f"{s.amy_gid}-1"
        assert (await post_form(client, "/orders/paid", {"order": number})).status_code == 303
        await client.get("/orders")  # its confirmation read
        again = await post_form(client, "/orders/paid", {"order": number})
        shown = html.unescape((await client.get(again.headers["location"])).text)
        assert f"Order #{number} is already marked as paid: nothing was changed." in shown
        assert f"#{number}: Order #{number}" not in shown


async def test_a_stopped_member_and_a_missing_page_read_as_chinese_does(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)
        root = await world.admin()
        root.cookies.set("lang", "zh")
        stopped = await post_form(root, "/members/playground:bob/mute", {"chat": "family", "why": "发广告"})
        assert stopped.status_code == 303
        page = html.unescape((await root.get("/members/playground:bob")).text)
        assert "已禁止发笔记：发广告" in page and "已禁止发笔记: " not in page
        again = await post_form(root, "/members/playground:bob/mute", {"chat": "family", "why": "发广告"})
        assert again.status_code == 303  # said on her profile (s41-console2)
        again_page = html.unescape((await root.get(again.headers["location"])).text)
        assert "Bob 已经不能在这个群发笔记了，没有任何改动。" in again_page
        missing = await root.get("/group-buys/999")
        assert missing.status_code == 404
        assert "<h1>找不到</h1>" in missing.text and "没有成功" not in missing.text
