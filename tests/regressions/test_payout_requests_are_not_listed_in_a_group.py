"""An admin's `/payouts` typed in a group listed everyone's payout requests there ("#2 Bob: ¥100,
requested"). Payouts are listed and decided in the admin's private chat only; in a group the admin is
told where, and nothing is shown or changed."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_payouts_in_a_group_show_nothing_and_point_to_the_private_chat() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en", payout_admins=frozenset({"eve"}))
    await chat.say("amy", "/groupbuy Durian price 1000 target 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=2000)
    factory.state.orders[1].sharer_id = "cat"
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")
    await chat.say("cat", "/payout wechat w8", private=True)

    for text in ("/payouts", "/payouts approve 1"):
        replies = await chat.say("eve", text)
        assert [(r.private_to, r.text) for r in replies] == [
            (
                None,
                "Payouts are listed and decided in a private chat with me, not in a group: "
                "send /payouts there. Nothing was changed.",
            )
        ]
    listed = chat.said(await chat.say("eve", "/payouts", private=True))
    assert listed == "Open payout requests:\n#1 Cat: ¥200 to WeChat w8, requested (/payouts approve 1)"
