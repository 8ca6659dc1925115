"""Task s22 C1: the organiser's one notice of an admin's console batch (Mark paid, Refund, Undo paid of
several ticked orders) was written in a transaction of its own after the batch's last order: a process
stopping after the orders committed and before that lost it, while each buyer's notice, written with
their order, went out. Each order's transaction now writes her notice as it stands (held back a minute,
in place of the one before); after the last order it is made due at once. Stopped in between, her
notice listing every order done still goes out when the hold ends, exactly once."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from bot.console import batch_notices
from bot.outbox_relay import OutboxRelay
from commerce.domain.outbox import OutboxItem
from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

CASES = {
    "paid": (
        "Admin root marked 2 orders of yours as paid: #{gid}-1 Mangoes (#{gid}), Bob's, ¥10; "
        "#{gid}-2 Mangoes (#{gid}), Cat's, ¥10.",
        "管理员 root 把你的 2 个订单标记为已收款：",
    ),
    "refund": (
        "Admin root refunded 2 orders of yours: #{gid}-1 Mangoes (#{gid}), Bob's, ¥10: Bob was told you give "
        "the money back; #{gid}-2 Mangoes (#{gid}), Cat's, ¥10: Cat was told you give the money back.",
        "管理员 root 给你的 2 个订单办了退款：",
    ),
    "unpaid": (
        "Admin root undid the payment of 2 orders of yours, unpaid again: #{gid}-1 Mangoes (#{gid}), Bob's, "
        "¥10; #{gid}-2 Mangoes (#{gid}), Cat's, ¥10.",
        "管理员 root 撤销了你的 2 个订单的已收款",
    ),
}


async def _shop(world: ConsoleWorld, action: str, *, lang: str) -> int:
    """Amy's Mangoes (in her language), Bob's #1 and Cat's #2 (paid unless the batch marks them paid)
    and Dan's #3, unpaid."""
    if lang == "zh":
        await world.say("amy", "amy", "/lang zh", private=True)
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    for buyer in ("bob", "cat", "dan"):
        await world.say("family", buyer, f"+1 #{gid}")
    await world.say("family", "amy", f"/close #{gid}")
    if action != "paid":
        await world.say("family", "amy", f"/paid {gid}-1 {gid}-2")
    return gid


async def _sent_to_amy(world: ConsoleWorld) -> list[str]:
    """What a relay sends to Amy's private chat now, as the clock stands."""
    sent: list[str] = []

    async def sink(item: OutboxItem) -> None:
        if item.chat_id == "amy":
            sent.append(json.loads(item.payload)["reply"]["text"])

    relay = OutboxRelay(
        uow_factory=world.app.uow_factory, clock=world.clock, topic_prefix="send:playground", sink=sink,
        poll_seconds=0.05, leases=False,
    )  # fmt: skip
    relay.start()
    assert await relay.drain(5)
    await relay.close()
    return sent


def _told(action: str, lang: str, gid: int) -> Callable[[list[str]], bool]:
    english, chinese = CASES[action]

    def told(sent: list[str]) -> bool:
        if lang == "en":
            return sent == [english.format(gid=gid)]
        return (
            len(sent) == 1
            and sent[0].startswith(chinese)
            and f"#{gid}-1" in sent[0]
            and f"#{gid}-2" in sent[0]
        )

    return told


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("action", ["paid", "refund", "unpaid"])
async def test_a_batch_stopped_before_its_notice_still_tells_the_organiser_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await _shop(world, action, lang=lang)
        client = await world.admin()
        await _sent_to_amy(world)  # what the chat sent her before the batch

        async def stop(self: batch_notices.BatchNotices) -> None:
            raise RuntimeError("the process stopped here")

        monkeypatch.setattr(batch_notices.BatchNotices, "release", stop)
        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", "confirm": "yes"}
        if action != "paid":  # Dan's is unpaid: refused, the batch's last order, after her two
            ticked[f"pick_{gid}-3"] = "on"
        stopped = await post_form(client, f"/orders/{action}", ticked)

        assert stopped.status_code == 500
        assert await _sent_to_amy(world) == []  # held back a while, for the batch's next order
        world.clock.advance(seconds=batch_notices.HOLD.total_seconds())
        assert _told(action, lang, gid)(await _sent_to_amy(world))
        world.clock.advance(minutes=30)
        assert await _sent_to_amy(world) == []  # once


