"""Session 11: a group buy opened at 19:00 without `截止` closes 24 hours later, so `自提 北门 明天下午5点`
was refused as "before the deadline" with only a later pickup to try: nothing said the deadline was the
default one, nor how to keep the pickup she wanted. The refusal now names the deadline and gives, in the
language typed, the one command that keeps her pickup with the deadline moved before it (an hour
before); at opening, it says the deadline was the default 24 hours. That command works as written.
The deadline is not moved for her: the card showed it, and joiners count on it."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _at(hour: int) -> datetime:
    return datetime(2026, 11, 24, hour, 0, tzinfo=UTC)


def _evening() -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()  # Mon 23 Nov 12:00 in Shanghai
    clock.advance(hours=7)  # 19:00: the default deadline is Tue 19:00
    return fake_chat(factory, clock=clock), factory


async def test_a_pickup_before_the_default_deadline_says_how_to_keep_it() -> None:
    chat, factory = _evening()
    await chat.say("amy", "接龙 面包 价格 10")

    said = chat.said(await chat.say("amy", "自提 北门 明天下午5点"))

    assert said == (
        "面包（#1）11月24日 周二 19:00 才截单，自提时间 11月24日 周二 17:00 在截单之前，没有任何改动。"
        "请写截单以后的自提时间，例如：自提 #1 北门 · 11月25日 周三 17:00；"
        "或者把截止提前，一条消息改好：修改 #1 截止 11月24日 周二 16:00 自提 北门 · 11月24日 周二 17:00"
    )
    done = chat.said(
        await chat.say("amy", "修改 #1 截止 11月24日 周二 16:00 自提 北门 · 11月24日 周二 17:00")
    )
    assert done.startswith(
        "已修改 面包（#1）：截止 11月24日 周二 16:00（原 11月24日 周二 19:00）、"
        "自提 北门 · 11月24日 周二 17:00。"
    )
    terms = factory.state.group_buys[1].terms
    assert (terms.pickup, terms.deadline, terms.pickup_at) == ("北门", _at(8), _at(9))  # 16:00, 17:00


async def test_in_english_the_refusal_gives_the_english_command() -> None:
    chat, _ = _evening()
    await chat.say("amy", "/groupbuy Bread price 10")

    said = chat.said(await chat.say("amy", "/pickup Gate 3 tomorrow 17:00"))

    assert said == (
        "Bread (#1) closes Tue 24 Nov 19:00: a pickup at Tue 24 Nov 17:00 would come before the close, "
        "so nothing was changed. Name a pickup time after the close, e.g. "
        "/pickup #1 Gate 3 · Wed 25 Nov 17:00, or close it earlier in one command: "
        "/edit #1 ends Tue 24 Nov 16:00 pickup Gate 3 · Tue 24 Nov 17:00"
    )
    done = chat.said(await chat.say("amy", "/edit #1 ends Tue 24 Nov 16:00 pickup Gate 3 · Tue 24 Nov 17:00"))
    assert done.startswith(
        "Updated Bread (#1): ends Tue 24 Nov 16:00 (was Tue 24 Nov 19:00), pickup Gate 3 · Tue 24 Nov 17:00."
    )


async def test_at_opening_the_default_deadline_is_said_to_be_why() -> None:
    chat, factory = _evening()

    said = chat.said(await chat.say("amy", "接龙 面包 价格 10 自提 北门 明天下午5点"))

    assert said == (
        "没写截止时间，就是开团后 24 小时：11月24日 周二 19:00 截单，"
        "自提时间 11月24日 周二 17:00 在截单之前，没法取货，没有开团。"
        "请在开团消息里写上自提之前的截止，例如：截止 11月24日 周二 16:00 "
        "自提 北门 · 11月24日 周二 17:00；或者把自提时间写在截止以后：自提 北门 · 11月25日 周三 17:00"
    )
    assert factory.state.group_buys == {}
    opened = chat.said(
        await chat.say("amy", "接龙 面包 价格 10 截止 11月24日 周二 16:00 自提 北门 · 11月24日 周二 17:00")
    )
    assert opened.startswith("团购 #1 开团了：面包，¥10/份。")
