"""Session 36: on the console's ledger (and its export) only a payment read as a sentence, `Order #6-1
paid`; a refund said `Order #6-1 refunded` without how much, a part refund `refunded in part`, and a
release of commission `Order #6-1: commission freed to withdraw` whether the pickup freed it or the hold
ended. Each order's entry now says what happened and how much it moved, in zh and en: paid ¥100,
refunded ¥100, refunded ¥30 in part, picked up: commission of ¥10 freed, the hold's end, a pickup
undone."""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import timedelta
from pathlib import Path

import pytest

from commerce.services.ledger import release_held
from tests.unit.bot.console.console_client import ConsoleWorld, console_world

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")

SAID = {  # by order: Dan's picked up then undone, Cat's held to the end, Eve's refunded, Fay's in part
    "zh": {
        1: [
            "订单 #{g}-1 已付款 ¥100",
            "订单 #{g}-1 已取货，佣金 ¥10 转为可提现",
            "订单 #{g}-1 撤销已取，佣金 ¥10 改回待入账",
        ],
        2: ["订单 #{g}-2 已付款 ¥100", "订单 #{g}-2 的佣金 ¥10 到期转为可提现"],
        3: ["订单 #{g}-3 已付款 ¥100", "订单 #{g}-3 已退款 ¥100"],
        4: ["订单 #{g}-4 已付款 ¥100", "订单 #{g}-4 部分退款 ¥30"],
    },
    "en": {
        1: [
            "Order #{g}-1 paid ¥100",
            "Order #{g}-1 picked up: commission of ¥10 freed to withdraw",
            "Order #{g}-1's pickup undone: commission of ¥10 held again",
        ],
        2: ["Order #{g}-2 paid ¥100", "Order #{g}-2's hold ended: commission of ¥10 freed to withdraw"],
        3: ["Order #{g}-3 paid ¥100", "Order #{g}-3 refunded ¥100"],
        4: ["Order #{g}-4 paid ¥100", "Order #{g}-4 refunded ¥30 in part"],
    },
}


async def _shop(world: ConsoleWorld) -> int:
    replies = await world.say("family", "amy", "/groupbuy Mangoes price 100 target 2")
    gid = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "amy", "/commission 10%")
    shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
    code = CODE.search(shared)
    assert code is not None, shared
    for buyer in ("dan", "cat"):  # Bob earns on these two
        await world.say("family", buyer, f"+1 {code.group(0)}")
    for buyer in ("eve", "fay"):
        await world.say("family", buyer, "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/paid {gid}-1 {gid}-2 {gid}-3 {gid}-4")
    await world.say("family", "amy", f"已取 {gid}-1")
    await world.say("family", "amy", f"撤销已取 {gid}-1")
    await world.say("family", "amy", f"/refund {gid}-3")
    await world.say("family", "amy", f"/refund {gid}-4 ¥30")
    world.clock.advance(days=8)  # Cat's commission held to the end of the hold
    async with world.app.uow_factory() as uow:
        await release_held(uow, now=world.clock.now(), hold=timedelta(days=7))
        await uow.commit()
    return gid


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_every_orders_ledger_entry_reads_as_a_sentence_with_its_amount(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await _shop(world)
        admin = await world.admin()
        admin.cookies.set("lang", lang)
        books = (await admin.get(f"/export/ledger.csv?group_buy={gid}")).content.decode("utf-8-sig")
        described = {row[1] for row in csv.reader(io.StringIO(books)) if len(row) > 1}
        for seq, sentences in SAID[lang].items():
            page = html.unescape((await admin.get(f"/ledger?order={gid}-{seq}")).text)
            shown = set(re.findall(r"<tr><td>[^<]*</td><td>([^<]*)</td>", page))
            for sentence in sentences:
                said = sentence.format(g=gid)
                assert said in shown, (said, sorted(shown))  # the ledger page
                assert said in described, (said, sorted(described))  # and the export, alike
