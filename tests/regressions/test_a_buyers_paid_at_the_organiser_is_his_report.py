"""`I paid @Amy` from a buyer was read as the organiser's confirmation of Amy's order and answered "Amy
has no unpaid order here: nothing was changed.": the buyer's report was lost. It is now his report,
addressed to Amy; Amy's own `paid @dan` still confirms Dan's order."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_buyers_paid_at_the_organiser_is_his_report() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    for user, text in [("amy", "接龙 芒果 价格 30 成团 1"), ("bob", "+1"), ("dan", "+1"), ("amy", "截单")]:
        await chat.say(user, text)

    said = await chat.say("dan", "I paid @Amy")

    assert chat.said(said) == (
        "Thanks, Dan: Amy is asked to confirm your payment for order #1-2; "
        "the amount was sent to you privately. "
        "The card shows 💸 until they do."
    )
    assert factory.state.orders[2].reported_paid_at is not None
    assert chat.said(await chat.say("amy", "paid @bob")) == "✅ Bob's order #1-1 is paid."
