"""After the close the organiser could change the sharers' rate (`佣金 0`, an admin's `佣金 30%`), and the
new rate applied to the payments still to come: Bob, promised 20% when his friends joined, got ¥0 on one
order and 30% on another. The rate is now fixed at the close; a change is refused and nothing moves."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_rate_change_after_the_close_is_refused_and_the_promise_holds() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.admins.add("zoe")
    await chat.say("amy", "接龙 榴莲 价格 100 截止 2小时")
    await chat.say("amy", "佣金 20%")
    await chat.say("bob", "+1")
    found = re.search(r"团\d+-\w{4}", chat.shared(await chat.say("bob", "分享")))
    assert found is not None
    await chat.say("cat", f"+1 {found.group(0)}")
    await chat.say("amy", "截单")

    refused = "榴莲（#1）已截单：订单按当时的分享佣金 20% 生成，比例不再改，没有任何改动。"
    # named by number (review 27 #14: a bare `佣金 0` with none open here is asked to name one)
    assert chat.said(await chat.say("amy", "佣金 #1 0")) == refused
    assert chat.said(await chat.say("zoe", "佣金 #1 30%")) == refused
    await chat.say("amy", "已收 1-2")
    assert "待入账：¥20" in chat.said(await chat.say("bob", "我的收益", private=True))
