"""For you (issue #13): hit rate at 3 of `/foryou`'s ranking against a most-popular baseline, on SQLite.

A seeded community: `--members` members in `--chats` group chats (each in one or two), each member in
a taste group that likes two of six product categories. For `--days` days each chat opens two group
buys a day of a product drawn from the catalogue (the same product comes back: a copy), each open
three days; a member buys with a chance that follows their taste and the product's popularity. Group
buys of the last three days are still collecting (participant lines); older ones closed (orders).

Leave-last-purchase-out: for each member whose last purchase is a group buy still open (and who bought
something before it), that line is deleted in a transaction, `commerce.services.recommend.for_member`
(what `/foryou` calls) ranks the member's open group buys, and the transaction is rolled back. A hit:
the left-out group buy is among the first three. The baseline is the same call with
`recommend.most_popular` (the products most members bought), over the same reads, in the same run.
Goal: ratio ≥ 1.5x. Same seed, same figures, every run.

Run: `python bench/recommend.py` (`--members 500` for a bigger community).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, insert

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from commerce.domain import recommend as ranking
from commerce.services import recommend
from storage.db import make_engine
from storage.migrate import upgrade
from storage.tables import (
    ChatMemberRow,
    GroupBuyRow,
    OrderRow,
    ParticipantRow,
    chat_members,
    group_buys,
    orders,
    participants,
)
from storage.uow import SqlUnitOfWorkFactory

PLATFORM = "bench"
START = datetime(2026, 11, 1, 2, 0, tzinfo=UTC)
CATEGORIES = {
    "fruit": ("芒果", "榴莲", "车厘子", "荔枝", "草莓", "蓝莓"),
    "seafood": ("大闸蟹", "基围虾", "三文鱼", "扇贝", "鲍鱼", "生蚝"),
    "snacks": ("坚果", "牛肉干", "薯片", "饼干", "巧克力", "果冻"),
    "home": ("抽纸", "洗衣液", "垃圾袋", "牙膏", "洗洁精", "湿巾"),
    "beauty": ("面膜", "防晒霜", "洗面奶", "口红", "护手霜", "精华"),
    "baby": ("奶粉", "尿不湿", "辅食", "米粉", "童装", "玩具"),
}
TASTES = (
    ("fruit", "snacks"),
    ("seafood", "fruit"),
    ("home", "baby"),
    ("beauty", "snacks"),
    ("baby", "fruit"),
)
OPEN_DAYS = 5
LIKED, OTHER = 0.30, 0.02  # a member's chance to buy a product of a category they like / don't


@dataclass(frozen=True)
class Product:
    title: str
    category: str
    appeal: float  # popularity: some products sell to more of everyone


@dataclass
class World:
    members: list[str]
    chats_of: dict[str, list[str]]
    taste: dict[str, tuple[str, str]]
    bought: dict[str, list[tuple[datetime, int, bool]]]  # member -> (when, group buy, still open)


def _products(rng: random.Random) -> list[Product]:
    return [
        Product(title, category, rng.lognormvariate(0, 0.6))
        for category, names in CATEGORIES.items()
        for title in names
    ]


async def _fill(factory: SqlUnitOfWorkFactory, args: argparse.Namespace) -> World:
    """Rows straight into the tables (the bench measures the ranking, not the joining)."""
    rng = random.Random(args.seed)
    products = _products(rng)
    chats = [f"chat-{i}" for i in range(args.chats)]
    members = [f"m{i}" for i in range(args.members)]
    chats_of = {m: rng.sample(chats, rng.choice((1, 1, 2))) for m in members}
    taste = {m: rng.choice(TASTES) for m in members}
    in_chat = {c: [m for m in members if c in chats_of[m]] for c in chats}
    now = START + timedelta(days=args.days)
    world = World(members, chats_of, taste, {m: [] for m in members})
    gb_rows, line_rows, order_rows = [], [], []
    gid = 0
    for day in range(args.days):
        for chat in chats:
            for slot in range(args.per_day):
                gid += 1
                product = rng.choice(products)
                opened = START + timedelta(days=day, hours=slot * 4)
                still_open = opened + timedelta(days=OPEN_DAYS) > now
                gb_rows.append(_group_buy(chat, product.title, opened, still_open))
                for member in in_chat[chat]:
                    liked = product.category in taste[member]
                    if rng.random() >= min(0.9, (LIKED if liked else OTHER) * product.appeal):
                        continue
                    at = opened + timedelta(minutes=rng.randrange(OPEN_DAYS * 24 * 60 - 60))
                    at = min(at, now - timedelta(minutes=1))
                    world.bought[member].append((at, gid, still_open))
                    if still_open:
                        line_rows.append(_line(gid, member, at))
                    else:
                        order_rows.append(_order(gid, chat, member, at, seq=len(order_rows) + 1))
    async with factory() as uow:
        conn = uow.connection  # type: ignore[attr-defined]
        await conn.execute(insert(group_buys), gb_rows)
        await conn.execute(insert(participants), line_rows)
        await conn.execute(insert(orders), order_rows)
        memberships = [
            ChatMemberRow(chat_id=c, identity=f"{PLATFORM}:{m}", first_seen=START, last_seen=now).model_dump(
                exclude={"id"}
            )
            for m in members
            for c in chats_of[m]
        ]
        await conn.execute(insert(chat_members), memberships)
        await uow.commit()
    return world


def _group_buy(chat: str, title: str, opened: datetime, still_open: bool) -> dict[str, object]:
    return GroupBuyRow(
        chat_id=chat,
        organiser_id="organiser",
        organiser_name="Organiser",
        title=title,
        currency="CNY",
        unit_price=5000,
        target=1,
        deadline=opened + timedelta(days=OPEN_DAYS),
        status="open" if still_open else "succeeded",
        created_at=opened,
        closed_at=None if still_open else opened + timedelta(days=OPEN_DAYS),
    ).model_dump(exclude={"id"})


def _line(gid: int, member: str, at: datetime) -> dict[str, object]:
    row = ParticipantRow(group_buy_id=gid, user_id=member, display_name=member, quantity=1, joined_at=at)
    return row.model_dump(exclude={"id"})


def _order(gid: int, chat: str, member: str, at: datetime, *, seq: int) -> dict[str, object]:
    return OrderRow(
        group_buy_id=gid,
        chat_id=chat,
        buyer_id=member,
        buyer_name=member,
        currency="CNY",
        status="paid",
        created_at=at,
        total=5000,
        seq=seq,
    ).model_dump(exclude={"id"})


def _left_out(world: World) -> Iterator[tuple[str, int]]:
    """(member, group buy) of each member whose last purchase is still open, with one before it."""
    for member in world.members:
        bought = sorted(world.bought[member])
        if len(bought) >= 2 and bought[-1][2]:
            yield member, bought[-1][1]


async def _hits(factory: SqlUnitOfWorkFactory, world: World, now: datetime) -> tuple[int, int, int, float]:
    """(evaluated, hits of the ranking, hits of the baseline, seconds per ranking)."""
    evaluated = ranked = popular = 0
    spent = 0.0
    for member, gid in _left_out(world):
        async with factory() as uow:
            conn = uow.connection  # type: ignore[attr-defined]
            p = participants.c
            await conn.execute(delete(participants).where(p.group_buy_id == gid, p.user_id == member))
            started = time.perf_counter()
            picks = await recommend.for_member(uow, platform=PLATFORM, user_id=member, now=now)
            spent += time.perf_counter() - started
            baseline = await recommend.for_member(
                uow, platform=PLATFORM, user_id=member, now=now, ranker=ranking.most_popular
            )
            await uow.rollback()
        assert picks is not None and baseline is not None
        evaluated += 1
        ranked += gid in {pick.candidate.group_buy_id for pick in picks}
        popular += gid in {pick.candidate.group_buy_id for pick in baseline}
    return evaluated, ranked, popular, spent / max(evaluated, 1)


async def main(args: argparse.Namespace) -> None:
    now = START + timedelta(days=args.days)
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        await upgrade(url)
        engine = make_engine(url)
        factory = SqlUnitOfWorkFactory(engine)
        try:
            world = await _fill(factory, args)
            evaluated, ranked, popular, per_call = await _hits(factory, world, now)
        finally:
            await engine.dispose()
    purchases = sum(len(b) for b in world.bought.values())
    print(
        f"community: {args.members} members, {args.chats} chats, {args.days} days, "
        f"{purchases} purchases (seed {args.seed}, SQLite)"
    )
    print(f"left out: the last purchase of {evaluated} members (a group buy still open)")
    hit, base = ranked / max(evaluated, 1), popular / max(evaluated, 1)
    print(f"hit rate at 3, For you (co-purchase, own history, notes): {hit:.1%} ({ranked}/{evaluated})")
    print(f"hit rate at 3, most popular (baseline):                  {base:.1%} ({popular}/{evaluated})")
    print(f"ratio: {hit / base:.2f}x (goal >= 1.5x)" if base else "ratio: baseline hit nothing")
    print(f"one /foryou ranking on SQLite: {per_call * 1000:.1f} ms on average")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--members", type=int, default=200)
    parser.add_argument("--chats", type=int, default=4)
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=3, help="group buys each chat opens a day")
    parser.add_argument("--seed", type=int, default=13)
    asyncio.run(main(parser.parse_args()))
