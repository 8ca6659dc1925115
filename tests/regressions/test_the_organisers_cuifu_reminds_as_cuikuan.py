"""Round 41 #9 (smaller issues): the organiser's near-miss `催付 #1` got no reply, while `催款 #1` and
`/remind #1` worked. `催付` (and `催付款`) now remind the group as `催款` does; said in passing
(`快催付吧`), it stays talk."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_organisers_cuifu_reminds_as_cuikuan() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    for user, text in (("amy", "接龙 葡萄 价格 68"), ("bob", "+1"), ("amy", "截单")):
        await chat.say(user, text)
    reminded = chat.said(await chat.say("amy", "催付 #1"))
    assert reminded == (
        "💸 催款：葡萄（#1）还有 1 个订单未付款：\n• Bob（订单 #1-1）\n"
        "怎么付款请问 Amy，付好后回复“我已付款”加你的订单号（例如“我已付款 1-1”），团长确认后打勾。"
    )
    again = chat.said(await chat.say("amy", "催付款 #1"))
    assert again.startswith("#1 已在 11月23日 周一 12:00 催过款。"), again
    assert await chat.say("bob", "快催付吧哈哈") == []
