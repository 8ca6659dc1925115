"""Closing a group buy from the console: the chat's own 截单, told to the chat, audited."""

from __future__ import annotations

import json

from tests.unit.bot.console.console_client import ConsoleWorld, post_form


async def _ready(world: ConsoleWorld) -> int:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=2)
    await world.say("family", "bob", "+1")
    await world.say("family", "cat", "+1")
    return gid


async def test_an_organiser_closes_their_group_buy_and_the_chat_is_told_as_by_jiedan(
    world: ConsoleWorld,
) -> None:
    gid = await _ready(world)
    client = await world.member("amy")
    before = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/close")
    assert response.status_code == 303 and response.headers["location"] == "/group-buys"
    page = await client.get("/group-buys")
    assert f"#{gid} Mangoes is closed; the chat was told and buyers get their orders." in page.text
    assert "<td>Succeeded</td>" in page.text
    rows = (await world.outbox_rows())[before:]
    assert {row["topic"] for row in rows} == {"send:playground"}
    sent = [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]
    assert ("family", {"card_of": gid, "chat_id": "family"}) in sent  # the card updates
    closing = (
        f"✅ Mangoes (#{gid}) succeeded at ¥10 each: 2 orders, 2 units. Ask the organiser Amy how to pay, "
        "then send /ipaid with your order number (e.g. /ipaid 1-1); they confirm it. "
        "Each buyer's order was sent in a private message; anyone I cannot message is told in the group."
    )
    assert (
        "family",
        {"text": closing, "chat_id": "family", "language": "en", "extra": {"about": str(gid)}},
    ) in sent  # as 截单 says it
    orders = {chat: reply["text"] for chat, reply in sent if reply.get("private_to") == chat}
    assert orders["bob"].startswith(f"Your order #{gid}-1 in Mangoes (#{gid}):")  # each buyer's order
    assert orders["cat"].startswith(f"Your order #{gid}-2 in Mangoes (#{gid}):")


async def test_the_close_is_audited_with_who_before_and_after(world: ConsoleWorld) -> None:
    gid = await _ready(world)
    client = await world.admin("root")
    assert (await post_form(client, f"/group-buys/{gid}/close")).status_code == 303
    [entry] = await world.audit_rows()
    assert entry["actor"] == "console:root"
    assert entry["action"] == "group_buy.close"
    assert entry["subject"] == f"group_buy:{gid}"
    assert json.loads(entry["before"]) == {"status": "open"}
    assert json.loads(entry["after"]) == {"status": "succeeded"}
    page = await client.get("/audit?who=console:root&what=group_buy.close")
    assert f"group_buy:{gid}" in page.text
    assert "No changes match." in (await client.get("/audit?who=someone")).text


async def test_a_refused_close_changes_nothing_and_says_why(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=5)
    await world.say("family", "bob", "+1")
    client = await world.member("amy")
    before = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/close")
    assert response.status_code == 303
    page = await client.get("/group-buys")
    assert 'class="flash error"' in page.text
    assert await world.audit_rows() == []
    assert len(await world.outbox_rows()) == before
    assert "Close now" in page.text  # still open


async def test_another_organisers_group_buy_is_not_there(world: ConsoleWorld) -> None:
    gid = await _ready(world)
    await world.open_group_buy("work", "dan", "Plums")
    client = await world.member("dan")
    page = await client.get("/group-buys")
    assert "Plums" in page.text and "Mangoes" not in page.text
    assert (await client.get(f"/group-buys/{gid}")).status_code == 404
    response = await post_form(client, f"/group-buys/{gid}/close")
    assert response.status_code == 404
    assert "There is nothing here (it does not exist, or it is not yours)." in response.text
    assert await world.audit_rows() == []


async def test_the_list_shows_status_sold_target_deadline_and_chat_name(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
    await world.say("family", "bob", "+2")
    client = await world.admin()
    page = (await client.get("/group-buys")).text
    assert f'<a href="/group-buys/{gid}">#{gid}</a>' in page
    assert "<td>2/3</td>" in page
    assert "<td>Family Group</td>" in page
    assert "<td>Amy</td>" in page  # an admin sees the organiser


async def test_the_chat_is_told_in_its_own_language_whatever_the_browsers(world: ConsoleWorld) -> None:
    replies = await world.say("family", "amy", "接龙 芒果 价格 10 成团 1")
    gid = next(r.card_of for r in replies if r.card_of)
    await world.say("family", "bob", "+1")
    client = await world.member("amy")  # the console itself speaks English here
    before = len(await world.outbox_rows())
    assert (await post_form(client, f"/group-buys/{gid}/close")).status_code == 303
    sent = [json.loads(row["payload"])["reply"] for row in (await world.outbox_rows())[before:]]
    assert any(reply.get("language") == "zh" and "芒果" in reply.get("text", "") for reply in sent), sent
    assert not any(reply.get("language") == "en" for reply in sent)


async def test_a_group_buy_number_that_names_nothing_is_not_there(world: ConsoleWorld) -> None:
    client = await world.admin()
    for path in ("/group-buys/abc", "/group-buys/0", "/group-buys/99", f"/group-buys/{2**40}"):
        page = await client.get(path)
        assert page.status_code == 404, path
        assert "There is nothing here (it does not exist, or it is not yours)." in page.text
