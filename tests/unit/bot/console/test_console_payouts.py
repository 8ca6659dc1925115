"""Payouts and ledger: commission per member (an organiser: on their own group buys' orders), the open
payout requests and the admins' decisions (the chat's `/payouts approve 3`: the member told
privately, audited), an order's or a member's transactions, the trial balance (admins)."""

from __future__ import annotations

import html
import json
import re

import pytest

from bot.console import payouts
from commerce.domain.console_people import Scope
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


# -- the ledger's pages: keyset on the transaction id (`?before=`), newest first, whole transactions --

PAID_ROW = re.compile(r"<td>Order #\d+-(\d+) paid ¥10</td><td>Buyer ")


def _paid_listed(page: str) -> list[int]:
    """The orders whose payment a ledger page lists (by their number in the group buy), top to bottom."""
    return [int(n) for n in PAID_ROW.findall(page)]


def _pager(page: str) -> dict[str, str]:
    """The page's Newest / Older links by their rel (`first`, `next`), as a browser follows them."""
    return {
        rel: html.unescape(href) for href, rel in re.findall(r'<a href="([^"]+)" rel="(first|next)">', page)
    }


async def _mangoes(world: ConsoleWorld, buyers: int, paid: int) -> int:
    """Amy's Mangoes (¥10) in `family`: `buyers` orders, the first `paid` of them paid (2 postings each)."""
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    for n in range(1, buyers + 1):
        await world.say("family", f"b{n:02d}", f"+1 #{gid}")
    await world.say("family", "amy", f"/close #{gid}")
    await world.say("family", "amy", "/paid " + " ".join(f"{gid}-{n}" for n in range(1, paid + 1)))
    return gid


async def _transaction(world: ConsoleWorld, gid: int, number: int) -> int:
    """The id of the transaction that paid order `gid-number`."""
    async with world.app.uow_factory() as uow:
        order_id = await uow.orders.by_number(gid, number)
        assert order_id is not None
        lines = await uow.console_people.ledger_lines(Scope(), order_id=order_id)
    return lines[0].transaction_id


async def test_the_ledger_pages_to_older_entries_in_whole_transactions(world: ConsoleWorld) -> None:
    gid = await _mangoes(world, buyers=15, paid=15)
    admin = await world.admin()
    first = await admin.get("/ledger")
    assert first.status_code == 200
    assert _paid_listed(first.text) == list(range(15, 5, -1))  # 20 postings: 10 whole transactions
    assert first.text.count("<tr><td>") == 20
    assert _pager(first.text) == {"next": f"/ledger?before={await _transaction(world, gid, 6)}"}
    assert "Older entries →" in first.text and "The latest entries are below." in first.text

    older = await admin.get(_pager(first.text)["next"])
    assert older.status_code == 200
    assert _paid_listed(older.text) == [5, 4, 3, 2, 1]  # the rest, each on exactly one page
    assert _pager(older.text) == {"first": "/ledger"}  # the last page: back to the newest only
    assert "Older entries, newest first; each page ends on a whole transaction." in older.text
    assert "The latest entries are below." not in older.text

    last = await admin.get("/ledger", params={"before": await _transaction(world, gid, 1)})
    assert last.status_code == 200 and "There are no older entries." in last.text
    assert "<tbody>" not in last.text and _pager(last.text) == {"first": "/ledger"}


async def test_an_older_page_stays_the_same_while_new_entries_arrive(world: ConsoleWorld) -> None:
    gid = await _mangoes(world, buyers=17, paid=15)
    admin = await world.admin()
    link = _pager((await admin.get("/ledger")).text)["next"]
    before = (await admin.get(link)).text
    await world.say("family", "amy", f"/paid {gid}-16 {gid}-17")  # two newer transactions
    world.clock.advance(minutes=5)
    await world.say("family", "amy", f"已取 {gid}-16")
    after = await admin.get(link)
    assert after.status_code == 200 and after.text == before  # nothing shifted onto or off it
    newest = (await admin.get("/ledger")).text
    assert _paid_listed(newest) == [17, 16, *range(15, 7, -1)]
    assert _pager(newest)["next"] == f"/ledger?before={await _transaction(world, gid, 8)}"


async def test_a_searched_ledger_pages_too_keeping_the_search(
    world: ConsoleWorld, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(payouts, "LEDGER_FOUND", 4)  # a member's page of 4 postings, not 200
    gid = await _mangoes(world, buyers=6, paid=6)
    admin = await world.admin()
    first = await admin.get("/ledger", params={"member": "Amy"})
    assert first.status_code == 200
    amy = re.compile(rf"<td>Order #{gid}-(\d) paid ¥10</td><td>Organiser Amy</td>")
    assert [int(n) for n in amy.findall(first.text)] == [6, 5, 4, 3]
    older = _pager(first.text)["next"]
    assert older == f"/ledger?member=Amy&before={await _transaction(world, gid, 3)}"
    second = await admin.get(older)
    assert [int(n) for n in amy.findall(second.text)] == [2, 1]
    assert _pager(second.text) == {"first": "/ledger?member=Amy"}
    assert 'value="Amy"' in second.text  # the search kept in its field


@pytest.mark.parametrize(
    "typed", ["abc", "-1", "0", "1.5", "９", str(2**31), str(2**40), "9" * 5000, "99999"]
)
async def test_a_bad_older_page_is_said_never_a_500(world: ConsoleWorld, typed: str) -> None:
    await _mangoes(world, buyers=3, paid=3)
    admin = await world.admin()
    page = await admin.get("/ledger", params={"before": typed})
    assert page.status_code == 422
    shown = typed if len(typed) <= 40 else typed[:39] + "…"
    said = f"There is no ledger entry “{shown}” to list older entries from, so nothing is listed"
    assert said in html.unescape(page.text)
    assert "<tbody>" not in page.text and _pager(page.text) == {"first": "/ledger"}


async def test_an_organiser_pages_her_own_ledger_only(world: ConsoleWorld) -> None:
    gid = await _mangoes(world, buyers=12, paid=12)
    plums = await world.open_group_buy("work", "dan", "Plums", target=1)
    await world.say("work", "eve", f"+1 #{plums}")
    await world.say("work", "dan", f"/close #{plums}")
    await world.say("work", "dan", f"/paid {plums}-1")
    amy = await world.member("amy")
    first = (await amy.get("/ledger")).text
    assert _paid_listed(first) == list(range(12, 2, -1)) and "Buyer Eve" not in first
    second = await amy.get(_pager(first)["next"])
    assert _paid_listed(second.text) == [2, 1]
    theirs = await amy.get("/ledger", params={"before": await _transaction(world, plums, 1)})
    assert theirs.status_code == 422 and "Buyer Eve" not in theirs.text  # Dan's: no entry of hers
    assert "There is no ledger entry" in theirs.text
    assert (await amy.get("/ledger", params={"before": await _transaction(world, gid, 5)})).status_code == 200
