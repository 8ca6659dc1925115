"""rep68 finding 9: a buyer's `/ipaid 2-1` before #2 closed answered "…to close it now, its organiser sends
/close #2": an instruction meant for someone else. To one who does not run the group buy, the answer
now says it has not closed and that she will be told what to pay when it does (zh and en); its
organiser's own `已收 2-1` still tells her how to close it."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_buyer_is_told_she_hears_what_to_pay_at_the_close_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("bob", "+1")

    bob = chat.said(await chat.say("bob", "我已付款 1-1"))
    amy = chat.said(await chat.say("amy", "已收 1-1"))

    assert bob == (
        "团购 #1（芒果）还没截单，所以还没有订单 #1-1，没有任何改动。"
        "订单在团长截单时生成，截单后会告诉你应付多少。"
    )
    assert "截单 #1" not in bob
    assert amy.endswith("要现在截单，团长发“截单 #1”。")


async def test_a_buyer_is_told_she_hears_what_to_pay_at_the_close_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", "+1")

    said = chat.said(await chat.say("bob", "/ipaid 1-1"))

    assert said == (
        "Group buy #1 (Mangoes) has not closed yet, so there is no order #1-1: nothing was changed. "
        "Orders are made when its organiser closes it; you'll be told then what to pay."
    )
