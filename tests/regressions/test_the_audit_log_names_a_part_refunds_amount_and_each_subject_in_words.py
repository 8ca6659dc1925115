"""Review 42: `/audit?about=2-3` showed a part refund as "退款 | 订单 #2-3 | {"status": "fulfilled"} |
{"reason": "压坏了一串", …}": the ¥20 was nowhere; payouts and notes were shown by raw keys ("payout:2",
"note:1") while orders read "订单 #2-3"; and `about=order:2-3` found nothing. A refund's entry now records
how much it gave back (shown in the row), payouts and notes read `提现 #2` / `笔记 #1`, and the Subject
filter takes an order, payout or note as a row shows it or as the log writes it."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import flag, open_shop

WORDS = {
    "zh": {"order": "订单 #{n}", "payout": "提现 #1", "note": "笔记 #{n}"},
    "en": {"order": "Order #{n}", "payout": "Payout #1", "note": "Note #{n}"},  # capitalised (s34)
}


def _rows(page: str) -> str:
    return html.unescape(page.split("<tbody>")[1]) if "<tbody>" in page else ""


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_audit_log_says_each_subject_and_amount(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        shop = await open_shop(world)
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        await flag(world, shop.bob_note, "family")
        root = await world.admin()
        root.cookies.set("lang", lang)
        order = f"{shop.mangoes}-1"  # Dan's, paid ¥100 and picked up
        assert (await post_form(root, "/payouts/1/approve", {"seen": "requested"})).status_code == 303
        part = {"order": order, "confirm": "yes", "amount": "20", "reason": "压坏了一串"}
        assert (await post_form(root, "/orders/refund", part)).status_code == 303
        hide = {"note": str(shop.bob_note), "why": "ad", "seen": "flagged"}
        assert (await post_form(root, "/moderation/hide", hide)).status_code == 303
        words = {k: v.format(n=order if k == "order" else shop.bob_note) for k, v in WORDS[lang].items()}

        rows = _rows((await root.get("/audit")).text)
        assert '"amount": "¥20"' in rows and '"reason": "压坏了一串"' in rows, rows
        for said in words.values():
            assert f">{said}</span>" in rows, (said, rows)
        assert ">payout:1<" not in rows and f">note:{shop.bob_note}<" not in rows

        for kind, typed in (
            ("order", order), ("order", f"#{order}"), ("order", f"order:{order}"), ("order", words["order"]),
            ("payout", "payout:1"), ("payout", words["payout"]),
            ("note", f"note:{shop.bob_note}"), ("note", words["note"]),
        ):  # fmt: skip
            found = _rows((await root.get("/audit", params={"about": typed})).text)
            assert f">{words[kind]}</span>" in found, (typed, found)
            others = [said for other, said in words.items() if other != kind]
            assert not any(f">{said}</span>" in found for said in others), (typed, found)
