"""The shop the Members, Payouts and ledger, and Moderation tests share: two organisers in two chats.

Amy runs Mangoes (¥100, sharers earn 10%) in the family chat: Bob shares it, Dan joins with Bob's
link (order 1), Cat joins (order 2); closed, Dan's order paid and picked up, so Bob has ¥10 available.
Dan runs Plums in the work chat, where Eve buys. Bob and Eve each post a note in their chat."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import sqlalchemy as sa

from commerce.domain.moderation import NoteFlag
from commerce.domain.shill import Reason
from storage.tables import notes
from tests.unit.bot.console.console_client import ConsoleWorld

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")


@dataclass(frozen=True)
class Shop:
    mangoes: int
    plums: int
    bob_note: int
    eve_note: int


async def open_shop(world: ConsoleWorld) -> Shop:
    replies = await world.say("family", "amy", "/groupbuy Mangoes price 100 target 2")
    mangoes = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "amy", "/commission 10%")
    shared = "\n".join(r.text for r in await world.say("family", "bob", "/share"))
    code = CODE.search(shared)
    assert code is not None, shared
    await world.say("family", "dan", f"+1 {code.group(0)}")
    await world.say("family", "cat", "+1")
    await world.say("family", "amy", "/close")
    await world.say("family", "amy", f"/paid {mangoes}-1")
    await world.say("family", "amy", f"已取 {mangoes}-1")
    replies = await world.say("work", "dan", "/groupbuy Plums price 25 target 1")
    plums = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("work", "eve", "+2")
    await world.say("family", "bob", "/note Sweet mangoes, thin skin")
    await world.say("work", "eve", "/note Juicy plums")
    async with world.engine.connect() as conn:
        ids = dict((await conn.execute(sa.select(notes.c.author_id, notes.c.id))).all())
    return Shop(mangoes, plums, ids["bob"], ids["eve"])


async def flag(world: ConsoleWorld, note_id: int, chat_id: str) -> None:
    """Flag a note as the shill scoring would (a clique's likes on a note about nothing bought)."""
    async with world.app.uow_factory() as uow:
        found = NoteFlag(note_id, chat_id, 0.8, (Reason.CLIQUE, Reason.UNBOUGHT), flagged=True)
        await uow.moderation.save([found], now=world.clock.now())
        await uow.commit()


def sent_since(rows: list[dict[str, object]]) -> list[tuple[object, dict[str, object]]]:
    """(chat, reply) of each outbox row: what the chat and members were sent."""
    return [(row["chat_id"], json.loads(str(row["payload"]))["reply"]) for row in rows]
