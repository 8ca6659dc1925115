"""Session 13 (FE): past the deadline, before the automatic close ran (the bot was offline, 30 hours),
members heard three different things. The card said `⏰ 已到截止时间，正在结团…`, while Dan's `+1` was
told the group buy `已经截单了`, Bob's `我的订单` showed his join `未截单`, and the organiser's `已收 @Bob`
said Bob had no order here (with an example of another command). Now every place says what the card
says: the deadline passed and the close is under way. `已收 @Bob` / `已收 1-1` say the orders are about
to be made and to send it again in a minute; nothing is changed, and once the close ran it works."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _past_deadline(opening: str) -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()  # Mon 23 Nov 12:00 in Shanghai
    chat = fake_chat(factory, clock=clock)
    await chat.say("amy", opening)
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")
    clock.advance(hours=30)  # the deadline (20:00) passed while the bot was offline: no close ran
    return chat, factory


async def test_every_reply_says_the_deadline_passed_and_it_is_closing() -> None:
    chat, factory = await _past_deadline("接龙 芒果 价格 60 成团 3 截止 今晚8点")
    assert "⏰ 已到截止时间，正在结团…" in await chat.card()

    joined = chat.said(await chat.say("dan", "+1"))
    mine = chat.private(await chat.say("bob", "我的订单"))["bob"]
    by_name = chat.said(await chat.say("amy", "已收 @Bob", mentions=["bob"]))
    by_number = chat.said(await chat.say("amy", "已收 1-1"))

    assert joined == "团购 #1（芒果）已到截止时间，正在结团，没有任何改动。"
    assert mine == (
        "已跟团、还没截单（截单成团后才生成订单，价格按届时的阶梯）：\n"
        "芒果（Amy 的团 #1）：2 × ¥60 = ¥120（暂计）· 已到截止时间，正在结团"
    )
    assert by_name == "团购 #1 已到截止时间，正在结团，订单马上生成，稍后再发“已收 @Bob”。"
    assert by_number == "团购 #1 已到截止时间，正在结团，订单马上生成，稍后再发“已收 1-1”。"
    assert "Dan" not in await chat.card() and factory.state.orders == {}  # nothing changed

    await chat.app.expire(1)  # the close runs: the same command now confirms
    paid = chat.said(await chat.say("amy", "已收 @Bob", mentions=["bob"]))
    assert paid == "✅ Bob 的订单 #1-1 已付款。"


async def test_in_english_too() -> None:
    chat, _ = await _past_deadline("/groupbuy Mangoes price 60 target 3 ends today 20:00")

    joined = chat.said(await chat.say("dan", "/join"))
    mine = chat.private(await chat.say("bob", "/orders"))["bob"]
    by_name = chat.said(await chat.say("amy", "/paid @Bob", mentions=["bob"]))

    assert joined == "Group buy #1 (Mangoes) has reached its deadline and is closing: nothing was changed."
    assert mine.endswith(
        "Mangoes (group buy #1 by Amy): 2 × ¥60 = ¥120 so far · deadline passed, closing now"
    )
    assert by_name == (
        "Group buy #1 has reached its deadline and is closing: its orders are being made, "
        "so nothing was changed. Send “/paid @Bob” again in a minute."
    )


async def test_a_member_not_on_it_is_still_told_he_has_no_order() -> None:
    chat, _ = await _past_deadline("接龙 芒果 价格 60 成团 3 截止 今晚8点")
    await chat.say("dan", "你好")

    said = chat.said(await chat.say("amy", "已收 @Dan", mentions=["dan"]))

    assert said == "Dan 在本群没有订单，没有任何改动。"  # no order made yet: no example
