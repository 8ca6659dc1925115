"""The console's figures agree with /mine: a failed or cancelled group buy sold nothing (its lines are
listed as what was asked for, without money, and the export's total leaves them out), and refunded
units are not sold (the group buys page's "Sold / target" counts what is sold now, as /mine, and says
them apart beside it)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from handlers.types import Reply
from tests.unit.bot.console.console_client import ConsoleWorld


def _gid(replies: Sequence[Reply]) -> int:
    return next(int(reply.card_of) for reply in replies if reply.card_of)


async def test_the_group_buys_page_sells_nothing_of_a_cancelled_one_and_leaves_refunds_out(
    world: ConsoleWorld,
) -> None:
    apples = _gid(await world.say("family", "amy", "/groupbuy Apples price 10 target 1"))
    await world.say("family", "bob", "+3")
    await world.say("family", "amy", f"/cancel #{apples} confirm")
    mangoes = _gid(await world.say("family", "amy", "/groupbuy Mangoes price 20 target 3"))
    await world.say("family", "bob", "+8")
    await world.say("family", "cat", "+2")
    await world.say("family", "amy", f"/close #{mangoes}")
    await world.say("family", "amy", f"/paid {mangoes}-2")
    await world.say("family", "amy", f"/refund {mangoes}-2")
    client = await world.member("amy")

    page = (await client.get("/group-buys")).text

    assert "<td>0</td>" in page and "<td>3</td>" not in page  # Apples, cancelled (target 1: no target)
    # Mangoes: what is sold now, as /mine and its card, Cat's 2 refunded said beside it (s28)
    assert "<td>8/3 · refunded: 2 units</td>" in page and "<td>10/3" not in page
    mine = (await world.say("family", "amy", "/mine", private=True))[0].text
    assert f"#{mangoes} Mangoes · reached its target · 8 units" in mine
    assert f"#{apples} Apples · cancelled · 0 units" in mine
    assert "<dd>0</dd>" in (await client.get(f"/group-buys/{apples}")).text


async def test_the_orders_export_lists_a_failed_group_buys_lines_as_not_sold_and_out_of_the_total(
    world: ConsoleWorld,
) -> None:
    plums = _gid(await world.say("family", "amy", "/groupbuy Plums price 10 target 1"))
    await world.say("family", "bob", "+2")
    await world.say("family", "amy", f"/close #{plums}")
    peaches = _gid(await world.say("family", "amy", "/groupbuy Peaches price 18 target 5"))
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", f"/cancel #{peaches} confirm")
    client = await world.member("amy")

    response = await client.get("/export/orders.csv")  # All: every group buy of hers

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    cat = next(row for row in rows if row[2] == "Cat")
    assert cat[0] == f"#{peaches} Peaches" and cat[5] == "1"
    assert cat[8] == "" and cat[10] == "Not sold"  # asked for, no money, never "No order yet"
    assert rows[-1][0] == "Total" and rows[-1][5] == "2" and rows[-1][8] == "20.00"  # Bob's Plums only
