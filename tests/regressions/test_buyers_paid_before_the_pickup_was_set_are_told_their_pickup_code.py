"""Review Y3: buyers whose payment was confirmed (已收) before Amy set the pickup
(`自提 小区南门 后天下午5点`) were never told where and when to collect, nor reminded of the code
they show there. Now setting (or changing) the pickup after the close tells each buyer who has paid,
privately and in their own language, the place, the time and their pickup code; Amy's answer says how
many were told."""

from __future__ import annotations

import re

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def strawberries_two_paid() -> tuple[Chat, FakeUnitOfWorkFactory]:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock())
    await chat.say("cat", "/lang en", private=True)
    for user, text in [
        ("amy", "接龙 草莓 价格 20"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("dan", "+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1、1-2"),
    ]:
        await chat.say(user, text)
    return chat, factory


def code_of(factory: FakeUnitOfWorkFactory, order: str) -> str:
    [found] = [o.pickup_code for o in factory.state.orders.values() if str(o.number) == order]
    assert found and re.fullmatch(r"\d{4,6}", found)
    return found


async def test_setting_the_pickup_tells_each_paid_buyer_their_code() -> None:
    chat, factory = await strawberries_two_paid()

    replies = await chat.say("amy", "自提 小区南门 后天下午5点")

    assert chat.said(replies) == (
        "好的，草莓（#1）的自提：小区南门 · 11月25日 周三 17:00\n"
        "已把自提地点、时间和各自的取货码私信发给 2 位已付款的买家；收不到私信的会在群里收到提示。"
        "也已把自提私信告诉 1 位还没付款的买家，并提醒订单还要付款。"
    )
    told = chat.private(replies)
    assert told.pop("dan").startswith(
        "📦 Amy 定了 草莓（#1）的自提：小区南门 · 11月25日 周三 17:00。你的订单 #1-3"
    )
    assert told == {
        "bob": "📦 Amy 定了 草莓（#1）的自提：小区南门 · 11月25日 周三 17:00。你的订单 #1-1 已付款，"
        f"取货码：{code_of(factory, '1-1')}（取货时出示，由团长核销）。",
        "cat": "📦 Amy set the pickup for 草莓 (#1): 小区南门 · Wed 25 Nov 17:00. Your order #1-2 is paid; "
        f"your pickup code: {code_of(factory, '1-2')} (show it when you collect your goods).",
    }  # Dan has not paid: no code yet (rep55 #4: told the pickup, and to pay)


async def test_moving_the_pickup_from_private_tells_them_again() -> None:
    chat, _ = await strawberries_two_paid()
    await chat.say("amy", "自提 小区南门 后天下午5点")

    replies = await chat.say("amy", "修改 #1 自提 北门 后天下午6点", private=True)

    assert chat.private(replies)["bob"].startswith(
        "📦 Amy 改了 草莓（#1）的自提：北门 · 11月25日 周三 18:00（原 小区南门 · 11月25日 周三 17:00）。"
    )
    [answer] = [r.text for r in replies if r.text and not r.chat_id and not r.private_to]
    assert answer.endswith(
        "已把自提地点、时间和各自的取货码私信发给 2 位已付款的买家；收不到私信的会在群里收到提示。"
        "也已把自提私信告诉 1 位还没付款的买家，并提醒订单还要付款。"
    )
