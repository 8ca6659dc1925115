"""Session 30: since s29 the chat says a sharer's commission is "held until …" (待入账) and then "yours to
withdraw" (可提现), but the console's commission pages still said "Pending" and "Credited" (已入账): the
Commission per member list, a member's details, the organiser's view of them, the ledger's account names
and entries. They now use the chat's words, in Chinese and English."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world
from tests.unit.bot.console.people_shop import open_shop

HEADS = {  # an admin's columns; then an organiser's
    "zh": (["待入账", "可提现", "已申请提现"], ["待入账", "已转可提现"]),
    "en": (["Held", "To withdraw", "Payout requested"], ["Held", "Freed to withdraw"]),
}
LEDGER = {
    "zh": ("Bob 的待入账佣金", "Bob 的可提现佣金", "订单 #{order} 已取货，佣金 ¥10 转为可提现"),
    "en": (
        "Bob's held commission",
        "Bob's commission to withdraw",
        "Order #{order} picked up: commission of ¥10 freed to withdraw",
    ),
}
OLD = ("Pending", "Credited", "Available", "pending commission", "available commission", "已入账", "待结算")


def _heads(page: str) -> str:
    """The page's column heads, `|`-joined (its commission table's among them)."""
    return "|".join(re.findall(r"<th>(.*?)</th>", page))


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_consoles_commission_pages_say_held_and_to_withdraw(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)  # Bob's ¥10 on Dan's order, freed by its pickup
        admin, amy = await world.admin(), await world.member("amy")
        said = {"accept-language": lang}
        admins, organisers = HEADS[lang]

        for page in ("/payouts", "/members/playground%3Abob"):
            shown = html.unescape((await admin.get(page, headers=said)).text)
            assert "|".join(admins) in _heads(shown), _heads(shown)
            assert not any(word in shown for word in OLD), page
            shown = html.unescape((await amy.get(page, headers=said)).text)
            assert "|".join(organisers) in _heads(shown), _heads(shown)
            assert not any(word in shown for word in OLD), page

        ledger = html.unescape((await admin.get(f"/ledger?order={shop.mangoes}-1", headers=said)).text)
        held, to_withdraw, freed = LEDGER[lang]
        assert held in ledger and to_withdraw in ledger and freed.format(order=f"{shop.mangoes}-1") in ledger
        assert not any(word in ledger for word in OLD), ledger
