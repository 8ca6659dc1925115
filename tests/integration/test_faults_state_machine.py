"""Random scripts through the real `ChatApp` on PostgreSQL (hypothesis stateful): an organiser opens,
edits, closes and calls off group buys; members join (+1, +2, for a friend), leave, say they paid; the
organiser confirms payments, takes goods as collected and refunds; deadlines pass; updates arrive twice;
the process restarts (its engine disposed, a new `ChatApp` on the same database). Everything is typed as
people type it and answered as they would be answered.

After every step, read from the database (asyncpg, not the repositories under test):
- stock never goes negative and no group buy sells more than its stock; `sold` is its lines' sum;
- a price only goes down once someone joined (before, a price typed too low at opening may go up);
  each order's total is its lines' quantities times their price, every line at
  the price in force at the close (the best tier reached by what was sold, after the edits), and the
  buyer's units are their lines' (own and friends'); a group buy that did not succeed has no order,
  one that did has one per buyer;
- the ledger is balanced (each transaction and the trial balance sum to zero, also as
  storage.ledger's `trial_balance` says); an order never paid has no posting, a refunded one leaves
  nothing in any account, a paid one has its payment posted once;
- and a repeated update (the same update key) changes no row anywhere and gets the same answer.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable
from typing import Any, TypeVar

import asyncpg
import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy.engine import make_url

from handlers.app import AppConfig, ChatApp
from handlers.types import Reply, Request
from storage.db import make_engine
from storage.tables import ALL_TABLES
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock

pytestmark = pytest.mark.postgres

T = TypeVar("T")
ROOM = "room"
ORGANISER = "amy"
MEMBERS = ("bob", "cat", "dan")
SORRY = frozenset(  # the answer to anything unexpected: it must never come
    {
        "Sorry, something went wrong on my side. Nothing was changed; please try again.",
        "抱歉，我这边出了点问题，没有任何改动，请再试一次。",
    }
)
SETTINGS = settings(
    max_examples=25,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    # No shrinking: every step is several database round trips, so shrinking a 30-step script runs
    # past the test's time limit; a failure prints its whole script as it ran, which reads well enough.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
)
TABLES = tuple(table.name for table in ALL_TABLES)
# the terms a group buy opens with (a tier: where it starts, how much cheaper than the one before)
PRICES = st.integers(60, 100)
STOCKS = st.integers(2, 12)
GOALS = st.integers(1, 4)
LIMITS = st.sampled_from([None, None, 2, 4])
TIERS = st.lists(st.tuples(st.integers(2, 12), st.integers(1, 30)), max_size=2, unique_by=lambda t: t[0])


def _price_at(unit_price: int, tiers: list[list[int]], sold: int) -> int:
    """The price the terms charge at `sold` units in total: the best tier reached (computed here, not
    by the domain's function)."""
    price = unit_price
    for minimum, tier_price in sorted(tiers):
        if sold >= minimum:
            price = tier_price
    return price


class ChatOnPostgres(RuleBasedStateMachine):
    url = ""  # the migrated database: the test makes a subclass that sets it

    def __init__(self) -> None:
        super().__init__()
        self.loop = asyncio.new_event_loop()
        self.clock = FakeClock()
        self.reader: asyncpg.Connection = self.run(self._connect())
        self.run(self._reset())
        self.factory, self.app = self._start()
        self.updates = 0
        self.delivered: list[tuple[Request, list[Reply]]] = []
        self.prices: dict[int, int] = {}  # group buy -> its price at the last step
        self.open_id: int | None = None
        self.orders: list[str] = []  # "12-3"

    # -- the world ---------------------------------------------------------------------------------
    def run(self, work: Awaitable[T]) -> T:
        return self.loop.run_until_complete(work)

    async def _connect(self) -> asyncpg.Connection:
        url = make_url(self.url)
        return await asyncpg.connect(host=url.host, port=url.port, user=url.username, database=url.database)

    async def _reset(self) -> None:
        """One empty database per example, as tests/conftest.py's `_clean_postgres_database` makes it."""
        await self.reader.execute(f"TRUNCATE {', '.join(TABLES)} RESTART IDENTITY CASCADE")

    def _start(self) -> tuple[SqlUnitOfWorkFactory, ChatApp]:
        factory = SqlUnitOfWorkFactory(make_engine(self.url))
        config = AppConfig(outbox_platform="test", default_language="en")
        return factory, ChatApp(uow_factory=factory, clock=self.clock, config=config)

    def teardown(self) -> None:
        try:
            self.run(self.factory.dispose())
            self.run(self.reader.close())
        finally:
            self.loop.close()

    def say(self, user: str, text: str) -> list[Reply]:
        self.updates += 1
        self.clock.advance(seconds=7)
        request = Request(
            platform="test",
            chat_id=ROOM,
            user_id=user,
            display_name=user.title(),
            text=text,
            update_id=str(self.updates),
            language="en",
        )
        answer = self.run(self.app.handle(request))
        self.delivered.append((request, answer))
        assert not SORRY & {reply.text for reply in answer}, (text, answer)
        return answer

    # -- the organiser -----------------------------------------------------------------------------
    @initialize(price=PRICES, stock=STOCKS, goal=GOALS, limit=LIMITS, tiers=TIERS)
    def the_first_group_buy(
        self, price: int, stock: int, goal: int, limit: int | None, tiers: list[tuple[int, int]]
    ) -> None:
        self._open(price, stock, goal, limit, tiers)

    @precondition(lambda self: self.open_id is None)
    @rule(price=PRICES, stock=STOCKS, goal=GOALS, limit=LIMITS, tiers=TIERS)
    def open_another(
        self, price: int, stock: int, goal: int, limit: int | None, tiers: list[tuple[int, int]]
    ) -> None:
        self._open(price, stock, goal, limit, tiers)

    def _open(
        self, price: int, stock: int, goal: int, limit: int | None, tiers: list[tuple[int, int]]
    ) -> None:
        terms = [f"price {price}"]
        starts = sorted({min(minimum, stock) for minimum, _ in tiers})
        if starts:
            off, written = 0, []
            for start, (_, cut) in zip(starts, sorted(tiers), strict=False):  # each cheaper than the last
                off += cut
                written.append(f"{start}:{price - off}")
            terms.append("tiers " + ",".join(written))
        terms += [f"target {min(goal, stock)}", f"stock {stock}"]
        if limit is not None:
            terms.append(f"limit {min(limit, stock)}")
        self.say(ORGANISER, f"/groupbuy Mangoes {' '.join(terms)} ends 2h")

    @precondition(lambda self: self.open_id is not None)
    @rule(
        change=st.sampled_from(["price", "stock", "limit", "ends"]),
        value=st.integers(0, 110),
        by=st.sampled_from([ORGANISER, ORGANISER, ORGANISER, "bob"]),
    )
    def edit(self, change: str, value: int, by: str) -> None:
        words = {
            "price": f"price {max(value, 1)}",
            "stock": f"stock {value % 14}",
            "limit": f"limit {value % 7 + 1}",
            "ends": f"ends {value % 5 + 1}h",
        }
        self.say(by, f"/edit {words[change]}")

    @precondition(lambda self: self.open_id is not None)
    @rule(word=st.sampled_from(["/close", "截单"]))
    def close(self, word: str) -> None:
        self.say(ORGANISER, word)

    @precondition(lambda self: self.open_id is not None)
    @rule(crowd=st.lists(st.tuples(st.sampled_from(MEMBERS), st.integers(1, 3)), min_size=1, max_size=4))
    def a_crowd_joins_then_it_closes(self, crowd: list[tuple[str, int]]) -> None:
        for member, quantity in crowd:
            self.say(member, f"+{quantity}")
        self.say(ORGANISER, "/close")

    @precondition(lambda self: self.open_id is not None)
    @rule()
    def call_off(self) -> None:
        self.say(ORGANISER, "/cancel")

    @precondition(lambda self: self.open_id is not None)
    @rule()
    def deadline_passes(self) -> None:
        self.clock.advance(hours=6)
        assert self.open_id is not None
        self.run(self.app.expire(self.open_id))

    def _on_an_order(self, which: int, word: str) -> None:
        self.say(ORGANISER, f"{word} {self.orders[which % len(self.orders)]}")

    @precondition(lambda self: bool(self.orders))
    @rule(which=st.integers(0, 20), word=st.sampled_from(["/paid", "已收"]))
    def confirm_paid(self, which: int, word: str) -> None:
        self._on_an_order(which, word)

    @precondition(lambda self: bool(self.orders))
    @rule(which=st.integers(0, 20), word=st.sampled_from(["/refund", "退款"]))
    def refund(self, which: int, word: str) -> None:
        self._on_an_order(which, word)

    @precondition(lambda self: bool(self.orders))
    @rule(which=st.integers(0, 20), word=st.sampled_from(["/pickedup", "已取货", "/notpaid"]))
    def picked_up_or_not_received(self, which: int, word: str) -> None:
        self._on_an_order(which, word)

    # -- the members -------------------------------------------------------------------------------
    @precondition(lambda self: self.open_id is not None)
    @rule(
        member=st.sampled_from(MEMBERS), quantity=st.integers(1, 4), form=st.sampled_from(["+{q}", "接{q}"])
    )
    def join(self, member: str, quantity: int, form: str) -> None:
        self.say(member, form.format(q=quantity))

    @rule(member=st.sampled_from(MEMBERS), quantity=st.integers(1, 3))
    def join_for_a_friend(self, member: str, quantity: int) -> None:
        self.say(member, f"+{quantity} for Wang")

    @precondition(lambda self: self.open_id is not None)
    @rule(member=st.sampled_from(MEMBERS), form=st.sampled_from(["-1", "/leave", "-1 for Wang", "退出"]))
    def leave(self, member: str, form: str) -> None:
        self.say(member, form)

    @precondition(lambda self: bool(self.orders))
    @rule(member=st.sampled_from(MEMBERS), form=st.sampled_from(["/ipaid", "我已付款"]))
    def says_they_paid(self, member: str, form: str) -> None:
        self.say(member, form)

    # -- the platform and the process --------------------------------------------------------------
    @precondition(lambda self: bool(self.delivered))
    @rule(which=st.integers(0, 1000))
    def the_same_update_again(self, which: int) -> None:
        request, first = self.delivered[which % len(self.delivered)]
        before = self.run(self._everything())

        again = self.run(self.app.handle(request))

        assert again == first
        assert self.run(self._everything()) == before

    @rule()
    def restart(self) -> None:
        self.run(self.factory.dispose())
        self.factory, self.app = self._start()

    # -- what must hold ----------------------------------------------------------------------------
    async def _everything(self) -> dict[str, list[Any]]:
        return {name: list(await self.reader.fetch(f"SELECT * FROM {name} ORDER BY 1")) for name in TABLES}

    @invariant()
    def the_books_hold(self) -> None:
        self.run(self._check())

    async def _check(self) -> None:
        read = self.reader.fetch
        group_buys = await read(
            "SELECT id, status, stock, sold, unit_price, tiers, final_unit_price, orders_upto FROM group_buys"
        )
        lines = await read("SELECT group_buy_id, user_id, quantity FROM participants")
        orders = await read("SELECT id, group_buy_id, buyer_id, status, total, seq FROM orders ORDER BY id")
        order_lines = await read("SELECT order_id, quantity, unit_price FROM order_lines")
        ever_paid = {
            row["order_id"]
            for row in await read("SELECT order_id, to_status FROM order_status_changes")
            if row["to_status"] == "paid"
        }
        self._check_stock_and_prices(group_buys, lines)
        self._check_orders(group_buys, lines, orders, order_lines)
        await self._check_ledger(orders, ever_paid)
        self.open_id = next((row["id"] for row in group_buys if row["status"] == "open"), None)
        self.orders = [f"{row['group_buy_id']}-{row['seq']}" for row in orders]

    def _check_stock_and_prices(self, group_buys: list[Any], lines: list[Any]) -> None:
        for row in group_buys:
            assert row["sold"] >= 0
            if row["stock"] is not None:
                assert row["stock"] >= 0
                assert row["sold"] <= row["stock"], dict(row)
            assert row["sold"] == sum(line["quantity"] for line in lines if line["group_buy_id"] == row["id"])
            if row["sold"] > 0:  # an edit rising with nobody in is allowed (commerce.domain.edits)
                assert row["unit_price"] <= self.prices.get(row["id"], row["unit_price"]), "a price went up"
            self.prices[row["id"]] = row["unit_price"]

    def _check_orders(
        self, group_buys: list[Any], lines: list[Any], orders: list[Any], order_lines: list[Any]
    ) -> None:
        for group_buy in group_buys:
            own = [order for order in orders if order["group_buy_id"] == group_buy["id"]]
            if group_buy["status"] not in ("succeeded", "fulfilled"):
                assert own == [], f"group buy {group_buy['id']} is {group_buy['status']} with orders"
                continue
            assert group_buy["orders_upto"] is None  # small closes write every order in their transaction
            price = _price_at(group_buy["unit_price"], json.loads(group_buy["tiers"]), group_buy["sold"])
            assert group_buy["final_unit_price"] == price
            bought: dict[str, int] = {}
            for line in lines:
                if line["group_buy_id"] == group_buy["id"]:
                    bought[line["user_id"]] = bought.get(line["user_id"], 0) + line["quantity"]
            assert sorted(order["buyer_id"] for order in own) == sorted(bought)  # one order per buyer
            for order in own:
                its = [line for line in order_lines if line["order_id"] == order["id"]]
                assert all(line["unit_price"] == price for line in its), (order, its, price)
                assert order["total"] == sum(line["quantity"] * line["unit_price"] for line in its)
                assert sum(line["quantity"] for line in its) == bought[order["buyer_id"]]

    async def _check_ledger(self, orders: list[Any], ever_paid: set[int]) -> None:
        read = self.reader.fetch
        unbalanced = await read(
            "SELECT transaction_id, currency FROM ledger_postings"
            " GROUP BY transaction_id, currency HAVING sum(amount) <> 0"
        )
        assert unbalanced == []
        totals = await read("SELECT currency, sum(amount) AS total FROM ledger_postings GROUP BY currency")
        assert all(row["total"] == 0 for row in totals)
        async with self.factory() as uow:
            assert (await uow.ledger.trial_balance()).balanced
        posted = await read(
            "SELECT t.order_id, t.business_key, p.kind, p.member, p.amount FROM ledger_transactions t"
            " JOIN ledger_postings p ON p.transaction_id = t.id WHERE t.order_id IS NOT NULL"
        )
        for order in orders:
            mine = [row for row in posted if row["order_id"] == order["id"]]
            if order["id"] not in ever_paid:
                assert mine == [], order
                continue
            payments = {row["business_key"] for row in mine if row["business_key"].endswith(":paid")}
            assert payments == {f"order:{order['id']}:paid"}
            if order["status"] == "refunded":
                held: dict[tuple[str, str], int] = {}
                for row in mine:
                    held[row["kind"], row["member"]] = (
                        held.get((row["kind"], row["member"]), 0) + row["amount"]
                    )
                assert set(held.values()) <= {0}, held


def test_random_scripts_keep_stock_totals_and_the_ledger_right(_clean_postgres_database: str) -> None:
    class OnTheTestDatabase(ChatOnPostgres):
        url = _clean_postgres_database

    run_state_machine_as_test(OnTheTestDatabase, settings=SETTINGS)
