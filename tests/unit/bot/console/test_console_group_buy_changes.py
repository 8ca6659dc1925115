"""Creating, changing, calling off and copying a group buy from the console: the chat's own commands,
the chat told (its card, its announcement), a mistake answered next to its field with the form kept."""

from __future__ import annotations

import html
import json
import re
from typing import Any

from tests.unit.bot.console.console_client import ConsoleWorld, post_form

FORM = {
    "chat": "family",
    "title": "Hainan mangoes 5kg",
    "price": "88",
    "tiers": "10:78, 20:68",
    "target": "10",
    "stock": "50",
    "limit": "3",
    "deadline": "3d",
    "pickup": "Gate 3",
    "payment": "WeChat transfer to Amy",
    "options": "",
}


async def _sent_since(world: ConsoleWorld, before: int) -> list[tuple[str, dict[str, Any]]]:
    rows = (await world.outbox_rows())[before:]
    return [(row["chat_id"], json.loads(row["payload"])["reply"]) for row in rows]


def _field_errors(page: str) -> dict[str, str]:
    """Each field's message, by field."""
    found = re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page)
    return {name: html.unescape(text) for name, text in found}


def _field_error(page: str, field: str) -> str:
    found = _field_errors(page)
    assert field in found, f"no message beside {field}: {found}"
    return found[field]


async def test_an_organiser_opens_a_group_buy_in_their_chat_and_its_card_is_posted(
    world: ConsoleWorld,
) -> None:
    await world.open_group_buy("family", "amy", "Plums")  # Amy is seen in the family chat
    client = await world.member("amy")
    page = (await client.get("/group-buys/new")).text
    assert '<option value="family">Family Group</option>' in page
    before = len(await world.outbox_rows())
    response = await post_form(client, "/group-buys/new", FORM)
    assert response.status_code == 303, response.text
    gid = int(response.headers["location"].rsplit("/", 1)[1])
    sent = await _sent_since(world, before)
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)  # its card
    opened = [reply["text"] for chat, reply in sent if "text" in reply and chat == "family"]
    # the chat has no /lang: in the organiser's language (the console page's), as had she typed it there
    assert any(f"Group buy #{gid} is open: Hainan mangoes 5kg at ¥88 each" in text for text in opened), opened
    shown = (await client.get(f"/group-buys/{gid}")).text
    assert f"#{gid} Hainan mangoes 5kg is open; its card is in the chat." in shown
    async with world.app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(gid)
    assert group_buy is not None and group_buy.organiser_id == "amy"
    terms = group_buy.terms
    assert (terms.unit_price, terms.target, terms.stock, terms.per_person_limit) == (8800, 10, 50, 3)
    assert [(tier.min_quantity, tier.unit_price) for tier in terms.tiers] == [(10, 7800), (20, 6800)]
    assert (terms.pickup, terms.payment_note) == ("Gate 3", "WeChat transfer to Amy")
    [entry] = [e for e in await world.audit_rows() if e["action"] == "group_buy.create"]
    assert entry["actor"] == "playground:amy" and entry["subject"] == f"group_buy:{gid}"
    assert json.loads(entry["after"])["price"] == "88"


async def test_a_mistake_is_answered_beside_its_field_and_everything_typed_is_kept(
    world: ConsoleWorld,
) -> None:
    await world.open_group_buy("family", "amy", "Plums")
    client = await world.member("amy")
    before = len(await world.outbox_rows())
    response = await post_form(client, "/group-buys/new", {**FORM, "price": "abc", "deadline": "someday"})
    assert response.status_code == 422
    page = response.text
    assert "price" in _field_error(page, "price").lower()
    assert _field_error(page, "deadline")
    for name in ("title", "tiers", "target", "stock", "limit", "pickup", "payment"):
        assert f'name="{name}" value="{FORM[name]}"' in page, name  # kept as typed
    assert 'name="price" value="abc"' in page and 'name="deadline" value="someday"' in page
    assert '<option value="family" selected>' in page
    assert len(await world.outbox_rows()) == before
    assert [e for e in await world.audit_rows() if e["action"] == "group_buy.create"] == []


