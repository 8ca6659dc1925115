"""Review 67 items 10 and 11: `when does it close?` on sold-out Mooncakes said "closes …; you can still
join" just after `count me in` was told it is sold out; `where do we pick up?` a day after the pickup time
gave the pickup line with no word that it had passed (while `how much is it now?` said so). Now the
deadline answer says it is sold out and how to queue, and the pickup answer says the time has passed and
to ask the organiser."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_when_does_it_close_on_a_sold_out_buy_says_sold_out() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mooncakes price 20 stock 2", name="Kate")
    await chat.say("bob", "+2", name="Leo")

    said = chat.said(await chat.say("cat", "when does it close?", name="Mia"))

    assert said == (
        "Mooncakes (#1) closes Tue 24 Nov 12:00, but it is sold out: "
        "send /wait #1 to queue for what comes free."
    )


async def test_jidian_jiedan_on_a_sold_out_buy_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 月饼 价格 20 库存 2", name="Kate")
    await chat.say("bob", "+2", name="Leo")

    said = chat.said(await chat.say("cat", "几点截单？", name="Mia"))

    assert said == "月饼（#1）11月24日 周二 12:00 截单，但已经售罄了：发“候补 #1”排队，空出来的按顺序补。"


async def test_where_do_we_pick_up_after_the_pickup_time_says_it_passed() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya price 12 pickup Gate B tomorrow 17:00", name="Kate")
    await chat.say("bob", "+1", name="Leo")
    await chat.say("amy", "/close", name="Kate")
    clock.advance(days=2)

    said = chat.said(await chat.say("bob", "where do we pick up?", name="Leo"))

    assert said == (
        "Kaya (#1) pickup was Gate B · Tue 24 Nov 17:00: that time has passed. "
        "Ask the organiser, Kate, when you can collect it."
    )


async def test_in_chinese_too() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 芒果 价格 88 自提 3号楼门口 明天下午5点", name="Amy")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单", name="Amy")
    clock.advance(days=2)

    said = chat.said(await chat.say("bob", "在哪拿货啊"))

    assert (
        said == "芒果（#1）原定取货：3号楼门口 · 11月24日 周二 17:00，"
        "这个时间已经过了：请问团长 Amy 什么时候可以取。"
    )
