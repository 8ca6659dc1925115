"""Session 36: 立即截单 in the console closed the group buy and edited the group's card, but a member's
private copy of the card (opened from a share link) still offered Join under a group buy that was closed,
and so did a note quoted on request (`/note 1`): the chat's `/close` edits both, the console's did not.
The console's close now edits them too, through the outbox as the chat's does (a refresh: edited where
it is shown, never posted anew), in the chat's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from handlers import card_copies
from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

SAID = {
    "zh": ("接龙 芒果 价格 88 成团 1", "种草 #{id} 这个芒果超甜", "笔记 1", "已成团"),
    "en": (
        "/groupbuy Mangoes price 88 target 1",
        "/note #{id} these mangoes are so sweet",
        "/note 1",
        "Succeeded",
    ),
}


async def _edited(world: ConsoleWorld, before: int) -> list[tuple[int, str, bool]]:
    """(card, chat, a refresh) of each card edit the outbox got since `before`."""
    rows = (await world.outbox_rows())[before:]
    replies = [json.loads(row["payload"])["reply"] for row in rows]
    return [(r["card_of"], r["chat_id"], bool(r.get("refresh"))) for r in replies if r.get("card_of")]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("by", ["dan", "amy"])
async def test_a_console_close_edits_the_private_copy_and_the_quoted_note(
    tmp_path: Path, lang: str, by: str
) -> None:
    opening, note, quote, closed = SAID[lang]
    async with console_world(tmp_path, shared=True) as world:
        await world.say("family", "amy", f"/lang {lang}")
        gid = int(next(r.card_of for r in await world.say("family", "amy", opening) if r.card_of))
        await world.say("family", "bob", "+1")
        await world.say("family", "bob", note.format(id=gid))
        link = share_payload(gid, "bob", DEV_PAYMENT_SECRET)
        [copy] = [
            r.card_of for r in await world.say("eve", "eve", f"/start {link}", private=True) if r.card_of
        ]
        assert copy is not None and card_copies.copy_slot(copy) is not None
        [quoted] = [
            r.card_of
            for r in await world.say("family", "cat", quote)
            if (r.card_of or 0) >= card_copies.COPY_KEYS
        ]
        assert quoted is not None
        assert closed not in (await world.app.render_card(copy)).text

        client = await world.admin("dan") if by == "dan" else await world.member("amy")
        before = len(await world.outbox_rows())
        response = await post_form(client, f"/group-buys/{gid}/close")
        assert response.status_code == 303

        edits = await _edited(world, before)
        assert (copy, "eve", True) in edits  # her copy edited in her private chat, not posted anew
        assert (quoted, "family", True) in edits  # the quoted note, where it was quoted
        assert closed in (await world.app.render_card(copy)).text
        assert closed in (await world.app.render_card(quoted)).text
