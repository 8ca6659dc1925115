"""With four group buys open, `/commission #6 -5%` answered "4 group buys are open here… say which with
its number" though #6 was named, while `60%` got the range. A negative or malformed rate after a named
`#N` now gets the rate's own refusal, and nothing changes."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wrong_rate_after_a_named_group_buy_gets_the_rates_range() -> None:
    room = fake_chat()
    for fruit in ("Mangoes", "Plums", "Pears", "Figs"):
        await room.say("amy", f"/groupbuy {fruit} price 10")
    negative = room.said(await room.say("amy", "/commission #4 -5%"))
    assert negative == "A commission rate is from 0% to 50%; -5% is not. Nothing was changed."
    above = room.said(await room.say("amy", "/commission #4 60%"))
    assert above == "A commission rate is from 0% to 50%; 60% is not. Nothing was changed."
    assert (
        room.said(await room.say("amy", "佣金 #4 -5"))
        == "佣金比例须在 0% 到 50% 之间，-5% 不行，没有任何改动。"
    )
    malformed = room.said(await room.say("amy", "/commission #4 five"))
    assert malformed.startswith(
        "“five” is not a sharers' rate, so nothing was changed. Write it as a percent"
    )
    assert "%" not in await room.card(4)  # no rate was set
    set_now = room.said(await room.say("amy", "/commission #4 5%"))
    assert "5%" in await room.card(4)
    assert set_now.endswith("earn 5% on the orders their links bring.")
