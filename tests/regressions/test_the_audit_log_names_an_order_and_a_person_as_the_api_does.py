"""Review: the audit log named one order three ways: the API `order:2` (its id), the console `order:1-2`,
and even the raw input typed in full width (`order:１-２`). And its Who filter found nobody by name or
bare id (`who=alice`, `who=Alice`), only by `playground:alice`. The console now writes the API's
`order:<id>` and says the number back as the chat reads it; Who matches a person by name or bare id,
whatever the case."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form

FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


async def test_the_console_audits_an_order_by_its_id_and_who_finds_a_person(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
        await world.say("family", "bob", "+1")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "/close")
        async with world.app.uow_factory() as uow:
            ids = {o.seq: o.id for o in await uow.orders.for_group_buy(gid)}
        amy = await world.member("amy")
        typed = f"{gid}-2".translate(FULL_WIDTH)
        assert (await post_form(amy, "/orders/paid", {"order": typed})).status_code == 303
        assert f"Marked paid: #{gid}-2 Cat. The buyer was told" in (await amy.get("/orders")).text
        [entry] = await world.audit_rows()
        assert entry["subject"] == f"order:{ids[2]}"

        admin = await world.admin()
        for who in ("amy", "Amy", "AMY", "playground:amy"):
            page = (await admin.get("/audit", params={"who": who})).text
            rows = page.split("<tbody>")[1] if "<tbody>" in page else ""
            assert "playground:amy" in rows and f"order:{ids[2]}" in rows, who
        nobody = (await admin.get("/audit", params={"who": "zed"})).text
        assert "No changes match." in nobody