@pytest.mark.parametrize("action", ["paid", "refund", "unpaid"])
async def test_a_batch_that_ends_tells_the_organiser_at_once(tmp_path: Path, action: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await _shop(world, action, lang="en")
        client = await world.admin()
        await _sent_to_amy(world)

        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", "confirm": "yes"}
        assert (await post_form(client, f"/orders/{action}", ticked)).status_code == 303

        assert _told(action, "en", gid)(await _sent_to_amy(world))  # now, not when the hold ends
        world.clock.advance(minutes=30)
        assert await _sent_to_amy(world) == []


async def test_a_batch_over_two_organisers_tells_each_once_of_hers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with console_world(tmp_path) as world:
        amy = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{amy}")
        await world.say("family", "cat", f"+1 #{amy}")
        await world.say("family", "amy", f"/close #{amy}")
        dan = await world.open_group_buy("work", "dan", "Plums", target=1)
        await world.say("work", "eve", f"+1 #{dan}")
        await world.say("work", "dan", f"/close #{dan}")
        client = await world.admin()
        sent: list[tuple[str, str]] = []

        async def sink(item: OutboxItem) -> None:
            if item.chat_id in ("amy", "dan"):
                sent.append((item.chat_id, json.loads(item.payload)["reply"]["text"]))

        async def stop(self: batch_notices.BatchNotices) -> None:
            raise RuntimeError("the process stopped here")

        monkeypatch.setattr(batch_notices.BatchNotices, "release", stop)
        ticked = {f"pick_{amy}-1": "on", f"pick_{dan}-1": "on", f"pick_{amy}-2": "on"}  # hers, his, hers
        assert (await post_form(client, "/orders/paid", ticked)).status_code == 500
        world.clock.advance(seconds=batch_notices.HOLD.total_seconds())
        relay = OutboxRelay(
            uow_factory=world.app.uow_factory, clock=world.clock, topic_prefix="send:playground", sink=sink,
            poll_seconds=0.05, leases=False,
        )  # fmt: skip
        relay.start()
        assert await relay.drain(5)
        await relay.close()

        notices = [(chat, text) for chat, text in sorted(sent) if not text.startswith("Closed: ")]  # closes'
        assert notices == [
            (
                "amy",
                f"Admin root marked 2 orders of yours as paid: #{amy}-1 Mangoes (#{amy}), Bob's, ¥10; "
                f"#{amy}-2 Mangoes (#{amy}), Cat's, ¥10.",
            ),
            ("dan", f"Admin root marked order #{dan}-1 of your Plums (#{dan}), Eve's, ¥10, as paid."),
        ]


async def test_a_notice_whose_hold_ran_out_mid_batch_is_not_said_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Her notice's hold over before her next order (a long batch): the notice may be on its way, so it
    stays, and the next says only what is new: each order told once, never twice."""
    async with console_world(tmp_path) as world:
        gid = await _shop(world, "paid", lang="en")
        client = await world.admin()
        await _sent_to_amy(world)
        monkeypatch.setattr(batch_notices, "HOLD", timedelta(0))  # due as soon as written

        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on", "confirm": "yes"}
        assert (await post_form(client, "/orders/paid", ticked)).status_code == 303

        assert await _sent_to_amy(world) == [
            f"Admin root marked order #{gid}-1 of your Mangoes (#{gid}), Bob's, ¥10, as paid.",
            f"Admin root marked order #{gid}-2 of your Mangoes (#{gid}), Cat's, ¥10, as paid.",
        ]
