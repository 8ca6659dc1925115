"""s39 closing: with Jack's payout #1 (¥88) paid and payout #2 (¥44) only asked for, refunding both orders
whose commission payout #1 paid left his balance at -¥88. The organiser's `/payouts` said "owes ¥44 now,
payout #2 (¥44 of it) on hold", but the refund's own answer said only that payout #2 was no longer
covered, never the ¥44 owed beyond it. Now the answer says both, as `/payouts` does; a refund leaving
nothing owed beyond the payout on hold still says only the payout."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.shared_durian import shared_durian

OWES = "Jack was paid out already and now owes ¥44; it comes off their next commission first."
ON_HOLD = (
    "Jack's payout #2 (¥44, not paid yet) is no longer covered once this refund takes the commission back"
)


async def _paid_one_asked_another() -> Chat:
    chat, _ = await shared_durian("en", sharer="jack", collected=(1, 2), buyers=("bob", "dan", "cat"))
    await chat.say("jack", "/payout wechat w8", private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)  # ¥88: #1-1 and #1-2's commission
    await chat.say("amy", "/paid 1-3")
    await chat.say("amy", "/pickedup 1-3")
    await chat.say("jack", "/payout wechat w8", private=True)  # ¥44: #1-3's, asked for only
    return chat


async def test_the_refund_answer_says_the_debt_beyond_the_payout_on_hold() -> None:
    chat = await _paid_one_asked_another()

    first = chat.said(await chat.say("amy", "/refund 1-1", private=True))
    second = chat.said(await chat.say("amy", "/refund 1-2", private=True))
    payouts = chat.said(await chat.say("amy", "/payouts", private=True))

    assert ON_HOLD in first and "owes" not in first, first  # -¥44: rejecting payout #2 leaves ¥0
    assert ON_HOLD in second and OWES in second, second  # -¥88: rejecting it leaves ¥44 owed
    assert "owes ¥44 now, payout #2 (¥44 of it) on hold" in payouts, payouts
