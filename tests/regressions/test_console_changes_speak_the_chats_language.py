"""Review: console and API changes spoke Chinese (the app's default) in an English group with no `/lang`
(its card English): Mark paid, Picked up, the API's paid, Open again into the chat, hiding and restoring
a note, stopping a member posting notes, and a new group buy from an English console. The chat now hears
what it would had the organiser typed the command there: the card's language; a new group buy, the
chat's `/lang`, else the console page's language (the organiser's)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.unit.bot.console.api_client import api, order_id, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

CJK = re.compile(r"[\u4e00-\u9fff]")


async def _told(world: ConsoleWorld, since: int, chat: str = "family") -> list[str]:
    """The texts posted since `since` in the group `chat` (its cards left out: they render later)."""
    rows = (await world.outbox_rows())[since:]
    replies = [json.loads(row["payload"])["reply"] for row in rows if row["chat_id"] == chat]
    return [r["text"] for r in replies if r.get("text") and not r.get("card_of")]


async def test_console_changes_are_told_in_the_english_groups_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+2")
        await world.say("family", "cat", "+1")
        await world.say("family", "amy", "/close")
        client = await world.member("amy")
        since = len(await world.outbox_rows())
        assert (await post_form(client, "/orders/paid", {"order": f"{gid}-1"})).status_code == 303
        assert (await post_form(client, "/orders/picked-up", {"order": f"{gid}-1"})).status_code == 303
        said = await _told(world, since)
        assert said and not any(CJK.search(text) for text in said), said
        assert any(f"#{gid}-1" in text and "paid" in text for text in said), said

        since = len(await world.outbox_rows())
        token = await token_for(world, member="playground:amy")
        for accept in ("en", None):
            cat = await order_id(world, gid, 2)
            client_api = api(world, token)
            if accept:
                client_api.headers["accept-language"] = accept
            answer = await client_api.post(f"/api/v1/orders/{cat}/{'paid' if accept else 'unpaid'}")
            assert answer.status_code == 200, answer.text
            assert not CJK.search(answer.json()["message"]), answer.json()
        said = await _told(world, since)
        assert said and not any(CJK.search(text) for text in said), said

        since = len(await world.outbox_rows())
        again = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": ""})
        assert again.status_code == 303, again.text
        said = await _told(world, since)
        assert said and not any(CJK.search(text) for text in said), said


async def test_moderation_from_the_console_is_told_in_the_notes_language(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Mangoes", target=5)
        await world.say("family", "bob", "/note Great mangoes from the market today, very sweet")
        client = await world.admin()  # the chat's rule: only admins moderate
        since = len(await world.outbox_rows())
        hidden = await post_form(client, "/moderation/hide", {"note": "1", "why": "spam"})
        assert hidden.status_code == 303, hidden.text
        assert (await post_form(client, "/moderation/notes/1/restore")).status_code == 303
        said = await _told(world, since)
        assert len(said) == 2 and not any(CJK.search(text) for text in said), said
        since = len(await world.outbox_rows())
        stopped = await post_form(client, "/members/playground:bob/mute", {"chat": "family", "why": "ads"})
        assert stopped.status_code == 303, stopped.text
        said = await _told(world, since)
        assert said and not any(CJK.search(text) for text in said), said


async def test_a_new_group_buy_from_an_english_console_opens_in_english(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("work", "amy", "Plums")  # she organises elsewhere
        await world.say("family", "amy", "hello")  # the chat is known, nothing opened there yet
        client = await world.member("amy")
        client.cookies.set("lang", "en")
        since = len(await world.outbox_rows())
        made = await post_form(
            client, "/group-buys/new", {"chat": "family", "title": "Durian", "price": "30", "target": "2"}
        )
        assert made.status_code == 303, made.text
        said = await _told(world, since)
        assert said and not any(CJK.search(text) for text in said), said
        async with world.app.uow_factory() as uow:
            opened = await uow.group_buys.get(int(made.headers["location"].rsplit("/", 1)[1]))
        assert opened is not None and opened.lang == "en"
