"""The console's storage on SQLite and PostgreSQL: admins' accounts (a name once), one-time login links
(used once, never after they expire, only the hash kept), the audit log and its filters, and the group
buy list scoped to an organiser with each chat's name."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from commerce.domain.console import Account, AuditEntry, AuditFilter, Principal, Role, login_link
from commerce.services import console
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, open_buy


async def test_an_admins_name_is_taken_once(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    async with uow_factory() as uow:
        assert await uow.console.add_account(Account("root", "$argon2id$hash", clock.now()))
        assert not await uow.console.add_account(Account("root", "$argon2id$other", clock.now()))
        assert await uow.console.add_account(Account("amy", "$argon2id$amy", clock.now()))
        await uow.commit()
    async with uow_factory() as uow:
        found = await uow.console.account("root")
        assert (
            found is not None and found.password_hash == "$argon2id$hash" and found.created_at == clock.now()
        )
        assert await uow.console.account("nobody") is None
        assert [a.username for a in await uow.console.accounts()] == ["amy", "root"]


async def test_a_link_works_once_within_ten_minutes(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        token = await console.issue_link(uow, identity="telegram:42", now=clock.now())
        late = await console.issue_link(uow, identity="telegram:43", now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        assert await console.use_link(uow, token="not-" + token, now=clock.now()) is None
        assert (
            await console.use_link(uow, token=token, now=clock.now() + timedelta(minutes=9)) == "telegram:42"
        )
        assert await console.use_link(uow, token=token, now=clock.now() + timedelta(minutes=9)) is None
        assert await console.use_link(uow, token=late, now=clock.now() + timedelta(minutes=10)) is None
        await uow.commit()


async def test_two_logins_with_one_link_at_once_let_one_in(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        await uow.console.add_link(login_link("tok", "playground:amy", clock.now()))
        await uow.commit()

    async def use() -> str | None:
        async with uow_factory() as uow:
            found = await console.use_link(uow, token="tok", now=clock.now())
            await uow.commit()
            return found

    results = await asyncio.gather(use(), use())
    assert sorted(results, key=str) == [None, "playground:amy"]


async def test_the_audit_log_is_filtered_by_who_what_and_when(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    root, amy = Principal(Role.ADMIN, "root"), Principal(Role.ORGANISER, "Amy", "playground:amy")
    async with uow_factory() as uow:
        closed, opened = {"status": "succeeded"}, {"status": "open"}
        await console.audit(
            uow, root, "group_buy.close", "group_buy:1", now=clock.now(), before=opened, after=closed
        )
        tomorrow = clock.now() + timedelta(days=1)
        await console.audit(
            uow, amy, "pickup.verify", "pickup_code:4827", now=tomorrow, after={"answer": "✅ 张三"}
        )
        await uow.commit()
    async with uow_factory() as uow:
        every = await uow.console.audit_entries(AuditFilter())
        assert [(e.actor, e.action) for e in every] == [
            ("playground:amy", "pickup.verify"),
            ("console:root", "group_buy.close"),
        ]
        assert every[1] == AuditEntry(
            "console:root", "group_buy.close", "group_buy:1", clock.now(), {"status": "open"},
            {"status": "succeeded"}, id=every[1].id,
        )  # fmt: skip
        assert every[0].after == {"answer": "✅ 张三"}
        by_root = await uow.console.audit_entries(AuditFilter(actor="console:root"))
        assert [e.subject for e in by_root] == ["group_buy:1"]
        closes = await uow.console.audit_entries(AuditFilter(action="pickup.verify"))
        assert [e.subject for e in closes] == ["pickup_code:4827"]
        later = await uow.console.audit_entries(AuditFilter(since=clock.now() + timedelta(hours=1)))
        assert [e.actor for e in later] == ["playground:amy"]
        earlier = await uow.console.audit_entries(AuditFilter(until=clock.now() + timedelta(hours=1)))
        assert [e.actor for e in earlier] == ["console:root"]


async def test_the_group_buy_list_is_scoped_and_names_the_chat(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    first = await open_buy(uow_factory, clock)
    second = await open_buy(uow_factory, clock, chat_id="other-chat")
    async with uow_factory() as uow:
        await uow.chat_names.name(CHAT, "家庭群", clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        every = await uow.console.group_buys(organiser_id=None)
        assert [row.id for row in every] == [second.id, first.id]
        assert every[1].title == "海南贵妃芒 5斤" and every[1].status == "open" and every[1].target == 3
        assert every[1].organiser_id == ORGANISER and every[1].chat_id == CHAT
        assert (every[1].chat_title, every[0].chat_title) == ("家庭群", None)
        assert await uow.console.group_buys(organiser_id="someone-else") == []
        one = await uow.console.group_buys(organiser_id=None, group_buy_id=first.id)
        assert [row.id for row in one] == [first.id]
        # the API's pages: `limit` of them, the next page those older than the last one's id
        assert [row.id for row in await uow.console.group_buys(organiser_id=None, limit=1)] == [second.id]
        older = await uow.console.group_buys(organiser_id=ORGANISER, limit=1, before_id=second.id)
        assert [row.id for row in older] == [first.id]
        assert await uow.console.group_buys(organiser_id=None, before_id=first.id) == []
        assert await uow.console.organises(ORGANISER)
        assert not await uow.console.organises("someone-else")


async def test_the_chats_an_admin_may_open_in_are_every_chat_the_bot_knows(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await open_buy(uow_factory, clock)
    await open_buy(uow_factory, clock, chat_id="unnamed-chat")
    await open_buy(uow_factory, clock, chat_id="unnamed-chat")
    async with uow_factory() as uow:
        await uow.chat_names.name(CHAT, "家庭群", clock.now())
        await uow.chat_names.name("quiet-chat", "Book club", clock.now())  # named, no group buy yet
        await uow.commit()
    async with uow_factory() as uow:
        known = await uow.console.known_chats(limit=10)
        assert [(c.chat_id, c.title) for c in known] == [
            ("quiet-chat", "Book club"), (CHAT, "家庭群"), ("unnamed-chat", None),
        ]  # fmt: skip
        assert len(await uow.console.known_chats(limit=1)) == 1


async def test_an_audit_action_the_page_cannot_offer_is_refused_and_nothing_written(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """Every action the log writes is one the audit page's What filter offers in words (AUDIT_ACTIONS)."""
    root = Principal(Role.ADMIN, "root")
    async with uow_factory() as uow:
        with pytest.raises(ValueError, match="AUDIT_ACTIONS"):
            await console.audit(uow, root, "group_buy.explode", "group_buy:1", now=clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.console.audit_entries(AuditFilter()) == []
