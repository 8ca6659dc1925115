"""Review 51, finding 10: the console opened in the shop's TUAN_LANGUAGE (Chinese) for an English-speaking
admin, and `/ledger` showed only an empty search form (账本 订单 成员 查看). A language chosen with the
中文 · English switch is kept in the browser (a year's cookie) through logging out and in again; a member
logging in with the `/console` link, having chosen none in that browser, gets the language she set for her
private chat with the bot (`/lang en`); `/ledger` with no search shows the latest entries and what to
type to see one order's."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, login, post_form
from tests.unit.bot.console.people_shop import open_shop


def _chinese_shop(world: ConsoleWorld) -> None:
    web = world.web
    web.state.default_language = "zh"  # TUAN_LANGUAGE=zh
    web.state.console.default_language = "zh"


async def test_a_chosen_language_survives_logging_out_and_in(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        _chinese_shop(world)
        admin = await world.admin()
        assert "账本" in (await admin.get("/ledger")).text

        await admin.get("/lang/en")
        assert ">Ledger<" in (await admin.get("/ledger")).text
        await post_form(admin, "/logout")
        assert (await login(admin, "root", "correct horse")).status_code == 303
        page = (await admin.get("/ledger")).text
        assert ">Ledger<" in page and "账本" not in page


async def test_a_member_logging_in_by_link_gets_her_private_chats_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        _chinese_shop(world)
        await world.open_group_buy("family", "amy", "Mangoes")
        await world.say("amy", "amy", "/lang en", private=True)
        amy = await world.member("amy", spoken=True)
        assert ">Ledger<" in (await amy.get("/ledger")).text

        await world.say("bob", "bob", "/lang zh", private=True)
        await world.open_group_buy("family", "bob", "Plums")
        bob = await world.member("bob", spoken=True)
        assert "账本" in (await bob.get("/ledger")).text


async def test_the_ledger_with_no_search_shows_the_latest_entries(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        empty = await world.admin("first")
        page = (await empty.get("/ledger", headers={"accept-language": "en"})).text
        none = "No entries yet: payments, refunds, commissions and payouts appear here as they happen."
        assert none in page

        shop = await open_shop(world)  # Dan's Mangoes order paid: its postings are the latest
        admin = await world.admin()
        en = (await admin.get("/ledger", headers={"accept-language": "en"})).text
        assert "The latest entries are below. To see one order&#39;s or one member&#39;s" in en
        assert f"#{shop.mangoes}-1" in en and "<code>buyer:dan</code>" in en
        zh = (await admin.get("/ledger", headers={"accept-language": "zh"})).text
        assert "下面是最近的记录。" in zh
        assert len(re.findall(r"<tr><td>", zh)) >= 2