async def test_a_refusal_of_the_whole_goes_beside_the_field_it_is_about(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Plums")
    client = await world.member("amy")
    response = await post_form(client, "/group-buys/new", {**FORM, "stock": "5", "target": "10"})
    assert response.status_code == 422
    said = (
        "The stock (5) is below the target (10), so it could never succeed: make Stock at least 10, "
        "or lower the Target."
    )
    assert _field_errors(response.text) == {"stock": said}


async def test_a_chat_the_organiser_is_not_in_is_refused(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Plums")
    await world.open_group_buy("work", "dan", "Pears")
    client = await world.member("amy")
    page = (await client.get("/group-buys/new")).text
    assert 'value="work"' not in page
    response = await post_form(client, "/group-buys/new", {**FORM, "chat": "work"})
    assert response.status_code == 422
    assert _field_error(response.text, "chat") == "Choose one of the chats in the list."


async def test_an_admin_picks_any_chat_the_bot_knows(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Plums")
    await world.open_group_buy("work", "dan", "Pears")
    client = await world.admin()
    page = (await client.get("/group-buys/new")).text
    assert 'value="family"' in page and 'value="work"' in page
    chosen = {**FORM, "chat": "work", "title": "Apples", "organiser": "playground:dan"}
    response = await post_form(client, "/group-buys/new", chosen)
    assert response.status_code == 303, response.text
    replies = await world.say("work", "bob", "+1 #3")
    assert any("Apples" in (reply.text or "") for reply in replies)


async def test_an_edit_is_the_chats_edit_the_group_is_told_and_the_card_follows(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
    await world.say("family", "bob", "+1")
    client = await world.member("amy")
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    assert 'name="price" value="10"' in page or 'name="price" value="10.00"' in page
    form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
    form.pop("csrf")
    before = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": "8", "stock": "30"})
    assert response.status_code == 303, response.text
    sent = await _sent_since(world, before)
    told = [reply["text"] for chat, reply in sent if chat == "family" and "text" in reply]
    assert any("¥10 → ¥8" in text for text in told), told
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)  # the card
    [entry] = [e for e in await world.audit_rows() if e["action"] == "group_buy.edit"]
    assert json.loads(entry["before"])["price"] in ("10", "10.00")
    assert json.loads(entry["after"])["stock"] == "30"


async def test_an_edit_the_rules_refuse_is_answered_beside_its_field(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
    await world.say("family", "bob", "+2")
    client = await world.member("amy")
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
    form.pop("csrf")
    before = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": "12", "stock": "1"})
    assert response.status_code == 422
    assert list(_field_errors(response.text)) == ["price", "stock"]  # every field wrong, at once
    assert 'name="price" value="12"' in response.text and 'name="stock" value="1"' in response.text
    assert len(await world.outbox_rows()) == before
    unchanged = await post_form(client, f"/group-buys/{gid}/edit", form)
    assert unchanged.status_code == 422
    assert "Nothing was changed" in unchanged.text


async def test_cancel_asks_first_then_is_the_chats_cancel(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
    await world.say("family", "bob", "+1")
    client = await world.member("amy")
    asked = await post_form(client, f"/group-buys/{gid}/cancel")
    assert asked.status_code == 303 and asked.headers["location"] == f"/group-buys/{gid}/cancel"
    assert "Every member on the list is told" in (await client.get(f"/group-buys/{gid}/cancel")).text
    before = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/cancel", {"confirm": "yes"})
    assert response.status_code == 303
    sent = await _sent_since(world, before)
    assert any(chat == "family" and "Mangoes" in reply.get("text", "") for chat, reply in sent), sent
    assert any(chat == "family" and reply.get("card_of") == gid for chat, reply in sent)
    page = (await client.get("/group-buys")).text
    assert f"#{gid} Mangoes is called off; the chat was told." in page
    [entry] = [e for e in await world.audit_rows() if e["action"] == "group_buy.cancel"]
    assert json.loads(entry["before"]) == {"status": "open"}
    assert json.loads(entry["after"]) == {"status": "cancelled"}


async def test_copy_opens_it_again_in_another_chat_of_the_organiser(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes")
    await world.say("neighbours", "amy", "/help")  # Amy is seen in a second chat
    client = await world.member("amy")
    page = (await client.get(f"/group-buys/{gid}/copy")).text
    assert 'value="neighbours"' in page
    before = len(await world.outbox_rows())
    response = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "neighbours", "deadline": ""})
    assert response.status_code == 303, response.text
    new = int(response.headers["location"].rsplit("/", 1)[1])
    sent = await _sent_since(world, before)
    assert any(chat == "neighbours" and reply.get("card_of") == new for chat, reply in sent), sent
    assert any(chat == "neighbours" and "Mangoes" in reply.get("text", "") for chat, reply in sent)
    [entry] = [e for e in await world.audit_rows() if e["action"] == "group_buy.copy"]
    assert json.loads(entry["after"]) == {"copy": new, "chat": "neighbours"}


async def test_another_organisers_group_buy_cannot_be_changed(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes")
    await world.open_group_buy("work", "dan", "Plums")
    client = await world.member("dan")
    for path in (f"/group-buys/{gid}/edit", f"/group-buys/{gid}/copy", f"/group-buys/{gid}/cancel"):
        assert (await client.get(path)).status_code == 404
        assert (await post_form(client, path, {"confirm": "yes", "price": "1"})).status_code == 404
    assert await world.audit_rows() == []


async def test_options_instead_of_a_price_and_a_keyword_in_the_title_is_refused_beside_it(
    world: ConsoleWorld,
) -> None:
    await world.open_group_buy("family", "amy", "Plums")
    client = await world.member("amy")
    form = {**FORM, "price": "", "tiers": "10:-5", "options": "3kg:58:20, 5kg:88"}
    bad = await post_form(client, "/group-buys/new", {**form, "title": "Mangoes stock sale"})
    assert bad.status_code == 422
    assert _field_error(bad.text, "title").startswith("This field may not hold a term's keyword")
    assert 'name="options" value="3kg:58:20, 5kg:88"' in bad.text
    neither = await post_form(client, "/group-buys/new", {**form, "options": ""})
    assert (
        _field_error(neither.text, "price")
        == "Give a price, or options each with its price (3kg:58, 5kg:88)."
    )
    response = await post_form(client, "/group-buys/new", form)
    assert response.status_code == 303, response.text
    gid = int(response.headers["location"].rsplit("/", 1)[1])
    async with world.app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(gid)
    assert group_buy is not None
    assert [(o.name, o.unit_price, o.stock) for o in group_buy.terms.options] == [
        ("3kg", 5800, 20),
        ("5kg", 8800, None),
    ]
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    assert 'name="title" value="Hainan mangoes 5kg" maxlength="80" readonly' in page
    fields = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
    fields.pop("csrf")
    renamed = await post_form(client, f"/group-buys/{gid}/edit", {**fields, "title": "Plums"})
    assert renamed.status_code == 422
    assert "keeps its title" in _field_error(renamed.text, "title")


async def test_the_form_speaks_the_readers_language(world: ConsoleWorld) -> None:
    await world.open_group_buy("family", "amy", "Plums")
    client = await world.member("amy")
    page = (await client.get("/group-buys/new", headers={"accept-language": "zh-CN"})).text
    assert '<label for="limit">每人限购</label>' in page and "开新团" in page


async def test_an_edit_never_undoes_a_change_made_since_the_form_was_opened(world: ConsoleWorld) -> None:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
    client = await world.member("amy")
    page = (await client.get(f"/group-buys/{gid}/edit")).text
    form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
    form.pop("csrf")
    await world.say("family", "amy", f"/edit #{gid} price 9")  # meanwhile, in the chat
    response = await post_form(client, f"/group-buys/{gid}/edit", {**form, "stock": "30"})  # only stock
    assert response.status_code == 303, response.text
    again = (await client.get(f"/group-buys/{gid}/edit")).text
    assert 'name="price" value="9' in again and 'name="stock" value="30"' in again  # 9 kept, 30 saved

    stale = dict(re.findall(r'name="(\w+)" value="([^"]*)"', again))
    stale.pop("csrf")
    await world.say("family", "amy", f"/edit #{gid} price 8")
    clash = await post_form(client, f"/group-buys/{gid}/edit", {**stale, "price": "7"})  # both changed it
    assert clash.status_code == 422
    assert "someone else" in _field_error(clash.text, "price")
