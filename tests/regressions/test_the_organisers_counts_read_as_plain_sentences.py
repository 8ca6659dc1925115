"""rep52 #12: English wording of an organiser's counts. `/cancelunpaid` said "freeing 4" with no unit (the
Chinese says `空出 4 份`); a card whose every order was cancelled unpaid read "all 2 cancelled"; a help-sold
card below its target after cancels read "Succeeded (1/5 after unpaid orders were cancelled) (all groups;
0 units here)", two brackets; the export's friend column was headed "Reported by" (it names who added the
line). Each now reads as one plain sentence: "freeing 3 units", "both cancelled", "Succeeded (2/5 in all
groups after unpaid orders were cancelled; 0 units here)", "Added by"."""

from __future__ import annotations

import pytest

from commerce.domain.listings import card_key
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_payments_checkout import make_app

SAID = {
    "en": {
        "open": "/groupbuy Mangoes price 88 target 5 ends 2h",
        "rate": "/helpsell on 10%",
        "listing": "/helpsell #1",
        "close": "/close",
        "paid": "/paid 1-1",
        "ask": "/cancelunpaid #1",
        "confirm": "/cancelunpaid #1 confirm",
        "freeing": "This will cancel 1 unpaid order of Mangoes (#1), freeing 3 units.",
        "done": "Cancelled 1 unpaid order of Mangoes (#1), freeing 3 units.",
        "family": "▓▓▓▓░░░░░░ Succeeded (2/5 in all groups after unpaid orders were cancelled; 2 units here)",
        "neighbours": "▓▓▓▓░░░░░░ Succeeded (2/5 in all groups after unpaid orders were cancelled; "
        "0 units here)",
        "one": "❌ No order was paid: its one order was cancelled",
    },
    "zh": {
        "open": "接龙 芒果 价格 88 成团 5 截止 2小时",
        "rate": "帮卖 开 10%",
        "listing": "帮卖 #1",
        "close": "截单",
        "paid": "已收 1-1",
        "ask": "取消未付款 #1",
        "confirm": "取消未付款 #1 确认",
        "freeing": "将取消 芒果（#1）的 1 个未付款订单，空出 3 份。",
        "done": "已取消 芒果（#1）的 1 个未付款订单，空出 3 份。",
        "family": "▓▓▓▓░░░░░░ 已成团（未付款取消后各群合计 2/5，本群 2 份）",
        "neighbours": "▓▓▓▓░░░░░░ 已成团（未付款取消后各群合计 2/5，本群 0 份）",
        "one": "❌ 没有人付款：唯一的 1 单已取消",
    },
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_cancelling_unpaid_orders_of_a_help_sold_group_buy_reads_plainly(lang: str) -> None:
    said = SAID[lang]
    family, neighbours = await help_sold(
        said["open"],
        chat_id="neighbours",
        title="neighbours",
        family_title="family",
        rate=said["rate"],
        listing=said["listing"],
        seller="chen",
        language=lang,
        default_language=lang,
    )
    await family.say("bob", "+2")  # 1-1, paid
    await neighbours.say("liu", "+3")  # 1-2, cancelled unpaid
    await family.say("amy", said["close"])
    await family.say("amy", said["paid"])

    asked = family.said(await family.say("amy", said["ask"]))
    done = family.said(await family.say("amy", said["confirm"]))

    assert asked.startswith(said["freeing"]) and done.startswith(said["done"])
    assert said["family"] in (await family.card(1)).splitlines()
    there = (await neighbours.card(card_key(1))).splitlines()
    assert said["neighbours"] in there and said["one"] in there
    assert not [line for line in there if ") (" in line or "）（" in line]  # never two brackets


async def _lapsed(lang: str, opening: str, buyers: tuple[str, ...]) -> Chat:
    uow, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = Chat(make_app(uow, clock, online_payment=True, language=lang))
    await chat.say("amy", opening)
    for buyer in buyers:
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")
    clock.advance(hours=25)  # past every pay-by time
    await chat.app.checkout.expire_unpaid(clock.now())
    return chat


@pytest.mark.parametrize(
    ("lang", "opening", "status"),
    [
        ("en", "/groupbuy Mangoes price 88", "❌ No order was paid: both cancelled"),
        ("zh", "接龙 芒果 价格 88", "❌ 没有人付款：2 单都已取消"),
    ],
)
async def test_two_orders_lapsed_read_both_cancelled(lang: str, opening: str, status: str) -> None:
    chat = await _lapsed(lang, opening, ("bob", "cat"))

    card = (await chat.card()).splitlines()

    assert status in card, card
    assert not [line for line in card if "all 2" in line]


@pytest.mark.parametrize(
    ("lang", "opening", "add", "export", "title"),
    [
        ("en", "/groupbuy Mangoes price 10", "/add Aunt Wang 2", "/export", "Added by"),
        ("zh", "接龙 芒果 价格 10", "代报 王阿姨 2", "导出", "代报"),
    ],
)
async def test_the_exports_column_of_who_added_a_line_is_named_so(
    lang: str, opening: str, add: str, export: str, title: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("amy", add)

    exported = await chat.say("amy", export)

    [sheet] = next(reply.document for reply in exported if reply.document is not None).sheets
    assert sheet.columns[2].title == title
    assert sheet.rows[0][2] == "Amy"
