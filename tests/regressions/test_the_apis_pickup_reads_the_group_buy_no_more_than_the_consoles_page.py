"""Session 21 (C2): the API's 核销 (`POST /api/v1/pickup-codes/{code}/verify`), once the chat's command had
run, opened a unit of work of its own to read the order again and its group buy again, only for the
group buy's unit; an admin's call had read that group buy already (the one it names). It now answers
with the order read in the command's own unit of work, and an admin's with the unit read before: it
reads the group buy as often as the console's pickup page does, a member's token once more (the
page shows no unit; the API says it), and the answer is unchanged."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest

from storage.repositories import SqlGroupBuyRepository
from tests.unit.bot.console.api_client import api, pickup_code, shop, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _reads(monkeypatch: pytest.MonkeyPatch, call: Callable[[], Awaitable[Any]]) -> tuple[int, Any]:
    """How often `call` reads a group buy, and its answer."""
    reads: list[int] = []
    read = SqlGroupBuyRepository.get

    async def counted(self: SqlGroupBuyRepository, group_buy_id: int) -> Any:
        reads.append(group_buy_id)
        return await read(self, group_buy_id)

    monkeypatch.setattr(SqlGroupBuyRepository, "get", counted)
    try:
        answer = await call()
    finally:
        monkeypatch.setattr(SqlGroupBuyRepository, "get", read)
    return len(reads), answer


async def _two_paid(world: ConsoleWorld) -> tuple[int, int, int]:
    s = await shop(world)
    for order in (s.bob_order, s.cat_order):
        await world.say("family", "amy", f"/paid {s.amy_gid}-{1 if order == s.bob_order else 2}")
    return s.amy_gid, s.bob_order, s.cat_order


@pytest.mark.parametrize("role", ["admin", "organiser"])
async def test_the_apis_pickup_reads_no_more_than_the_pages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, role: str
) -> None:
    async with console_world(tmp_path) as world:
        gid, bob, cat = await _two_paid(world)
        if role == "admin":
            browser = await world.admin()  # the admin `root`, whose token this is
            client = api(world, await token_for(world, admin="root"))
            page_form, body = {"group_buy": str(gid)}, {"json": {"group_buy_id": gid}}
        else:
            browser = await world.member("amy")
            client = api(world, await token_for(world, member="playground:amy"))
            page_form, body = {}, {}
        bob_code, cat_code = await pickup_code(world, bob), await pickup_code(world, cat)

        by_page, page = await _reads(
            monkeypatch, lambda: post_form(browser, "/pickup", {"code": bob_code, **page_form})
        )
        by_api, answer = await _reads(
            monkeypatch, lambda: client.post(f"/api/v1/pickup-codes/{cat_code}/verify", **body)
        )

    assert page.status_code == 200 and "Bob" in page.text
    assert answer.status_code == 200, answer.text
    got = answer.json()
    assert (got["order"]["id"], got["order"]["status"], got["order"]["unit"]) == (cat, "fulfilled", "")
    assert f"#{gid}-2" in got["message"] and "Cat" in got["message"]
    assert by_api == by_page + (0 if role == "admin" else 1)
