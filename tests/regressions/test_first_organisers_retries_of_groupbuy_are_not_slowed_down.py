"""A first-time organiser's refused `/groupbuy` attempts and her retries count at the organiser's rate
(review 95 #8: her sixth try, the one she got right, was told to slow down)."""

from __future__ import annotations

from tests.unit.handlers.test_rate_limit import limited


async def test_a_new_organisers_sixth_try_at_opening_opens_it() -> None:
    chat, _, factory = limited()
    for _ in range(5):  # five typos: a price she cannot write yet
        tried = chat.said(await chat.say("jenny", "/groupbuy Honey jars price 8,50x"))
        assert "not a price I can read" in tried, tried
    opened = await chat.say("jenny", "/groupbuy Honey jars price 8.50")
    assert "slow down" not in chat.said(opened)
    assert any(reply.card_of is not None for reply in opened)
    assert [g.terms.title for g in factory.state.group_buys.values()] == ["Honey jars"]


async def test_a_members_other_commands_keep_the_members_limit() -> None:
    chat, _, _ = limited()
    for _ in range(5):
        await chat.say("bob", "/wait")
    assert chat.said(await chat.say("bob", "/wait")).startswith("Bob, slow down: I take at most 5 commands")
