"""Members on SQLite and PostgreSQL: `seen` is an idempotent upsert that writes only when something
changed (or an hour went by), names are tracked as last seen, and people are found by any of them."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, text

from commerce.domain.member import Member
from storage.tables import chat_members
from storage.uow import SqlUnitOfWork, SqlUnitOfWorkFactory
from tests.fakes import FakeClock

ROOM = "room@chatroom"


def _seen(at: datetime, **changes: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "platform": "wechat",
        "user_id": "wxid_wang",
        "display_name": "Wang Wu",
        "username": None,
        "language": "zh",
        "chat_id": ROOM,
        "alias": "王五",
        "at": at,
    }
    return fields | changes


async def _see(factory: SqlUnitOfWorkFactory, **fields: Any) -> None:
    async with factory() as uow:
        await uow.members.seen(**fields)
        await uow.commit()


async def _rows_changed(uow: SqlUnitOfWork) -> int:
    """Rows written so far in this unit of work's transaction (members and chat_members)."""
    conn = uow.connection
    if conn.dialect.name == "sqlite":
        return int((await conn.execute(text("SELECT total_changes()"))).scalar_one())
    query = text(
        "SELECT coalesce(sum(n_tup_ins + n_tup_upd), 0) FROM pg_stat_xact_user_tables "
        "WHERE relname IN ('members', 'chat_members')"
    )
    return int((await conn.execute(query)).scalar_one())


async def _memberships(factory: SqlUnitOfWorkFactory) -> list[tuple[str, str, str | None]]:
    async with factory() as uow:
        rows = await uow.connection.execute(
            text("SELECT chat_id, identity, alias FROM chat_members ORDER BY chat_id, identity")
        )
        return [(row.chat_id, row.identity, row.alias) for row in rows]


