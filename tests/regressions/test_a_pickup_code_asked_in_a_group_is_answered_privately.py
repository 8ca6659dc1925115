"""Review Y3: in the group, `我的取货码是多少？` (or `取货码`, `what's my pickup code?`) got no answer at
all: only a question mentioning the bot was taken there. Now a message that only asks for one's own
pickup code is answered privately (the group reads that it was), and talk naming a code stays talk."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_pickup_code_asked_in_a_group_is_answered_privately() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock())
    for user, text in [
        ("amy", "接龙 草莓 价格 20"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1"),
        ("amy", "已收 1-2"),
    ]:
        await chat.say(user, text)
    codes = {o.buyer_id: o.pickup_code for o in factory.state.orders.values()}

    asked = await chat.say("bob", "我的取货码是多少？")
    assert chat.said(asked) == "Bob，答案已私信发给你。"
    assert chat.private(asked) == {
        "bob": "你在 草莓（#1）订了 1 份，共 ¥20，已付款（订单 #1-1）。\n"
        f"取货码：{codes['bob']}（取货时出示，由团长核销）"
    }

    alone = await chat.say("cat", "what's my pickup code?")
    assert (
        chat.said(alone) == "Cat，答案已私信发给你。"
    )  # the group's line: the group's language (session 34)
    assert chat.private(alone)["cat"].endswith(
        f"Your pickup code: {codes['cat']} (show it when you collect your goods)"
    )
    assert chat.private(await chat.say("bob", "取货码"))["bob"].endswith("（取货时出示，由团长核销）")

    assert await chat.say("bob", "取货码发到群里了吗，我去拿货") == []  # talk, not a question to the bot
