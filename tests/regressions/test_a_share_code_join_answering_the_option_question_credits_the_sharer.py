"""In her group, mei shared a 柚子 group buy with options (大/小) and a 5% commission. A friend sent
`+1 团1-XXXX` in his private chat, was asked which option and answered `大`: the join had no sharer (the
visit went with the refused `+1`), and mei's /earnings listed only the friend who typed `+1 团1-XXXX 小`.
The answer to the option question now carries the code it came from, as `+1 团1-XXXX 大` would."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_share_code_join_answering_the_option_question_credits_the_sharer() -> None:
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)
    await room.say("chen", "接龙 柚子 规格 大:30,小:20 成团 1")
    await room.say("chen", "佣金 5%")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("mei", "分享")))
    assert found is not None
    code = found.group(0)

    asked = room.said(await room.say("sun", f"+1 {code}", private=True))
    assert asked.startswith("柚子（#1）要哪个规格？")
    assert room.said(await room.say("sun", "大", private=True)).startswith("你已跟团：1 × 柚子 大（#1）")
    await room.say("qian", f"+1 {code} 小", private=True)
    await room.say("chen", "截单")
    for order in factory.state.orders.values():
        await room.say("chen", f"/paid {order.number}")

    # `/earnings` alone speaks mei's own language (her `分享`: Chinese), her app's English when it says one
    earnings = room.said(await room.say("mei", "/earnings", private=True, language="en"))
    assert "柚子 (Sun)" in earnings and "柚子 (Qian)" in earnings, earnings
    assert {order.buyer_id: order.sharer_id for order in factory.state.orders.values()} == {
        "sun": "mei",
        "qian": "mei",
    }
