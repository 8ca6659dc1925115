"""Chats' names on SQLite and PostgreSQL, on the fast path and the stock one: a name is kept as last seen
(never rewritten when it did not change, never undone by an older sighting), held back to ride with the
command's own writes (read back in the same unit of work, dropped by a rollback), and a member's chats
are listed with their names, the latest first. Through the ChatApp a group's name costs a join no trip."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from commerce.domain.chats import ChatName
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.direct import DIRECT
from storage.tables import chats
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.test_join_round_trips import _count_sqlite_trips, _record

AT = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def _sighting(user: str, chat_id: str, at: datetime = AT) -> dict[str, Any]:
    return {
        "platform": "telegram",
        "user_id": user,
        "display_name": user.title(),
        "username": None,
        "language": "en",
        "chat_id": chat_id,
        "alias": None,
        "at": at,
    }


async def _name(factory: SqlUnitOfWorkFactory, chat_id: str, title: str, at: datetime) -> None:
    async with factory() as uow:
        await uow.chat_names.name(chat_id, title, at)
        await uow.commit()


async def _stored(factory: SqlUnitOfWorkFactory) -> list[tuple[str, str, datetime]]:
    async with factory() as uow:
        rows = await uow.connection.execute(select(chats).order_by(chats.c.chat_id))
        return [(row.chat_id, row.title, row.seen_at) for row in rows]


async def test_a_name_is_kept_as_last_seen_and_an_older_sighting_never_undoes_a_rename(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    later, earlier = AT + timedelta(hours=2), AT - timedelta(hours=1)
    await _name(uow_factory, "-100777", "Family Group", AT)
    await _name(uow_factory, "-100777", "Family Group", later)  # the same name: the row stays as it was
    assert await _stored(uow_factory) == [("-100777", "Family Group", AT)]

    await _name(uow_factory, "-100777", "Wang Family", later)  # renamed
    await _name(uow_factory, "-100777", "Family Group", earlier)  # a late request with the old name
    await _name(uow_factory, "r@chatroom", "芒果团购群", AT)

    assert await _stored(uow_factory) == [
        ("-100777", "Wang Family", later),
        ("r@chatroom", "芒果团购群", AT),
    ]
    async with uow_factory() as uow:
        assert await uow.chat_names.titles(["-100777", "r@chatroom", "nowhere"]) == {
            "-100777": "Wang Family",
            "r@chatroom": "芒果团购群",
        }
        assert await uow.chat_names.titles([]) == {}


async def test_a_name_held_back_is_read_in_its_unit_of_work_and_dropped_by_a_rollback(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        await uow.members.seen(**_sighting("1", "-100777"))
        await uow.chat_names.name("-100777", "Family Group", AT)
        assert await uow.chat_names.of_member("telegram:1", limit=10) == [ChatName("-100777", "Family Group")]
        await uow.rollback()
        await uow.members.seen(**_sighting("1", "-100888"))
        await uow.chat_names.name("-100888", "Garden Club", AT)
        await uow.commit()

    assert [(chat, title) for chat, title, _ in await _stored(uow_factory)] == [("-100888", "Garden Club")]


async def test_a_members_chats_come_with_their_names_latest_first(uow_factory: SqlUnitOfWorkFactory) -> None:
    async with uow_factory() as uow:
        await uow.members.seen(**_sighting("1", "-100777", AT))
        await uow.members.seen(**_sighting("1", "-100888", AT + timedelta(minutes=5)))
        await uow.members.seen(**_sighting("1", "-100999", AT + timedelta(minutes=10)))
        await uow.members.seen(**_sighting("2", "-100555", AT))  # Bob's chat: not Amy's
        await uow.chat_names.name("-100777", "Family Group", AT)
        await uow.chat_names.name("-100999", "Garden Club", AT)
        await uow.chat_names.name("-100555", "Book Club", AT)
        await uow.commit()

    async with uow_factory() as uow:
        assert await uow.chat_names.of_member("telegram:1", limit=10) == [
            ChatName("-100999", "Garden Club"),
            ChatName("-100888", None),  # its name was never said
            ChatName("-100777", "Family Group"),
        ]
        assert await uow.chat_names.of_member("telegram:1", limit=1) == [ChatName("-100999", "Garden Club")]
        assert await uow.chat_names.of_member("telegram:3", limit=10) == []


def _join(user: str, update_id: str, title: str | None) -> Request:
    return Request(
        platform="test",
        chat_id="room",
        user_id=user,
        display_name=user.title(),
        text="+1",
        update_id=update_id,
        chat_title=title,
    )


@pytest.mark.parametrize("title", [None, "Family Group"], ids=["untitled", "titled"])
async def test_a_groups_name_rides_with_a_new_members_first_join(
    uow_factory: SqlUnitOfWorkFactory, monkeypatch: pytest.MonkeyPatch, title: str | None
) -> None:
    """The name travels with the sighting: on the fast path a new member's `+1` in a named group costs
    the statements and trips of one in a group whose name is unknown (SQLite: 2 trips; PostgreSQL: the
    name is one more CTE of the join's statement); the stock path sends it as a statement of its own."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    opening = Request(
        platform="test", chat_id="room", user_id="amy", display_name="Amy", text="/groupbuy Mangoes price 88"
    )
    await app.handle(opening)  # no name said: the group's name waits for the join
    await app.handle(_join("bob", "2", None))
    seen = await _record(uow_factory, monkeypatch)
    trips = _count_sqlite_trips(monkeypatch)

    joined = await app.handle(_join("cat", "3", title))

    assert "Cat is in" in joined[0].text
    fast = bool(uow_factory.engine.sync_engine.get_execution_options().get(DIRECT, False))
    read, claim = "SELECT chat_group_buys.id, chat_group_buys.chat_id,", "INSERT INTO processed_updates"
    sighting = ["INSERT INTO chat_members", "INSERT INTO members", *(["INSERT INTO chats"] if title else [])]
    if not fast:  # the stock path: each statement on its own, the sighting first
        assert seen[: len(sighting) + 2] == ["BEGIN", *sighting, read]
    elif uow_factory.engine.dialect.name == "sqlite":
        join = ["INSERT INTO participants", "UPDATE group_buys SET"]
        assert seen == ["BEGIN", read, *sighting, *join, claim, "COMMIT"]
        assert trips == [2]
    else:  # each a round trip
        carried = "WITH chat_members, members, chats," if title else "WITH chat_members, members,"
        assert seen == [read, "BEGIN", f"{carried} participants, group_buys", claim, "COMMIT"]
    async with uow_factory() as uow:
        assert await uow.chat_names.titles(["room"]) == ({"room": title} if title else {})
