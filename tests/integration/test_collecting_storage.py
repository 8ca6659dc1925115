"""Getting paid on SQLite and PostgreSQL (fast and stock paths): a payment is reported once, a reported
reservation does not lapse, the group is reminded at most every 6 hours, and the evening before a
pickup is reminded once however many sweeps (or processes) run it."""

from __future__ import annotations

import asyncio
from datetime import datetime, time, timedelta

from commerce.domain.collecting import Owing
from commerce.domain.listings import Listing
from commerce.domain.reach import Where
from commerce.services import collecting, payments
from commerce.services import orders as order_service
from handlers.app import AppConfig, ChatApp
from handlers.collecting import PickupReminders
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, close, join, open_buy
from tests.integration.test_payments_storage import succeeded

DAY = timedelta(hours=24)


async def test_a_report_is_recorded_once_and_taken_back_once(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    await join(uow_factory, clock, "bob")
    await join(uow_factory, clock, "cat", 2)
    assert group_buy.id is not None
    bob, cat = await close(uow_factory, clock, group_buy.id)
    assert bob.id is not None and cat.id is not None
    async with uow_factory() as uow:
        assert await uow.collecting.report_paid(bob.id, clock.now(), "wechat")  # `付了88，微信转的`
        assert not await uow.collecting.report_paid(bob.id, clock.now())
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.collecting.reported_buyers(group_buy.id) == {"bob"}
        assert await uow.collecting.owing(group_buy.id) == [
            Owing(bob.id, bob.number, "bob", "Name bob", 8800, "CNY", reported=True),
            Owing(cat.id, cat.number, "cat", "Name cat", 17600, "CNY", reported=False),
        ]
        assert await uow.collecting.with_unpaid(CHAT) == [group_buy.id]
        stored = await uow.orders.get(bob.id)
        assert stored is not None and stored.reported_paid_at == clock.now()
        assert stored.reported_via == "wechat"  # how she said she paid, kept with the report
        assert await uow.collecting.withdraw_report(bob.id)
        assert not await uow.collecting.withdraw_report(bob.id)
        assert not await uow.collecting.withdraw_report(cat.id)
        assert await uow.collecting.report_paid(cat.id, clock.now())
        await uow.commit()
    async with uow_factory() as uow:  # confirmed: no longer reported, nor owing, and not reportable
        await order_service.confirm_paid(
            uow, order_id=cat.id, actor=ORGANISER, is_admin=False, now=clock.now(), where=Where(CHAT)
        )
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.collecting.reported_buyers(group_buy.id) == set()
        assert [o.buyer_id for o in await uow.collecting.owing(group_buy.id)] == ["bob"]
        assert not await uow.collecting.report_paid(cat.id, clock.now())
        assert not await uow.collecting.report_paid(2**40, clock.now())  # no such row, never an overflow


async def test_a_short_report_is_topped_up_once(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    """`我已付款 1-2 10元` then `… 146元`: what she reported becomes the whole, only from what it was."""
    group_buy = await open_buy(uow_factory, clock, target=1)
    await join(uow_factory, clock, "bob")
    assert group_buy.id is not None
    (bob,) = await close(uow_factory, clock, group_buy.id)
    assert bob.id is not None
    async with uow_factory() as uow:
        assert not await uow.collecting.top_up_report(
            bob.id, 0, 0, 0, clock.now()
        )  # not reported: nothing to add to
        assert await uow.collecting.report_paid(bob.id, clock.now(), amount=1000)
        assert await uow.collecting.top_up_report(bob.id, 1000, 3000, 2000, clock.now())
        assert not await uow.collecting.top_up_report(
            bob.id, 1000, 8800, 5800, clock.now()
        )  # another report won
        await uow.commit()
    async with uow_factory() as uow:
        stored = await uow.orders.get(bob.id)
        assert (
            stored is not None
            and stored.reported_amount == 3000
            and stored.reported_short == 5800
            and stored.reported_added == 2000
        )
        assert not await uow.collecting.top_up_report(2**40, 0, 0, 0, clock.now())


async def test_reports_sent_at_once_record_one(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    [order] = await succeeded(uow_factory, clock, "bob")
    assert order.id is not None

    async def report() -> bool:
        async with uow_factory() as uow:
            done = await uow.collecting.report_paid(order.id or 0, clock.now())
            await uow.commit()
            return done

    assert sorted(await asyncio.gather(*(report() for _ in range(4)))) == [False, False, False, True]


async def test_a_reported_reservation_does_not_lapse_until_the_report_is_taken_back(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    bob, _ = await succeeded(uow_factory, clock, "bob", "dan")
    async with uow_factory() as uow:
        await collecting.report_paid(
            uow,
            buyer_id="bob",
            order_id=None,
            where=Where(CHAT),
            now=clock.now(),
            pay_within=DAY,
            provider=False,
        )
        await uow.commit()
    clock.advance(hours=25)
    async with uow_factory() as uow:
        lapsed = await payments.lapse_unpaid(uow, now=clock.now(), pay_within=DAY, currencies={"XTR"})
        await uow.commit()
    assert [o.buyer_id for o in lapsed] == ["dan"]
    async with uow_factory() as uow:
        await collecting.reject_report(
            uow, order_id=bob.id or 0, actor=ORGANISER, is_admin=False, where=Where(CHAT)
        )
        await uow.commit()
    async with uow_factory() as uow:
        lapsed = await payments.lapse_unpaid(uow, now=clock.now(), pay_within=DAY, currencies={"XTR"})
        await uow.commit()
    assert [o.buyer_id for o in lapsed] == ["bob"]


async def test_a_group_buy_is_reminded_at_most_every_six_hours(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    gid, first = group_buy.id, clock.now()

    async def claim() -> bool:
        async with uow_factory() as uow:
            now = clock.now()
            done = await uow.collecting.claim_reminder(gid, now=now, since=now - timedelta(hours=6))
            await uow.commit()
            return done

    assert sorted(await asyncio.gather(claim(), claim())) == [False, True]
    clock.advance(hours=5, minutes=59)
    assert not await claim()
    async with uow_factory() as uow:
        assert await uow.collecting.last_reminded(gid) == first
    clock.advance(minutes=1)
    assert await claim()
    async with uow_factory() as uow:
        assert await uow.collecting.last_reminded(gid) == clock.now()


async def test_a_help_sellers_reminders_are_limited_apart_from_the_organisers(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock)
    assert group_buy.id is not None
    gid, first = group_buy.id, clock.now()
    async with uow_factory() as uow:
        await uow.listings.add(Listing(None, gid, "street", "bob", "Bob", first))
        await uow.commit()

    async def claim(chat: str | None) -> bool:
        async with uow_factory() as uow:
            now = clock.now()
            done = await uow.collecting.claim_reminder(
                gid, now=now, since=now - timedelta(hours=6), chat_id=chat
            )
            await uow.commit()
            return done

    assert sorted(await asyncio.gather(claim("street"), claim("street"))) == [False, True]
    assert await claim(None)  # the organiser's own limit
    assert not await claim("another-chat")  # a chat where it is not listed: nobody's to claim
    clock.advance(hours=6)
    async with uow_factory() as uow:
        assert await uow.collecting.last_reminded(gid, chat_id="street") == first
        assert await uow.collecting.last_reminded(gid, chat_id="another-chat") is None
    assert await claim("street")


async def test_a_pickup_time_is_reminded_once_and_a_new_time_anew(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    gid = group_buy.id
    pickup, later = clock.now() + DAY, clock.now() + DAY + timedelta(hours=1)
    window = (clock.now() + timedelta(hours=12), clock.now() + timedelta(hours=36))

    async def due() -> list[int]:
        async with uow_factory() as uow:
            return await uow.collecting.pickups_between(*window)

    async with uow_factory() as uow:
        await uow.collecting.set_pickup_at(gid, pickup)
        await uow.commit()
    assert await due() == []  # still open
    await join(uow_factory, clock, "bob")
    await close(uow_factory, clock, gid)
    assert await due() == [gid]
    async with uow_factory() as uow:
        assert await uow.collecting.claim_pickup_reminder(gid, clock.now())
        assert not await uow.collecting.claim_pickup_reminder(gid, clock.now())
        await uow.commit()
    assert await due() == []
    async with uow_factory() as uow:  # the evening reminder is not the organiser's 催款: her slot stays free
        assert await uow.collecting.last_reminded(gid) is None
        await uow.collecting.set_pickup_at(gid, pickup)  # the same time again: reminded already
        await uow.commit()
    assert await due() == []
    async with uow_factory() as uow:  # moved within its day on that day: the reminder sent stands
        assert await uow.collecting.set_pickup_at(gid, later, keep_reminder=True)
        await uow.commit()
    assert await due() == []
    async with uow_factory() as uow:
        found = await uow.group_buys.get(gid)
        assert found is not None and found.terms.pickup_at == later
        assert not await uow.collecting.set_pickup_at(gid, pickup)
        await uow.commit()
    assert await due() == [gid]
    async with uow_factory() as uow:
        await uow.collecting.set_pickup_at(gid, None)
        await uow.commit()
    assert await due() == []


async def test_the_pickup_time_reads_back_as_set(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    gid, pickup = group_buy.id, clock.now() + DAY

    async def read_back() -> datetime | None:
        async with uow_factory() as uow:
            found = await uow.group_buys.get(gid)
            assert found is not None
            return found.terms.pickup_at

    assert await read_back() is None
    async with uow_factory() as uow:
        await uow.collecting.set_pickup_at(gid, pickup)
        await uow.commit()
    assert await read_back() == pickup  # `/pickup #1 Gate 4` keeps this time (handlers.pickup_points)
    async with uow_factory() as uow:
        await uow.collecting.set_pickup_at(gid, None)
        await uow.commit()
    assert await read_back() is None


async def test_two_evening_sweeps_at_once_post_one_reminder(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """As two bot processes would: each sweep's guarded write and its outbox row are one transaction."""
    group_buy = await open_buy(uow_factory, clock, target=1)
    assert group_buy.id is not None
    await join(uow_factory, clock, "bob")
    await close(uow_factory, clock, group_buy.id)
    async with uow_factory() as uow:
        await collecting.set_pickup_time(uow, group_buy_id=group_buy.id, at=clock.now() + DAY)
        # bob joined in the group, so the group saw him (one it never saw is reminded privately)
        await uow.members.seen(
            platform="telegram", user_id="bob", display_name="Name bob", username=None, language=None,
            chat_id=CHAT, alias=None, at=clock.now(),
        )  # fmt: skip
        await uow.commit()
    config = AppConfig(outbox_platform="telegram")
    sweeps = [
        PickupReminders(
            uow_factory=uow_factory,
            clock=clock,
            config=config,
            outbox=ChatApp(uow_factory=uow_factory, clock=clock, config=config),
            at=time(20, 0),
        )
        for _ in range(2)
    ]
    clock.advance(hours=8)  # 20:00 in Shanghai; the pickup is tomorrow noon

    first = await asyncio.gather(*(sweep() for sweep in sweeps))
    second = await asyncio.gather(*(sweep() for sweep in sweeps))

    said = [reply.text for replies in (*first, *second) for reply in replies if not reply.private_to]
    assert said == [
        "📦 明天自提：海南贵妃芒 5斤（#1），3号楼门口 · 11月24日 周二 12:00。\n"  # the time kept apart
        "待取 1 单。\n"
        "还有 1 个订单未付款：\n"
        "• Name bob（订单 #1-1）\n"
        "怎么付款请问 团长小美，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。"
    ]
    async with uow_factory() as uow:
        assert await uow.outbox.pending("send:telegram") == 2  # the group's, and Bob's amount (s30)


async def test_what_the_organiser_received_outlives_a_later_report_she_denies(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """只收到 ¥20, then a report of the rest answered 未收到: the ¥20 stays received (`received_amount`)."""
    group_buy = await open_buy(uow_factory, clock, target=1)
    await join(uow_factory, clock, "bob")
    assert group_buy.id is not None
    (bob,) = await close(uow_factory, clock, group_buy.id)
    assert bob.id is not None
    async with uow_factory() as uow:
        assert await uow.collecting.report_paid(bob.id, clock.now(), amount=2000)
        assert await uow.collecting.withdraw_report(bob.id, 2000)  # 只收到 ¥20
        assert await uow.collecting.report_paid(bob.id, clock.now())  # the rest
        assert await uow.collecting.withdraw_report(bob.id, 2000)  # 未收到: what she had stays
        await uow.commit()
    async with uow_factory() as uow:
        stored = await uow.orders.get(bob.id)
        [owing] = await uow.collecting.owing(group_buy.id)
    assert stored is not None and (stored.reported_amount, stored.received_part) == (0, 2000)
    assert owing.received == 2000


async def test_a_denied_report_is_kept_until_the_next_report(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """未收到 keeps what the report said (`denied_amount`, 0057) for the buyer's `钱到了吗`; her next report
    clears it; a withdrawal that is no denial (只收到, a cancel) keeps none."""
    group_buy = await open_buy(uow_factory, clock, target=1)
    await join(uow_factory, clock, "bob")
    assert group_buy.id is not None
    (bob,) = await close(uow_factory, clock, group_buy.id)
    assert bob.id is not None
    async with uow_factory() as uow:
        assert await uow.collecting.report_paid(bob.id, clock.now())
        assert await uow.collecting.withdraw_report(bob.id, 0, 7600)  # 未收到
        await uow.commit()
    async with uow_factory() as uow:
        denied = await uow.orders.get(bob.id)
        assert await uow.collecting.report_paid(bob.id, clock.now())  # she reports again
        await uow.commit()
    async with uow_factory() as uow:
        reported = await uow.orders.get(bob.id)
        assert await uow.collecting.withdraw_report(bob.id, 2000)  # 只收到 ¥20: no denial
        await uow.commit()
    async with uow_factory() as uow:
        part = await uow.orders.get(bob.id)
    assert denied is not None and denied.denied_amount == 7600
    assert reported is not None and reported.denied_amount == 0
    assert part is not None and (part.denied_amount, part.received_part) == (0, 2000)


async def test_a_part_received_of_an_unreported_order_is_kept_and_a_reported_one_refused(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """The organiser's typed 只收到 ¥20 of an order nobody reported (s34): kept as `received_amount`; an order
    reported meanwhile is not written this way (its report is answered as one)."""
    group_buy = await open_buy(uow_factory, clock, target=1)
    await join(uow_factory, clock, "bob")
    assert group_buy.id is not None
    (bob,) = await close(uow_factory, clock, group_buy.id)
    assert bob.id is not None
    async with uow_factory() as uow:
        assert await uow.collecting.receive_part(bob.id, 2000)
        await uow.commit()
    async with uow_factory() as uow:
        stored = await uow.orders.get(bob.id)
        [owing] = await uow.collecting.owing(group_buy.id)
        assert await uow.collecting.report_paid(bob.id, clock.now())
        assert not await uow.collecting.receive_part(bob.id, 3000)
        await uow.commit()
    assert stored is not None and (stored.reported_amount, stored.received_part) == (0, 2000)
    assert owing.received == 2000
