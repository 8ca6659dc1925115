"""Payouts and ledger: commission per member (an organiser: on their own group buys' orders), the open
payout requests and the admins' decisions (the chat's `/payouts approve 3`: the member told
privately, audited), an order's or a member's transactions, the trial balance (admins)."""

from __future__ import annotations

import html
import json

from tests.unit.bot.console.console_client import ConsoleWorld, post_form
from tests.unit.bot.console.people_shop import Shop, open_shop, sent_since


async def _requested(world: ConsoleWorld) -> Shop:
    shop = await open_shop(world)
    replies = await world.say("bob", "bob", "/payout wechat w8", private=True)
    assert replies[0].text.startswith("Payout #1 of ¥10 requested."), replies[0].text
    return shop


async def test_commission_per_member_each_organiser_their_own(world: ConsoleWorld) -> None:
    await open_shop(world)
    admin = (await (await world.admin()).get("/payouts")).text
    assert "<tr><td>Bob</td><td>¥0</td><td>¥10</td><td>¥0</td><td>¥0</td><td>¥0</td></tr>" in admin
    assert "No open payout requests." in admin
    amy = (await (await world.member("amy")).get("/payouts")).text
    assert "<tr><td>Bob</td><td>¥0</td><td>¥10</td><td>¥0</td></tr>" in amy  # on Amy's Mangoes, none paid out
    assert "Open payout requests" not in amy and "Trial balance" not in amy
    dan = (await (await world.member("dan")).get("/payouts")).text
    assert "Bob" not in dan and "No commission." in dan


async def test_an_admin_approves_and_pays_a_payout_and_the_member_is_told(world: ConsoleWorld) -> None:
    await _requested(world)
    admin = await world.admin()
    page = (await admin.get("/payouts")).text
    assert "<td>#1</td><td>Bob</td><td>¥10</td><td>WeChat w8</td><td>Requested</td>" in page
    before = len(await world.outbox_rows())
    response = await post_form(admin, "/payouts/1/approve")
    assert response.status_code == 303 and response.headers["location"] == "/payouts"
    page = (await admin.get("/payouts")).text
    assert "Payout #1 to Bob (¥10) approved." in page
    assert "<td>#1</td><td>Bob</td><td>¥10</td><td>WeChat w8</td><td>Approved</td>" in page
    sent = sent_since((await world.outbox_rows())[before:])
    assert [(chat, reply["text"]) for chat, reply in sent] == [
        ("bob", "Your payout #1 of ¥10 was approved; it will be paid soon.")
    ]
    assert (await post_form(admin, "/payouts/1/pay")).status_code == 303
    assert "Payout #1 to Bob (¥10) marked paid." in (await admin.get("/payouts")).text
    told = [reply["text"] for _, reply in sent_since((await world.outbox_rows())[before:])]
    assert told[-1] == "Your payout #1 of ¥10 was paid to WeChat ···8."
    entries = await world.audit_rows()
    assert [(e["actor"], e["action"], e["subject"]) for e in entries] == [
        ("console:root", "payout.approve", "payout:1"),
        ("console:root", "payout.pay", "payout:1"),
    ]
    assert json.loads(entries[1]["before"]) == {"status": "approved"}
    assert json.loads(entries[1]["after"]) == {"status": "paid"}
    trial = (await admin.get("/ledger/trial-balance")).text
    assert "Every currency sums to zero: the ledger balances." in trial
    assert "<td>Payouts paid out</td><td>CNY</td><td>¥10</td><td><code>payouts</code></td>" in trial


async def test_a_refused_decision_changes_nothing_and_says_why(world: ConsoleWorld) -> None:
    await _requested(world)
    admin = await world.admin()
    before = len(await world.outbox_rows())
    assert (await post_form(admin, "/payouts/1/pay")).status_code == 303  # not approved yet
    page = (await admin.get("/payouts")).text
    assert 'class="flash error"' in page
    assert "Payout #1 cannot be marked paid: only an approved one can. Nothing was changed." in page
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []
    assert (await post_form(admin, "/payouts/1/refund")).status_code == 404  # no such decision
    assert (await post_form(admin, "/payouts/99/approve")).status_code == 404


async def test_a_rejected_payout_is_available_again(world: ConsoleWorld) -> None:
    await _requested(world)
    admin = await world.admin()
    assert (await post_form(admin, "/payouts/1/reject")).status_code == 303
    page = (await admin.get("/payouts")).text
    assert "Payout #1 to Bob (¥10) rejected: the amount is available to them again." in page
    assert "<tr><td>Bob</td><td>¥0</td><td>¥10</td><td>¥0</td><td>¥0</td><td>¥0</td></tr>" in page
    rows = sent_since(await world.outbox_rows())
    assert rows[-1][1]["text"].startswith("Your payout #1 of ¥10 was rejected")


async def test_organisers_cannot_decide_payouts(world: ConsoleWorld) -> None:
    await _requested(world)
    amy = await world.member("amy")
    assert (await post_form(amy, "/payouts/1/approve")).status_code == 403
    assert (await amy.get("/ledger/trial-balance")).status_code == 403
    assert await world.audit_rows() == []


async def test_an_orders_transactions_each_organiser_their_own(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    amy = await world.member("amy")
    page = await amy.get(f"/ledger?order={shop.mangoes}-1")
    assert page.status_code == 200
    text = page.text
    paid = f"<td>Order #{shop.mangoes}-1 paid ¥100</td>"
    assert f"{paid}<td>Buyer Dan</td><td>-¥100</td><td><code>buyer:dan</code></td>" in text
    assert (
        f"{paid}<td>Bob&#39;s held commission</td><td>¥10</td><td><code>commission_pending:bob</code></td>"
        in text
    )
    freed = f"<td>Order #{shop.mangoes}-1 picked up: commission of ¥10 freed to withdraw</td>"
    freed += "<td>Bob&#39;s commission to withdraw</td>"
    assert freed in text
    dan = await world.member("dan")
    refused = await dan.get(f"/ledger?order={shop.mangoes}-1")
    assert refused.status_code == 422
    said = f"There is no order “{shop.mangoes}-1” of yours, so nothing is listed: write its number as 12-3."
    assert f'class="field-error">{said}' in html.unescape(refused.text)
    assert f'value="{shop.mangoes}-1"' in refused.text  # what was typed is kept
    assert "buyer:dan" not in refused.text


async def test_a_members_transactions_are_the_admins(world: ConsoleWorld) -> None:
    await _requested(world)
    admin = await (await world.admin()).get("/ledger?member=bob")
    assert (
        "<td>Payout #1 requested</td><td>Bob&#39;s commission to withdraw</td><td>-¥10</td>"
        "<td><code>commission_available:bob</code></td>" in (admin.text)
    )
    amy = await (await world.member("amy")).get("/ledger?member=bob")
    assert amy.status_code == 422 and "Only admins see a member&#39;s whole ledger." in amy.text


async def test_bad_order_numbers_are_answered_next_to_the_field(world: ConsoleWorld) -> None:
    await open_shop(world)
    admin = await world.admin()
    for typed in ("abc", "1-", "99-1", "1-99", f"{2**40}-1"):
        page = await admin.get("/ledger", params={"order": typed})
        assert page.status_code == 422, typed
        said = f"There is no order “{typed}”, so nothing is listed: write its number as 12-3."
        assert said in html.unescape(page.text)  # an admin: no "yours"
    assert "There is no order" not in (await admin.get("/ledger")).text
