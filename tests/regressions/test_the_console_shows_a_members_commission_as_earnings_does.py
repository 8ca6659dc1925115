"""The console's /payouts page and a member's profile said "Available ¥10" for Bob whose /earnings said
¥0 because it had been paid out (an organiser's view counted only her orders' postings, never the
payout that took the money). An admin now sees the member's figures as /earnings says them (pending,
available, and the payouts' money requested, approved, paid out); an organiser sees what her orders
credited, under that word."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop


def commission(page: str) -> tuple[list[str], list[str]]:
    flat = re.sub(r"\s+", " ", page)
    found = re.search(r"<h2>Commission[^<]*</h2>.*?<thead>(.*?)</thead> <tbody>(.*?)</tbody>", flat)
    assert found is not None, flat
    head, body = found.groups()
    return re.findall(r"<th>(.*?)</th>", head), re.findall(r"<td>(.*?)</td>", body)


async def test_the_console_shows_a_members_commission_as_earnings_does(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)  # Bob earned ¥10 on Amy's Mangoes
        admin, amy = await world.admin(), await world.member("amy")
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
        assert commission((await admin.get("/payouts")).text) == (
            ["Member", "Held", "To withdraw", "Payout requested", "Approved, on its way", "Paid out"],
            ["Bob", "¥0", "¥0", "¥0", "¥10", "¥0"],
        )
        assert (await post_form(admin, "/payouts/1/pay")).status_code == 303
        earnings = (await world.say("bob", "bob", "/earnings", private=True))[0].text
        assert "Yours to withdraw: ¥0" in earnings and "Payout #1: ¥10, paid to you" in earnings
        assert commission((await admin.get("/payouts")).text)[1] == ["Bob", "¥0", "¥0", "¥0", "¥0", "¥10"]
        profile = commission((await admin.get("/members/playground%3Abob")).text)
        assert profile[1] == ["CNY", "¥0", "¥0", "¥0", "¥0", "¥10"]
        for page in ("/payouts", "/members/playground%3Abob"):
            head, cells = commission((await amy.get(page)).text)
            # the organiser's own table: what was freed, and of it what was paid out (s36-console2)
            at = head.index("Held")
            assert head[at : at + 2] == ["Held", "Freed to withdraw"] and "To withdraw" not in head
            assert cells[at : at + 2] == ["¥0", "¥10"]
