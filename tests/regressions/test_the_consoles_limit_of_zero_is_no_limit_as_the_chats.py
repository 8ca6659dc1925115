"""Session 41's closing note: the chat's `/edit #1 limit 0` lifts the per-person limit, while the console's
forms refused a limit of `0` ("must be a whole number from 1 to 9999"). The console now takes `0`, as it
takes an empty field, as no limit, and the saved page says so; a negative limit is still refused, its
answer saying that 0 or an empty field means no limit."""

from __future__ import annotations

import html
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

NEW = {"chat": "family", "title": "Mangoes", "price": "88", "target": "2", "deadline": "3d"}
NONE = {
    "en": "Limit per person: none (0 or an empty field means no limit).",
    "zh": "每人限购：不限（填 0 或空着都是不限购）。",
}


async def _limit_of(world: object, group_buy_id: int) -> int | None:
    async with world.app.uow_factory() as uow:  # type: ignore[attr-defined]
        group_buy = await uow.group_buys.get(group_buy_id)
    assert group_buy is not None
    return group_buy.terms.per_person_limit


async def test_a_new_group_buy_with_a_limit_of_zero_has_none_and_says_so(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        made = await post_form(client, "/group-buys/new", {**NEW, "limit": "０"})
        assert made.status_code == 303, field_errors(made.text)
        page = html.unescape((await client.get(made.headers["location"])).text)
        assert NONE["zh"] in page
        group_buy_id = int(made.headers["location"].rsplit("/", 1)[1])
        assert await _limit_of(world, group_buy_id) is None
        await world.say("family", "bob", f"+12 #{group_buy_id}")  # any number: nobody is held to one
        async with world.app.uow_factory() as uow:
            lines = await uow.group_buys.lines_of(group_buy_id, "bob")
        assert sum(line.quantity for line in lines) == 12


async def test_an_edit_to_zero_lifts_the_limit_and_says_so(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Mangoes price 10 target 2 limit 3")
        group_buy_id = int(next(r.card_of for r in replies if r.card_of))
        client = await world.member("amy")
        path = f"/group-buys/{group_buy_id}/edit"
        loaded = await form_of(client, path)
        assert loaded["limit"] == "3"
        saved = await post_form(client, path, {**loaded, "limit": "0"})
        assert saved.status_code == 303, field_errors(saved.text)
        page = html.unescape((await client.get(saved.headers["location"])).text)
        assert NONE["en"] in page
        assert await _limit_of(world, group_buy_id) is None


async def test_a_negative_limit_is_refused_naming_zero_as_no_limit(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        bad = await post_form(client, "/group-buys/new", {**NEW, "limit": "-1"})
        assert bad.status_code == 422
        assert field_errors(bad.text)["limit"] == (
            "The limit per person must be a whole number from 1 to 9999 (you wrote -1): write one in Limit "
            "per person, e.g. 3; 0 or an empty field means no limit."
        )
