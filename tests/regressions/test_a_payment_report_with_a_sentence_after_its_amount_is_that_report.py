"""Review 64 items 6 and 7: Leo, owing ¥18 on order #1-1, wrote privately `I paid 1-1 $15, will send the rest
tmrw` and was told "I didn't understand that"; `I paid 1-1 $20` was refused with an example (`paid ¥18`,
`/ipaid 1-1`) that did not say how to report the amount he typed. Now a sentence of his own after the
order's number and amount (after a comma) is none of the report: `I paid 1-1 15, will send the rest
tmrw` reports ¥15 (¥3 short, told to the organiser). The rule for a currency sign stays: an amount in
another currency than the order's is never read in it (`$15` of a ¥ order is refused, nothing reported),
and the refusal now gives the two messages he may mean: `/ipaid 1-1 15` or `/ipaid 1-1`."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _leo_owes_18() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/open Bubble Tea options small:4,large:6", name="Kate")
    await chat.say("bob", "+3 large", name="Leo")
    await chat.say("amy", "/close", name="Kate")
    return chat


async def test_a_sentence_after_the_amount_is_left_out_of_the_report() -> None:
    chat = await _leo_owes_18()

    replies = await chat.say("bob", "I paid 1-1 15, will send the rest tmrw", private=True, name="Leo")

    said = " ".join(reply.text for reply in replies if reply.text and not reply.private_to)
    assert "¥15" in said and "¥3 short" in said, said
    told = chat.private(replies)["amy"]
    assert "¥15" in told and "¥18" in told, told


async def test_a_dollar_amount_of_a_yuan_order_is_refused_with_what_to_send() -> None:
    chat = await _leo_owes_18()

    replies = await chat.say("bob", "I paid 1-1 $15, will send the rest tmrw", private=True, name="Leo")

    said = " ".join(reply.text for reply in replies if reply.text)
    assert said == (
        "“$15” is not in ¥: order #1-1 (Bubble Tea) is in ¥ (CNY) and comes to ¥18. Nothing was reported or "
        "changed. If you paid ¥15, send /ipaid 1-1 15; if you paid all ¥18, send /ipaid 1-1."
    ), said
    assert "amy" not in chat.private(replies)
