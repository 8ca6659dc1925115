"""A pickup time before the deadline was accepted (#17 closes 12-7 21:00, `自提 北门 明天下午3点` set
the pickup at 12-7 15:00), so at the close every order named a pickup time already past. While a group
buy is open its pickup time may not come before its deadline: `自提`, `修改 … 自提` and the opening
message are refused with one message naming the deadline and what to type, and a deadline moved past
the pickup time is refused the same way; nothing changes. After the close any time still ahead will do."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

# The fake clock: Mon 23 Nov 12:00 in Shanghai. The group buy closes Tue 24 Nov 21:00.
OPEN_ZH = "接龙 芒果 价格 10 成团 2 截止 明天晚上9点"
OPEN_EN = "/groupbuy Mangoes price 10 target 2 ends tomorrow 21:00"

# after the close, nobody paid: said so
NOBODY_PAID = "也已把自提私信告诉 1 位还没付款的买家，并提醒订单还要付款。"


async def _opened(text: str) -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", text)
    return chat, factory


async def test_a_pickup_time_before_the_deadline_is_refused_naming_it() -> None:
    chat, factory = await _opened(OPEN_ZH)

    said = chat.said(await chat.say("amy", "自提 北门 明天下午3点"))

    assert said == (
        "芒果（#1）11月24日 周二 21:00 才截单，自提时间 11月24日 周二 15:00 在截单之前，没有任何改动。"
        "请写截单以后的自提时间，例如：自提 #1 北门 · 11月25日 周三 15:00；"
        "或者把截止提前，一条消息改好：修改 #1 截止 11月24日 周二 14:00 自提 北门 · 11月24日 周二 15:00"
    )
    terms = factory.state.group_buys[1].terms
    assert (terms.pickup, terms.pickup_at) == ("", None)
    assert chat.said(await chat.say("amy", "自提 #1 北门 · 11月25日 周三 15:00")) == (  # as it says
        "好的，芒果（#1）的自提：北门 · 11月25日 周三 15:00"
    )


async def test_in_english_and_through_an_edit_too() -> None:
    chat, factory = await _opened(OPEN_EN)

    said = chat.said(await chat.say("amy", "/edit #1 pickup Lobby tomorrow 15:00"))

    assert said == (
        "Mangoes (#1) closes Tue 24 Nov 21:00: a pickup at Tue 24 Nov 15:00 would come before the close, "
        "so nothing was changed. Name a pickup time after the close, e.g. "
        "/pickup #1 Lobby · Wed 25 Nov 15:00, or close it earlier in one command: "
        "/edit #1 ends Tue 24 Nov 14:00 pickup Lobby · Tue 24 Nov 15:00"
    )
    assert factory.state.group_buys[1].terms.pickup == ""


async def test_a_deadline_moved_past_the_pickup_time_is_refused() -> None:
    chat, factory = await _opened(OPEN_ZH)
    await chat.say("amy", "自提 北门 后天下午3点")  # Wed 25 Nov 15:00

    said = chat.said(await chat.say("amy", "修改 #1 截止 周四 20:00"))

    assert said == (
        "芒果（#1）11月25日 周三 15:00 自提，截止时间 11月26日 周四 20:00 会晚于自提，没有任何改动。"
        "请把截止改在 11月25日 周三 15:00 之前，或先把自提改晚，例如：自提 #1 北门 · 11月27日 周五 15:00"
    )
    assert factory.state.group_buys[1].deadline == datetime(2026, 11, 24, 13, 0, tzinfo=UTC)
    assert chat.said(await chat.say("amy", "修改 #1 价格 9")).startswith("已修改 芒果（#1）：价格 ¥9。")


async def test_an_opening_with_a_pickup_before_its_deadline_opens_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)

    said = chat.said(await chat.say("amy", "接龙 芒果 价格 10 截止 后天晚上9点 自提 北门 明天下午3点"))

    assert said == (
        "自提时间 11月24日 周二 15:00 在截止时间 11月25日 周三 21:00 之前，截单前没法取货，没有开团。"
        "请把自提时间写在截止以后，例如：自提 北门 · 11月26日 周四 15:00；"
        "或者在开团消息里写上更早的截止：截止 11月24日 周二 14:00 自提 北门 · 11月24日 周二 15:00"
    )
    assert factory.state.group_buys == {}


async def test_after_the_close_a_time_before_the_old_deadline_will_do() -> None:
    chat, _ = await _opened(OPEN_ZH)
    await chat.say("bob", "+2")
    await chat.say("amy", "截单")  # closed early, on Monday

    said = chat.said(await chat.say("amy", "自提 北门 明天下午3点"))

    assert said == f"好的，芒果（#1）的自提：北门 · 11月24日 周二 15:00\n{NOBODY_PAID}"
