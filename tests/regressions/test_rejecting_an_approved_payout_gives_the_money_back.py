"""Rejecting a payout after it was approved told the admin and the member "available again", but the
money stayed in `payout_approved:<member>`: /earnings kept showing the smaller balance. An approved
payout not yet paid may still be rejected (commerce.domain.payout), and its amount now goes back to the
member's available commission, in chat and in the console alike."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop
from tests.unit.handlers.conftest import fake_chat


async def test_rejecting_an_approved_payout_makes_its_amount_available_again() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en", payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("amy", "/groupbuy Durian price 135.60 target 1")
    await chat.say("carl", "+1")
    await chat.say("amy", "/close")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "bob"
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")
    assert "Yours to withdraw: ¥67.80" in chat.said(await chat.say("bob", "/earnings", private=True))
    await chat.say("bob", "/payout 50.5 wechat w8", private=True)
    await chat.say("eve", "/payouts approve 1", private=True)
    assert "Yours to withdraw: ¥17.30" in chat.said(await chat.say("bob", "/earnings", private=True))

    answer = await chat.say("eve", "/payouts reject 1", private=True)
    assert "available to them again" in chat.said(answer)
    assert "went back to your balance: your available balance is now ¥67.80" in chat.private(answer)["bob"]
    assert "Yours to withdraw: ¥67.80" in chat.said(await chat.say("bob", "/earnings", private=True))
    async with factory() as uow:
        trial = await uow.ledger.trial_balance()
    assert trial.balanced
    assert [b for b in trial.balances if b.amount and b.account.kind.value.startswith("payout_")] == []


async def test_an_approved_payout_rejected_in_the_console_is_available_again(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)  # Bob has ¥10 available
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        admin = await world.admin()
        assert (await post_form(admin, "/payouts/1/approve")).status_code == 303
        assert (await post_form(admin, "/payouts/1/reject")).status_code == 303
        page = (await admin.get("/payouts")).text
        assert "Payout #1 to Bob (¥10) rejected: the amount is available to them again." in page
        earnings = await world.say("bob", "bob", "/earnings", private=True)
        assert "Yours to withdraw: ¥10" in earnings[0].text
        trial = (await admin.get("/ledger/trial-balance")).text
        assert "Every currency sums to zero: the ledger balances." in trial
        assert "payout_approved:bob" not in trial
