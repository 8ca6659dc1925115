"""Review: console answers pointed to chat commands: a batch Refund of another organiser's order or of
`zz` said "There is no order #2-1 here. Example: /paid 12-3"; Close below the target "…or /cancel to
call it off."; Hide on a hidden note "To show it again: /unhide 1" (the Restore button is there); the
tiers of an options group buy edited said "/edit #12 5kg …" for #11. The console says them in its own
words now, with the right numbers."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form, token_of


def _shown(page: str) -> str:
    return html.unescape(page)


async def test_an_order_not_there_is_answered_without_a_chat_command(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        mine = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        theirs = await world.open_group_buy("work", "dan", "Plums", target=1)
        await world.say("work", "eve", "+1")
        await world.say("family", "bob", "+1")
        client = await world.member("amy")
        token = await token_of(client)
        data = {
            "csrf": token,
            f"pick_{theirs}-1": "on",
            "pick_zz": "on",
            f"pick_{mine}-1": "on",
            "confirm": "yes",
        }
        done = await client.post("/orders/refund", data=data)
        assert done.status_code == 303
        page = _shown((await client.get("/orders")).text)
        assert f"There is no order #{theirs}-1 in your group buys: pick it in the list" in page
        assert "“zz” is not an order number (they read like 12-3: pick one in the list of orders)." in page
        assert f"#{theirs}-1: There" not in page  # named once, by the refusal
        assert "/paid" not in re.sub(r"<[^>]*>", "", page)  # the words read (a formaction is no command)


async def test_close_below_the_target_points_to_call_off(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=5)
        client = await world.member("amy")
        assert (await post_form(client, f"/group-buys/{gid}/close")).status_code == 303
        page = _shown((await client.get("/group-buys")).text)
        assert (
            "It cannot close yet: 0 of 5 so far. Wait for the deadline, or use Call off on its page" in page
        )
        assert "/cancel to call it off" not in page


async def test_hiding_a_hidden_note_points_to_restore(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes", target=5)
        await world.say("family", "bob", "/note Great mangoes from the market today, very sweet")
        client = await world.admin()
        assert (await post_form(client, "/moderation/hide", {"note": "1"})).status_code == 303
        assert (await post_form(client, "/moderation/hide", {"note": "1"})).status_code == 303
        page = _shown((await client.get("/moderation")).text)
        assert (
            "Note #1 is hidden already; nothing was changed. To show it again: Restore, under Hidden notes."
            in page
        )
        assert "/unhide 1" not in page


async def test_an_options_group_buys_tiers_are_answered_with_its_own_number(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        replies = await world.say("family", "amy", "/groupbuy Mangoes options 5kg:80,10kg:150 target 2")
        gid = next(int(r.card_of) for r in replies if r.card_of)
        assert gid != 12
        client = await world.member("amy")
        form = (await client.get(f"/group-buys/{gid}/edit")).text
        assert 'name="tiers"' in form
        answer = await post_form(client, f"/group-buys/{gid}/edit", {"tiers": "10:-5"})
        assert answer.status_code == 422
        page = _shown(answer.text)
        assert f"/edit #{gid} 5kg price 80 stock 30" in page and "#12" not in page, page