async def test_seen_twice_is_one_member_and_one_membership_and_the_repeat_writes_nothing(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = clock.now()
    await _see(uow_factory, **_seen(first))
    clock.advance(minutes=30)

    async with uow_factory() as uow:
        before = await _rows_changed(uow)
        await uow.members.seen(**_seen(clock.now()))
        assert await _rows_changed(uow) == before  # nothing changed, and last_seen is fresh enough
        await uow.commit()
    async with uow_factory() as uow:  # the measure sees a write when there is one
        before = await _rows_changed(uow)
        await uow.members.seen(**_seen(clock.now(), alias="五哥"))
        assert await _rows_changed(uow) == before + 1

    async with uow_factory() as uow:
        wang = await uow.members.get("wechat:wxid_wang")
    assert wang == Member("wechat:wxid_wang", "wechat", "wxid_wang", "Wang Wu", None, "zh", first, first)
    assert await _memberships(uow_factory) == [(ROOM, "wechat:wxid_wang", "王五")]


async def test_a_join_batchs_sightings_at_once_are_what_each_seen_alone_would_have_made(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """`seen_many` (a join batch's members: on PostgreSQL one statement a table) writes what `seen`, one
    by one, writes: a member new, one seen an hour ago refreshed with her new name, one seen a minute ago
    left as stored, and one seen twice in it (one by one then: a statement upserts a row once)."""
    first = clock.now()
    await _see(uow_factory, **_seen(first, user_id="old", alias=None))
    await _see(uow_factory, **_seen(first, user_id="recent", display_name="Recent", alias=None))
    clock.advance(minutes=61)
    await _see(uow_factory, **_seen(clock.now(), user_id="recent", display_name="Recent", alias=None))
    clock.advance(minutes=1)
    now = clock.now()
    sightings = [
        _seen(now, user_id="new", display_name="New", alias="小新"),
        _seen(now, user_id="old", display_name="Old Wang", alias=None),
        _seen(now, user_id="recent", display_name="Recent", alias=None),
    ]
    async with uow_factory() as uow:
        await uow.members.seen_many(sightings)
        await uow.members.seen_many([_seen(now, user_id="twice"), _seen(now, user_id="twice", alias="二次")])
        await uow.commit()

    async with uow_factory() as uow:
        new, old, recent, twice = [
            await uow.members.get(f"wechat:{user}") for user in ("new", "old", "recent", "twice")
        ]
    assert new == Member("wechat:new", "wechat", "new", "New", None, "zh", now, now)
    assert old == Member("wechat:old", "wechat", "old", "Old Wang", None, "zh", first, now)
    assert recent is not None and recent.last_seen == now - timedelta(minutes=1)  # fresh enough: kept
    assert twice == Member("wechat:twice", "wechat", "twice", "Wang Wu", None, "zh", now, now)
    assert await _memberships(uow_factory) == [
        (ROOM, "wechat:new", "小新"),
        (ROOM, "wechat:old", None),
        (ROOM, "wechat:recent", None),
        (ROOM, "wechat:twice", "二次"),
    ]


async def test_an_hour_later_last_seen_is_refreshed_and_first_seen_kept(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = clock.now()
    await _see(uow_factory, **_seen(first))
    clock.advance(hours=1)
    await _see(uow_factory, **_seen(clock.now()))
    await _see(uow_factory, **_seen(first))  # a late message never moves last_seen back

    async with uow_factory() as uow:
        wang = await uow.members.get("wechat:wxid_wang")
        last_in_room = (await uow.connection.execute(select(chat_members.c.last_seen))).scalar_one()
    assert wang is not None and (wang.first_seen, wang.last_seen) == (first, clock.now())
    assert last_in_room == clock.now()


async def test_names_are_tracked_as_last_seen_and_a_name_not_given_is_kept(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await _see(uow_factory, **_seen(clock.now(), username="wangwu"))
    clock.advance(minutes=1)
    await _see(uow_factory, **_seen(clock.now(), display_name="老王", username=None, language=None))
    await _see(uow_factory, **_seen(clock.now(), display_name="老王", alias="王老五"))
    await _see(uow_factory, **_seen(clock.now(), display_name="老王", alias=None, chat_id="other@chatroom"))

    async with uow_factory() as uow:
        wang = await uow.members.get("wechat:wxid_wang")
        assert await uow.members.name_of("wechat:wxid_wang") == "老王"
        assert await uow.members.name_of("wechat:nobody") is None
        assert await uow.members.get("wechat:nobody") is None
    assert wang is not None
    assert (wang.display_name, wang.username, wang.language, wang.last_seen) == (
        "老王",
        "wangwu",
        "zh",
        clock.now(),
    )
    assert await _memberships(uow_factory) == [
        ("other@chatroom", "wechat:wxid_wang", None),
        (ROOM, "wechat:wxid_wang", "王老五"),
    ]


async def test_members_are_found_in_a_chat_by_display_name_username_or_alias(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    now = clock.now()
    await _see(uow_factory, **_seen(now, username="WangWu"))
    await _see(uow_factory, **_seen(now, user_id="wxid_li", display_name="Li Si", alias=None))
    await _see(uow_factory, **_seen(now, user_id="wxid_zhao", display_name="王五", alias=None))
    await _see(uow_factory, **_seen(now, user_id="wxid_far", display_name="Far", chat_id="far@chatroom"))

    async def found(name: str, chat_id: str = ROOM) -> list[str]:
        async with uow_factory() as uow:
            return [member.user_id for member in await uow.members.find_in_chat(chat_id, name)]

    assert await found("@li si") == ["wxid_li"]
    assert await found("LI SI") == ["wxid_li"]
    assert await found("@wangwu") == ["wxid_wang"]
    assert await found("wang wu") == ["wxid_wang"]
    assert await found("王五") == ["wxid_wang", "wxid_zhao"]  # an alias and a name: ambiguous
    assert await found("Far") == []  # in another chat
    assert await found("Far", "far@chatroom") == ["wxid_far"]
    assert await found("@") == []


async def test_a_members_name_in_a_chat_is_their_alias_there_else_their_name(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    now = clock.now()
    await _see(uow_factory, **_seen(now))  # 王五 in the room, `Wang Wu` on WeChat
    await _see(uow_factory, **_seen(now, user_id="wxid_li", display_name="Li Si", alias=None))

    async with uow_factory() as uow:
        assert await uow.members.name_in(ROOM, "wechat:wxid_wang") == "王五"
        assert await uow.members.name_in(ROOM, "wechat:wxid_li") == "Li Si"
        assert await uow.members.name_in("far@chatroom", "wechat:wxid_wang") is None  # never seen there


async def test_a_member_who_left_a_chat_is_no_longer_its_member_until_seen_there_again(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    now = clock.now()
    await _see(uow_factory, **_seen(now))
    await _see(uow_factory, **_seen(now, chat_id="far@chatroom"))
    await _see(uow_factory, **_seen(now, user_id="wxid_li", display_name="Li Si", alias=None))

    async with uow_factory() as uow:
        await uow.members.left(ROOM, ["wechat:wxid_wang", "wechat:wxid_nobody"])
        await uow.commit()

    assert await _memberships(uow_factory) == [
        ("far@chatroom", "wechat:wxid_wang", "王五"),  # another chat of his: still in it
        (ROOM, "wechat:wxid_li", None),
    ]
    async with uow_factory() as uow:
        assert await uow.members.name_in(ROOM, "wechat:wxid_wang") is None
        assert await uow.members.find_in_chat(ROOM, "王五") == []
        assert await uow.members.name_of("wechat:wxid_wang") == "Wang Wu"  # the member stays
    await _see(uow_factory, **_seen(now))  # back in the room, within the hour: a member again
    async with uow_factory() as uow:
        assert await uow.members.name_in(ROOM, "wechat:wxid_wang") == "王五"


async def test_two_concurrent_sightings_of_a_new_member_both_succeed(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await asyncio.gather(
        _see(uow_factory, **_seen(clock.now())),
        _see(uow_factory, **_seen(clock.now() + timedelta(seconds=1), alias="五哥")),
    )

    async with uow_factory() as uow:
        assert [m.user_id for m in await uow.members.find_in_chat(ROOM, "Wang Wu")] == ["wxid_wang"]
    assert len(await _memberships(uow_factory)) == 1


async def test_a_sighting_waits_for_a_concurrent_one_of_the_same_new_member_then_updates(
    postgres_uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """PostgreSQL: the second insert meets the first's uncommitted row, waits, then takes the update."""
    first = postgres_uow_factory()
    await first.__aenter__()
    try:
        await first.members.seen(**_seen(clock.now()))
        # held back until the transaction's next write (storage.direct.defer); a read of it sends it
        assert await first.members.name_of("wechat:wxid_wang") == "Wang Wu"
        second = asyncio.create_task(
            _see(postgres_uow_factory, **_seen(clock.now(), display_name="老王", alias="五哥"))
        )
        await asyncio.sleep(0.2)
        assert not second.done()  # waiting for the first transaction
        await first.commit()
    finally:
        await first.__aexit__(None, None, None)
    await asyncio.wait_for(second, 10)

    async with postgres_uow_factory() as uow:
        wang = await uow.members.get("wechat:wxid_wang")
    assert wang is not None and wang.display_name == "老王"
    assert await _memberships(postgres_uow_factory) == [(ROOM, "wechat:wxid_wang", "五哥")]


async def test_languages_of_many_members_are_read_in_batches_and_unknown_ones_left_out(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """What a close asks to speak to each buyer in their own language: more members than one batch."""
    async with uow_factory() as uow:
        for n in range(1205):
            language = None if n % 3 == 0 else ("en-GB" if n % 2 else "zh-CN")
            fields = _seen(clock.now(), user_id=f"u{n}", display_name=f"U{n}", language=language, alias=None)
            await uow.members.seen(**fields)
        await uow.commit()

    async with uow_factory() as uow:
        found = await uow.members.languages([f"wechat:u{n}" for n in range(1205)] + ["wechat:nobody"])

    expected = {f"wechat:u{n}": "en-GB" if n % 2 else "zh-CN" for n in range(1205) if n % 3}
    assert found == expected
    async with uow_factory() as uow:
        assert await uow.members.languages([]) == {}


async def test_where_a_language_came_from_is_kept_and_only_the_apps_read_for_from_app(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """Migration 0059 (`members.language_from`): an organiser's notices read only her app's language."""
    fields = {"platform": "telegram", "chat_id": "-1", "alias": None}
    await _see(
        uow_factory, **_seen(clock.now(), user_id="amy", language="en", language_from="words", **fields)
    )
    await _see(uow_factory, **_seen(clock.now(), user_id="ken", language="en", language_from="app", **fields))
    async with uow_factory() as uow:
        assert await uow.members.languages(["telegram:amy", "telegram:ken"], from_app=True) == {
            "telegram:ken": "en"
        }
        assert await uow.members.languages(["telegram:amy"]) == {"telegram:amy": "en"}
    # the same language now told by her app is a change (written at once), and `+1` (no language) keeps it
    await _see(uow_factory, **_seen(clock.now(), user_id="amy", language="en", language_from="app", **fields))
    await _see(uow_factory, **_seen(clock.now(), user_id="amy", language=None, **fields))
    async with uow_factory() as uow:
        amy = await uow.members.get("telegram:amy")
        assert await uow.members.languages(["telegram:amy"], from_app=True) == {"telegram:amy": "en"}
    assert amy is not None and amy.language_from == "app"
