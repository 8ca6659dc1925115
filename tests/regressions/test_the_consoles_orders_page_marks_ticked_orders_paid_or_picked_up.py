"""Review s21 (finding 5): the console's orders page had tick boxes but only one batch button, Refund the
ticked orders; each line's Mark paid marked that line's order alone, whatever was ticked, so marking a
dozen transfers paid meant a dozen clicks (README promised orders "ticked in the console"). The page now
has Mark the ticked orders paid and Mark the ticked orders picked up beside it."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


def _batch_action(page: str, label: str) -> str:
    """Where the page's batch button labelled `label` sends the ticked orders (its `formaction`)."""
    found = re.search(r'<button type="submit" formaction="([^"]+)">' + re.escape(label) + "</button>", page)
    assert found is not None, f"no button {label!r} on the page"
    return found.group(1)


async def test_ticked_orders_are_marked_paid_then_picked_up_in_one_click_each(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
        for buyer in ("bob", "cat", "dan"):
            await world.say("family", buyer, "+1")
        await world.say("family", "amy", "/close")
        amy = await world.member("amy")
        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"}

        paid_at = _batch_action((await amy.get("/orders")).text, "Mark the ticked orders paid")
        assert (await post_form(amy, paid_at, ticked)).status_code == 303
        page = (await amy.get("/orders")).text

        assert (
            f"Marked paid: #{gid}-1 Bob, #{gid}-2 Cat. Each buyer was told, with their pickup code." in page
        )
        mine = (await world.say("family", "dan", "/orders", private=True))[0].text
        unticked = f"#{gid}-3 Mangoes (group buy #{gid} by Amy in Family Group): 1 × ¥10 = ¥10 · to pay\n"
        assert unticked in mine, mine  # then how to pay it (s40)

        picked_at = _batch_action(page, "Mark the ticked orders picked up")
        assert (await post_form(amy, picked_at, ticked)).status_code == 303

        after = (await amy.get("/orders")).text
        assert f"Picked up: #{gid}-1, #{gid}-2. The card ticks each of them." in after


async def test_the_chinese_page_names_its_batch_buttons(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "芒果", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        amy = await world.member("amy")
        page = (await amy.get("/orders", headers={"Accept-Language": "zh-CN"})).text

        assert _batch_action(page, "所选订单标记已收").startswith("/orders/paid")
        assert _batch_action(page, "所选订单标记已取").startswith("/orders/picked-up")
        assert f"pick_{gid}-1" in page
