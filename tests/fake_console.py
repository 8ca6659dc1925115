"""In-memory `commerce.ports.ConsoleRepository` over `tests.fakes.MemoryState` (as storage.console)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.chats import ChatName
from commerce.domain.console import Account, AuditEntry, AuditFilter, GroupBuyRow, LoginLink
from commerce.domain.order import OrderStatus
from commerce.domain.roster import units_sold

if TYPE_CHECKING:
    from tests.fakes import MemoryState


@dataclass
class ConsoleState:
    accounts: dict[str, Account] = field(default_factory=dict)
    links: dict[str, LoginLink] = field(default_factory=dict)
    audit: list[AuditEntry] = field(default_factory=list)


class FakeConsole:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    @property
    def c(self) -> ConsoleState:
        return self.s.console

    async def add_account(self, account: Account) -> bool:
        if account.username in self.c.accounts:
            return False
        self.c.accounts[account.username] = account
        return True

    async def account(self, username: str) -> Account | None:
        return self.c.accounts.get(username)

    async def accounts(self) -> list[Account]:
        return sorted(self.c.accounts.values(), key=lambda a: a.username)

    async def add_link(self, link: LoginLink) -> None:
        self.c.links[link.token_hash] = link

    async def use_link(self, token_hash: str, now: datetime) -> str | None:
        link = self.c.links.get(token_hash)
        if link is None or link.used_at is not None or link.expires_at <= now:
            return None
        self.c.links[token_hash] = replace(link, used_at=now)
        return link.identity

    async def organises(self, user_id: str) -> bool:
        return any(g.organiser_id == user_id for g in self.s.group_buys.values())

    async def audit(self, entry: AuditEntry) -> None:
        self.c.audit.append(replace(entry, id=len(self.c.audit) + 1))

    async def audit_entries(self, where: AuditFilter) -> list[AuditEntry]:
        found = [
            e
            for e in self.c.audit
            if (not where.actor or e.actor == where.actor)
            and (not where.action or e.action == where.action)
            and (not where.subjects or e.subject in where.subjects)
            and (where.since is None or e.at >= where.since)
            and (where.until is None or e.at <= where.until)
        ]
        return sorted(found, key=lambda e: (e.at, e.id or 0), reverse=True)[: where.limit]

    async def group_buys(
        self,
        *,
        organiser_id: str | None,
        group_buy_id: int | None = None,
        limit: int = 500,
        before_id: int | None = None,
    ) -> list[GroupBuyRow]:
        rows = []
        for g in sorted(self.s.group_buys.values(), key=lambda g: g.id or 0, reverse=True):
            if organiser_id is not None and g.organiser_id != organiser_id:
                continue
            if group_buy_id is not None and g.id != group_buy_id:
                continue
            if before_id is not None and (g.id or 0) >= before_id:
                continue
            assert g.id is not None
            units = {status: 0 for status in OrderStatus}  # of its orders, by status
            for order in self.s.orders.values():
                if order.group_buy_id == g.id:
                    units[order.status] += sum(line.quantity for line in order.lines)
            part = sum(  # 部分退款 by units of orders still paid: out of the sold too
                sum(order.refunded_units.values())
                for order in self.s.orders.values()
                if order.group_buy_id == g.id and order.status in (OrderStatus.PAID, OrderStatus.FULFILLED)
            )
            units[OrderStatus.REFUNDED] += part
            dropped = units[OrderStatus.REFUNDED] + units[OrderStatus.CANCELLED]
            rows.append(
                GroupBuyRow(
                    g.id, g.terms.title, g.status.value, units_sold(g.status, g.sold, dropped),
                    g.terms.target, g.deadline, g.chat_id, None, g.organiser_id, g.organiser_name,
                    g.terms.unit, ordered=g.sold,
                    refunded=units[OrderStatus.REFUNDED], cancelled=units[OrderStatus.CANCELLED],
                    closed_at=g.closed_at,
                )
            )  # fmt: skip
        return rows[:limit]

    async def known_chats(self, *, limit: int) -> list[ChatName]:
        named = sorted((title, chat_id) for chat_id, (title, _) in self.s.chat_titles.items())
        found = [ChatName(chat_id, title) for title, chat_id in named]
        held = sorted({g.chat_id for g in self.s.group_buys.values()} - {c.chat_id for c in found})
        return [*found, *(ChatName(chat_id) for chat_id in held)][:limit]
