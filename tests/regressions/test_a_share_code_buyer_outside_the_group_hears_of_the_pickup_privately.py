"""rep55 #4: Tom joined Durian by a share code in his private chat (`+1 2-fgdx`), never in estate. The
evening pickup reminder named him in estate, "• Tom: ¥50 (order #2-3)", while `/remind` leaves such a
buyer out; and three later pickup changes told only the paid buyers, so Tom, unpaid, kept the close's old
pickup. Now the evening reminder leaves him out of the group's text and reminds him privately, and a
pickup set or moved after the close tells every buyer still to collect, paid or not, one message each."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time
from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.collecting import PickupReminders
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def closed(lang: str) -> tuple[Chat, FakeUnitOfWorkFactory, FakeClock]:
    """Tom joined by a share code in private, Bob and Cat in the group; Bob paid; the pickup set."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = fake_chat(factory, clock=clock, default_language=lang)
    zh = lang == "zh"
    await chat.say("amy", "接龙 榴莲 价格 50" if zh else "/groupbuy Durian price 50")
    found = re.search(r"1-\w{4}", Chat.shared(await chat.say("bob", "分享" if zh else "/share")))
    assert found is not None
    await chat.say("tom", f"+1 {found.group(0)}", private=True)
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单" if zh else "/close")
    await chat.say("amy", "已收 1-2" if zh else "/paid 1-2")
    await chat.say("amy", "自提 南门 明天下午5点" if zh else "/pickup Gate 3 tomorrow 5pm")
    return chat, factory, clock


async def evening(chat: Chat, factory: FakeUnitOfWorkFactory, clock: FakeClock) -> list[Reply]:
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = PickupReminders(
        uow_factory=cast(UnitOfWorkFactory, factory),
        clock=clock,
        config=replace(chat.app.config, outbox_platform="test"),  # as production: members looked up by it
        outbox=chat.app,
        at=time(20, 0),
    )
    return await chore()


async def test_the_evening_reminder_leaves_him_out_of_the_group_and_tells_him_privately_in_chinese() -> None:
    chat, factory, clock = await closed("zh")

    sent = await evening(chat, factory, clock)

    [group] = [reply.text for reply in sent if reply.private_to is None]
    assert "Tom" not in group and "#1-1" not in group
    assert "• Cat（订单 #1-3）" in group and "¥" not in group  # named, her amount told to her privately
    assert "待取 2 单，其中 1 单已付款。" in group
    told = Chat.private(sent)
    assert told["tom"].startswith(
        "📦 明天自提：榴莲（#1），南门 · 11月24日 周二 17:00。\n你的订单 #1-1 还没付款：¥50。\n"
    )
    assert "怎么付款请问 Amy" in told["tom"]
    assert "¥50" in told["cat"]


async def test_the_evening_reminder_leaves_him_out_of_the_group_and_tells_him_privately_in_english() -> None:
    chat, factory, clock = await closed("en")

    sent = await evening(chat, factory, clock)

    [group] = [reply.text for reply in sent if reply.private_to is None]
    assert "Tom" not in group and "#1-1" not in group
    told = Chat.private(sent)
    assert told["tom"].startswith(
        "📦 Pickup tomorrow: Durian (#1), Gate 3 · Tue 24 Nov 17:00.\nYour order #1-1 is not paid yet: ¥50.\n"
    )


async def test_a_moved_pickup_tells_every_buyer_still_to_collect_in_chinese() -> None:
    chat, _, _ = await closed("zh")

    moved = await chat.say("amy", "自提 北门 后天下午6点")

    told = Chat.private(moved)
    assert set(told) == {"tom", "bob", "cat"}
    assert told["tom"].startswith(
        "📦 Amy 改了 榴莲（#1）的自提：北门 · 11月25日 周三 18:00（原 南门 · 11月24日 周二 17:00）。"
        "你的订单 #1-1（¥50）还没付款"
    )
    assert "取货码：" in told["bob"]
    assert sum(1 for reply in moved if reply.private_to == "tom") == 1
    answer = Chat.said(moved)
    assert "也已把自提私信告诉 2 位还没付款的买家，并提醒订单还要付款。" in answer


async def test_a_moved_pickup_tells_every_buyer_still_to_collect_in_english() -> None:
    chat, _, _ = await closed("en")

    moved = await chat.say("amy", "/pickup Gate 9 in 2 days 6pm")

    told = Chat.private(moved)
    assert set(told) == {"tom", "bob", "cat"}
    assert (
        "Your order #1-1 (¥50) is not paid yet: please pay, and your pickup code comes once Amy confirms it."
        in (told["tom"])
    )
    assert "Ask Amy how to pay" in told["tom"]
    assert "I also told the pickup privately to the 2 buyers who have not paid yet" in Chat.said(moved)
