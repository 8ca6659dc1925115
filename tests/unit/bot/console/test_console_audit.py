"""The audit page: admins read every change made in the console, filtered by who, what and dates."""

from __future__ import annotations

from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _two_changes(world: ConsoleWorld) -> int:
    first = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+1")
    second = await world.open_group_buy("work", "dan", "Plums", target=1)
    await world.say("work", "eve", "+1")
    assert (await post_form(await world.member("amy"), f"/group-buys/{first}/close")).status_code == 303
    world.clock.advance(days=2)
    assert (await post_form(await world.admin(), f"/group-buys/{second}/close")).status_code == 303
    return first


async def test_the_log_lists_each_change_newest_first_and_filters(world: ConsoleWorld) -> None:
    first = await _two_changes(world)
    client = await world.admin("boss")
    page = (await client.get("/audit")).text
    assert page.index("console:root") < page.index("playground:amy")  # newest first
    assert (
        '<span title="group_buy.close">Group buy closed</span>' in page
        and '<code>{"status": "succeeded"}</code>' in page
    )
    by_amy = (await client.get("/audit", params={"who": "playground:amy"})).text
    assert f"group_buy:{first}" in by_amy and "console:root" not in by_amy.split("<tbody>")[1]
    day_one = (await client.get("/audit", params={"since": "2026-11-23", "until": "2026-11-23"})).text
    assert (
        "playground:amy" in day_one.split("<tbody>")[1] and "console:root" not in day_one.split("<tbody>")[1]
    )
    none = (await client.get("/audit", params={"what": "order.refund"})).text
    assert "No changes match." in none


async def test_a_date_that_is_not_one_is_said_next_to_its_field(world: ConsoleWorld) -> None:
    client = await world.admin()
    page = await client.get("/audit", params={"since": "yesterday"})
    assert page.status_code == 422
    # nothing listed, the date said back (s41-console2: it listed the whole log beside the error)
    assert "“yesterday” is not a date, so no change is listed: write it as 2026-12-01." in page.text
    assert 'value="yesterday"' in page.text
