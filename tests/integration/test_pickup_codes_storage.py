"""Pickup codes and helpers on SQLite and PostgreSQL: a code is stored with its order and unique in its
group buy, helpers reach what they help with, and a code verified twice at once counts once."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Awaitable, Iterator

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.domain.order import Order, OrderStatus
from commerce.domain.reach import Where
from commerce.services import orders as order_service
from commerce.services import pickup
from handlers.app import AppConfig, ChatApp
from handlers.types import Request
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy


async def _orders(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> list[Order]:
    """A group buy that succeeded with Cat's, Dan's and Eve's orders, none paid yet."""
    group_buy = await open_buy(factory, clock, target=1)
    assert group_buy.id is not None
    for buyer in ("cat", "dan", "eve"):
        await join(factory, clock, buyer, 2 if buyer == "cat" else 1)
    return await close(factory, clock, group_buy.id)


async def _pay(factory: SqlUnitOfWorkFactory, clock: FakeClock, order: Order) -> Order:
    assert order.id is not None
    async with factory() as uow:
        done = await order_service.confirm_paid(
            uow, order_id=order.id, actor=ORGANISER, is_admin=False, now=clock.now(), where=Where(CHAT)
        )
        await uow.commit()
    return done.order


async def _stored(factory: SqlUnitOfWorkFactory, order_id: int | None) -> Order:
    assert order_id is not None
    async with factory() as uow:
        found = await uow.orders.get(order_id)
    assert found is not None
    return found


async def _verify(
    factory: SqlUnitOfWorkFactory, clock: FakeClock, code: str, who: str, *, hold: float = 0
) -> str:
    """`核销 code` typed by `who` in the chat; "ok" or the refusal's code. `hold`: seconds the unit of
    work stays open after the hand-over, so that a concurrent one runs meanwhile."""
    try:
        async with factory() as uow:
            await pickup.verify(
                uow,
                code=code,
                actor=who,
                helper=identity("test", who),
                is_admin=False,
                where=Where(CHAT),
                now=clock.now(),
            )
            await asyncio.sleep(hold)
            await uow.commit()
    except DomainError as refusal:
        return refusal.code
    return "ok"


