"""The console's `/ledger` listed only the newest 20 postings, with no way to older ones: an admin
auditing money never saw what came before. Each page now ends on a whole transaction, with Older
(`?before=`, the last transaction shown: keyset paging, so a page stays the same while new entries
arrive) and back to the newest, in the admin's language; a page of no entry (`?before=abc`, `-1`, a
huge number) is said, 422, never a 500 nor the first page passed off as it."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world

SAID = {
    "en": {
        "older": "Older entries →",
        "newest": "← Newest entries",
        "shown": "Older entries, newest first; each page ends on a whole transaction.",
        "bad": "There is no ledger entry “{typed}” to list older entries from, so nothing is listed: "
        "start again from the newest entries.",
    },
    "zh": {
        "older": "更早的记录 →",
        "newest": "← 最新的记录",
        "shown": "下面是更早的记录，从新到旧；每页都以完整的一笔交易结束。",
        "bad": "账本里没有记录“{typed}”，无法从它往前翻，所以没有列出记录：请从最新的记录重新开始。",
    },
}
BUYER = re.compile(r"<tr><td>[^<]*</td><td>[^<]*#\d+-(\d+)[^<]*</td><td>(?:Buyer|买家) ")


def _orders(page: str) -> list[int]:
    """The orders whose payment a page lists, top to bottom (by their number in the group buy)."""
    return [int(n) for n in BUYER.findall(page)]


def _links(page: str) -> dict[str, tuple[str, str]]:
    """The page's pager: rel -> (address, words)."""
    found = re.findall(r'<a href="([^"]+)" rel="(first|next)">([^<]+)</a>', page)
    return {rel: (html.unescape(href), html.unescape(words)) for href, rel, words in found}


async def _paid(world: ConsoleWorld, count: int) -> int:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    for n in range(1, count + 1):
        await world.say("family", f"b{n:02d}", f"+1 #{gid}")
    await world.say("family", "amy", f"/close #{gid}")
    await world.say("family", "amy", "/paid " + " ".join(f"{gid}-{n}" for n in range(1, count + 1)))
    return gid


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_an_admin_pages_from_the_newest_entries_to_the_oldest(tmp_path: Path, lang: str) -> None:
    said = SAID[lang]
    async with console_world(tmp_path) as world:
        await _paid(world, 25)  # 25 transactions of 2 postings: 3 pages of 20 postings at most
        admin = await world.admin()
        admin.cookies.set("lang", lang)

        first = await admin.get("/ledger")
        assert first.status_code == 200
        assert _orders(first.text) == list(range(25, 15, -1))
        older = _links(first.text)
        assert list(older) == ["next"] and older["next"][1] == said["older"]
        assert re.fullmatch(r"/ledger\?before=\d+", older["next"][0])

        second = await admin.get(older["next"][0])
        assert second.status_code == 200 and said["shown"] in html.unescape(second.text)
        assert _orders(second.text) == list(range(15, 5, -1))
        links = _links(second.text)
        assert links["first"] == ("/ledger", said["newest"]) and links["next"][1] == said["older"]

        third = await admin.get(links["next"][0])
        assert third.status_code == 200
        assert _orders(third.text) == [5, 4, 3, 2, 1]  # every order on exactly one page
        assert _links(third.text) == {"first": ("/ledger", said["newest"])}  # the oldest: no Older

        again = await admin.get(_links(third.text)["first"][0])
        assert _orders(again.text) == _orders(first.text)


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("typed", ["abc", "-5", str(2**63), "1" * 5000])
async def test_a_page_of_no_entry_is_said_not_a_500(tmp_path: Path, lang: str, typed: str) -> None:
    async with console_world(tmp_path) as world:
        await _paid(world, 3)
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        page = await admin.get("/ledger", params={"before": typed})
        assert page.status_code == 422
        shown = typed if len(typed) <= 40 else typed[:39] + "…"
        assert SAID[lang]["bad"].format(typed=shown) in html.unescape(page.text)
        assert _orders(page.text) == []  # nothing listed as if it were that page
        assert _links(page.text) == {"first": ("/ledger", SAID[lang]["newest"])}
