"""Task s21 A2: the console's 撤销已收 (Undo paid) said "Marked not paid: #1-1. The buyer was told." while
the undo had also taken back the commission the payment credited to a sharer (the chat's answer says
`这笔付款记的佣金 ¥10 也已撤回。`, and the sharer is told privately). The flash now says it too: which
order's commission, how much, and that the earner was told; an undo with no commission reads as before."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")


async def _shared_and_paid(world: ConsoleWorld) -> int:
    """Amy's Mangoes (¥100, sharers earn 10%): Dan and Eve join by Bob's share code (#1, #2), Cat by
    herself (#3); closed, all three marked paid."""
    replies = await world.say("family", "amy", "/groupbuy Mangoes price 100 target 2")
    gid = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "amy", "/commission 10%")
    shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
    code = CODE.search(shared)
    assert code is not None, shared
    await world.say("family", "dan", f"+1 {code.group(0)}")
    await world.say("family", "eve", f"+1 {code.group(0)}")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/paid {gid}-1 {gid}-2 {gid}-3")
    return gid


async def test_the_consoles_undo_paid_says_the_commission_it_took_back(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _shared_and_paid(world)
        amy = await world.member("amy")

        assert (await post_form(amy, "/orders/unpaid", {"order": f"{gid}-1"})).status_code == 303
        page = html.unescape((await amy.get("/orders")).text)

        assert f"Marked not paid: #{gid}-1. The buyer was told." in page
        assert (
            f"Commission taken back with it: #{gid}-1 Bob's ¥10 sharer's commission; told privately: Bob."
            in page
        )


async def test_a_batch_undo_says_each_orders_commission(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _shared_and_paid(world)
        amy = await world.member("amy")
        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", f"pick_{gid}-3": "on"}

        assert (await post_form(amy, "/orders/unpaid", ticked)).status_code == 303
        page = html.unescape((await amy.get("/orders")).text)

        assert f"Marked not paid: #{gid}-1, #{gid}-2, #{gid}-3. Each buyer was told." in page
        assert (
            f"Commission taken back with it: #{gid}-1 Bob's ¥10 sharer's commission, "
            f"#{gid}-2 Bob's ¥10 sharer's commission; told privately: Bob." in page
        )


async def test_an_undo_with_no_commission_says_none(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _shared_and_paid(world)
        amy = await world.member("amy")

        assert (await post_form(amy, "/orders/unpaid", {"order": f"{gid}-3"})).status_code == 303
        page = html.unescape((await amy.get("/orders")).text)

        assert f"Marked not paid: #{gid}-3. The buyer was told." in page
        assert "Commission taken back" not in page
