"""An edit form's emptied field: an optional one is removed (the chat's own /edit service, the group
told, the card updated), a required one is refused beside it with nothing changed."""

from __future__ import annotations

import html
import json
import re
from typing import Any

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, post_form

OPEN = "/groupbuy Mangoes price 10 tiers 5:9 target 3 stock 40 limit 4 pickup Gate 3 payment WeChat to Amy"


async def _opened(world: ConsoleWorld) -> int:
    replies = await world.say("family", "amy", OPEN)
    [gid] = [int(r.card_of) for r in replies if r.card_of]
    return gid


async def _form(client: Any, gid: int) -> dict[str, str]:
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = {name: html.unescape(value) for name, value in re.findall(r'name="(\w+)" value="([^"]*)"', page)}
    form.pop("csrf")
    form.pop("once", None)  # this page load's own token: each load has its own
    return form


async def _told(world: ConsoleWorld, since: int) -> list[tuple[str, dict[str, Any]]]:
    rows = (await world.outbox_rows())[since:]
    return [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]


async def test_emptied_pickup_and_payment_note_are_cleared_and_the_chat_sees_it(world: ConsoleWorld) -> None:
    gid = await _opened(world)
    card = (await world.app.render_card(gid)).text or ""
    assert "Pickup: Gate 3" in card
    client = await world.member("amy")
    form = await _form(client, gid)
    assert (form["pickup"], form["payment"]) == ("Gate 3", "WeChat to Amy")
    since = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "pickup": "", "payment": ""})
    assert response.status_code == 303, response.text
    sent = await _told(world, since)
    told = [reply["text"] for chat, reply in sent if chat == "family" and "text" in reply]
    assert told == [f"Updated Mangoes (#{gid}): no pickup point, no payment note."], told
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)  # the card follows
    card = (await world.app.render_card(gid)).text or ""
    assert "Pickup" not in card and "Gate 3" not in card
    again = await _form(client, gid)
    assert (again["pickup"], again["payment"], again["price"]) == ("", "", "10.00")  # the rest as it was
    [entry] = [e for e in await world.audit_rows() if e["action"] == "group_buy.edit"]
    assert json.loads(entry["after"]) == {"pickup": "", "payment": ""}


async def test_emptied_caps_and_tiers_are_removed_with_a_typed_change_in_one_edit(
    world: ConsoleWorld,
) -> None:
    gid = await _opened(world)
    client = await world.member("amy")
    form = await _form(client, gid)
    since = len(await world.outbox_rows())
    changed = {**form, "price": "8", "tiers": "", "stock": "", "limit": ""}
    response = await post_form(client, f"/group-buys/{gid}/edit", changed)
    assert response.status_code == 303, response.text
    told = [r["text"] for chat, r in await _told(world, since) if chat == "family" and "text" in r]
    assert told == [
        f"Updated Mangoes (#{gid}): price ¥8, no more tiers, no stock limit, no limit per person.\n"
        "Price changed: ¥10 → ¥8"  # nobody joined yet: not "for everyone"
    ], told
    again = await _form(client, gid)
    assert (again["price"], again["tiers"], again["stock"], again["limit"]) == ("8.00", "", "", "")
    joined = await world.say("family", "bob", "+6")  # the limit of 4 is gone
    assert not any("limited to" in (r.text or "") for r in joined), [r.text for r in joined]
    card = (await world.app.render_card(gid)).text or ""
    assert "Bob" in card and "Limit" not in card and "Stock left" not in card


@pytest.mark.parametrize("field", ["title", "price", "target", "deadline"])
async def test_an_emptied_required_field_is_refused_beside_it_and_nothing_changes(
    world: ConsoleWorld, field: str
) -> None:
    gid = await _opened(world)
    client = await world.member("amy")
    form = await _form(client, gid)
    since = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, field: "", "pickup": ""})
    assert response.status_code == 422
    found = dict(re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', response.text))
    assert found == {field: "This field cannot be emptied: write what it should be (nothing was changed)."}
    assert len(await world.outbox_rows()) == since
    assert (await _form(client, gid)) == form  # the pickup too: nothing changed


async def test_the_required_field_message_in_chinese(world: ConsoleWorld) -> None:
    gid = await _opened(world)
    client = await world.member("amy")
    form = await _form(client, gid)
    client.headers["accept-language"] = "zh-CN"
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "title": ""})
    assert response.status_code == 422
    assert (
        '<p id="title-error" class="field-error">这一栏不能清空：请填写内容（没有任何改动）。</p>'
        in response.text
    )


async def test_a_field_the_form_does_not_post_stays_as_it_is(world: ConsoleWorld) -> None:
    gid = await _opened(world)
    client = await world.member("amy")
    response = await post_form(client, f"/group-buys/{gid}/edit", {"stock": "30"})  # a script's form
    assert response.status_code == 303, response.text
    again = await _form(client, gid)
    assert (again["stock"], again["pickup"], again["title"]) == ("30", "Gate 3", "Mangoes")


async def test_clearing_a_field_someone_else_changed_meanwhile_is_a_clash_beside_it(
    world: ConsoleWorld,
) -> None:
    gid = await _opened(world)
    client = await world.member("amy")
    form = await _form(client, gid)
    await world.say("family", "amy", f"/edit #{gid} pickup Gate 5")  # meanwhile, in the chat
    clash = await post_form(client, f"/group-buys/{gid}/edit", {**form, "pickup": ""})
    assert clash.status_code == 422
    assert "Gate 5" in html.unescape(clash.text) and "someone else" in clash.text
    assert (await _form(client, gid))["pickup"] == "Gate 5"


async def test_emptied_tiers_that_would_make_it_dearer_are_refused_beside_them(world: ConsoleWorld) -> None:
    gid = await _opened(world)  # 5+ at ¥9: without the tier, five would cost more
    await world.say("family", "bob", f"+1 #{gid}")  # prices only go down once someone joined
    client = await world.member("amy")
    form = await _form(client, gid)
    since = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "tiers": ""})
    assert response.status_code == 422
    found = dict(re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', response.text))
    assert list(found) == ["tiers"] and "¥9" in html.unescape(found["tiers"]), found
    assert len(await world.outbox_rows()) == since
    assert (await _form(client, gid))["tiers"] == form["tiers"]