async def test_a_paid_order_has_its_code_stored_and_codes_are_unique_in_a_group_buy(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    cat, dan, eve = await _orders(uow_factory, clock)

    paid = [await _pay(uow_factory, clock, order) for order in (cat, dan)]

    codes = [order.pickup_code for order in paid]
    assert all(code is not None and len(code) == 4 for code in codes) and codes[0] != codes[1]
    assert [(await _stored(uow_factory, o.id)).pickup_code for o in paid] == codes
    assert (await _stored(uow_factory, eve.id)).pickup_code is None
    async with uow_factory() as uow:
        assert eve.id is not None
        assert await uow.pickups.assign_code(eve.id, eve.group_buy_id, codes[0] or "") is None  # Cat's
        assert await uow.pickups.assign_code(eve.id, eve.group_buy_id, "7777") == "7777"
        assert await uow.pickups.assign_code(eve.id, eve.group_buy_id, "8888") == "7777"  # has one
        await uow.commit()
    assert (await _stored(uow_factory, eve.id)).pickup_code == "7777"


async def test_two_payments_drawing_the_same_code_at_once_get_two_codes(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    cat, dan, _ = await _orders(uow_factory, clock)

    def draws() -> Iterator[str]:
        yield from ("4827", "5150")

    monkeypatch.setattr(pickup, "code_candidates", draws)

    async def pay_and_hold(order: Order) -> str | None:
        assert order.id is not None
        async with uow_factory() as uow:
            done = await order_service.confirm_paid(
                uow, order_id=order.id, actor=ORGANISER, is_admin=False, now=clock.now(), where=Where(CHAT)
            )
            await asyncio.sleep(0.1)  # the other payment draws 4827 while this one holds it uncommitted
            await uow.commit()
        return done.order.pickup_code

    codes = await asyncio.gather(pay_and_hold(cat), pay_and_hold(dan))

    assert sorted(code or "" for code in codes) == ["4827", "5150"]
    stored = [(await _stored(uow_factory, o.id)).pickup_code for o in (cat, dan)]
    assert stored == codes
    assert {(await _stored(uow_factory, o.id)).status for o in (cat, dan)} == {OrderStatus.PAID}


async def test_a_code_verified_twice_at_once_counts_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    cat, _, _ = await _orders(uow_factory, clock)
    code = (await _pay(uow_factory, clock, cat)).pickup_code
    assert code is not None and cat.id is not None
    async with uow_factory() as uow:
        for helper in ("fay", "gus"):
            await uow.pickups.add_helper(
                cat.group_buy_id, identity("test", helper), by=ORGANISER, at=clock.now()
            )
        await uow.commit()

    outcomes = await asyncio.gather(
        _verify(uow_factory, clock, code, "fay", hold=0.1), _verify(uow_factory, clock, code, "gus", hold=0.1)
    )

    assert Counter(outcomes) == Counter({"ok": 1, "pickup_code_used": 1})
    order = await _stored(uow_factory, cat.id)
    assert order.status is OrderStatus.FULFILLED
    assert [change.to_status for change in order.history] == [OrderStatus.PAID, OrderStatus.FULFILLED]
    assert await _verify(uow_factory, clock, code, ORGANISER) == "pickup_code_used"


async def test_who_reaches_a_code(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    cat, _, _ = await _orders(uow_factory, clock)
    code = (await _pay(uow_factory, clock, cat)).pickup_code
    assert code is not None and cat.id is not None
    fay = identity("test", "fay")
    async with uow_factory() as uow:
        p = uow.pickups
        assert await p.add_helper(cat.group_buy_id, fay, by=ORGANISER, at=clock.now())
        assert not await p.add_helper(cat.group_buy_id, fay, by=ORGANISER, at=clock.now())
        assert await p.helpers(cat.group_buy_id) == [fay] and await p.is_helper(cat.group_buy_id, fay)

        def coded(chat: str | None, actor: str, *, admin: bool = False) -> Awaitable[list[int]]:
            return p.coded(code, chat_id=chat, actor=actor, helper=identity("test", actor), admin=admin)

        assert await coded(CHAT, ORGANISER) == [cat.id]
        assert await coded(None, ORGANISER) == [cat.id]  # the organiser's private chat
        assert await coded(CHAT, "fay") == [cat.id] and await coded(None, "fay") == [cat.id]
        assert await coded("other-chat", "fay") == [] and await coded("other-chat", ORGANISER) == []
        assert await coded(CHAT, "dan") == [] and await coded(CHAT, "dan", admin=True) == [cat.id]
        assert await p.verifies_any(chat_id=CHAT, actor="x", helper=fay)
        assert await p.verifies_any(chat_id=None, actor="x", helper=fay)
        assert not await p.verifies_any(chat_id="other-chat", actor="x", helper=fay)
        assert await p.verifies_any(chat_id=CHAT, actor=ORGANISER, helper="nobody")
        assert not await p.verifies_any(chat_id=None, actor="dan", helper=identity("test", "dan"))

        assert await p.remove_helper(cat.group_buy_id, fay)
        assert not await p.remove_helper(cat.group_buy_id, fay)
        assert await coded(CHAT, "fay") == [] and await p.helpers(cat.group_buy_id) == []
        await uow.commit()


async def test_a_help_seller_named_helper_takes_her_groups_codes_there(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    """帮卖: the organiser names the help-seller (a member of the other group only) from her own group;
    in his group he takes the codes of the orders made there, not those of hers (as `tests/regressions/
    test_a_help_seller_can_be_her_groups_pickup_helper.py`, on storage)."""
    app = ChatApp(uow_factory=uow_factory, clock=FakeClock(), config=AppConfig())
    said = iter(range(1, 100))

    async def say(chat: str, user: str, text: str) -> str:
        request = Request(
            platform="test",
            chat_id=chat,
            user_id=user,
            display_name=user.title(),
            text=text,
            update_id=str(next(said)),
            language="en",
        )
        return "\n".join(reply.text for reply in await app.handle(request) if reply.text)

    for chat, user, text in [
        ("family", "amy", "/groupbuy Bread price 10"),
        ("family", "amy", "/helpsell on 10%"),
        ("family", "cat", "+1"),
        ("street", "bob", "/helpsell #1"),
        ("street", "ivy", "+1"),
        ("family", "amy", "/close"),
    ]:
        await say(chat, user, text)
    assert (await say("family", "amy", "/helper @Bob")).startswith(
        "Bob can now take pickup codes of #1 Bread"
    )
    await say("family", "amy", "/paid 1-1 1-2")
    async with uow_factory() as uow:
        orders = await uow.orders.for_group_buy(1)
    codes = {order.buyer_id: order.pickup_code for order in orders}

    handed = await say("street", "bob", f"/pickupcode {codes['ivy']}")
    not_here = await say("street", "bob", f"/pickupcode {codes['cat']}")

    assert handed.startswith(f"✅ Code {codes['ivy']}: order #1-2 of Ivy, 1 unit:")
    assert not_here == (
        f"No order you can hand over here has pickup code {codes['cat']}: check the number and try again. "
        "Nothing was changed."
    )
    async with uow_factory() as uow:
        statuses = {order.buyer_id: order.status for order in await uow.orders.for_group_buy(1)}
    assert statuses == {"cat": OrderStatus.PAID, "ivy": OrderStatus.FULFILLED}
