"""Session 9, orders and views, word for word in both languages: 我的订单 adds an order of several
options (多规格) up as it shows it, one part per price; it says a reported payment is waiting for the
organiser, as /list does; a failed or cancelled group buy sold nothing on the organiser's list and its
export (as on /mine); and a lowered base price tells the group what everyone pays now."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CHERRIES = "/groupbuy Cherries options 1kg:53,2kg:95 tiers 10:-5 target 1"

# s40: how to pay an unpaid order, said after the list
TO_PAY = (
    "💰 Order #1-1 is awaiting payment: pay the organiser Amy (cash or transfer), "
    "then send /ipaid 1-1 to tell them."
)


async def _cherries(chat: Chat) -> None:
    """Bob: 2 of 1kg with a note, 2 of 2kg, 1 of 1kg for Wang."""
    await chat.say("amy", CHERRIES)
    await chat.say("bob", "+2 1kg gate 5")
    await chat.say("bob", "+2 2kg")
    await chat.say("bob", "+1 for Wang 1kg")


# -- 1. an order of several options adds up as shown --------------------------------------------------
async def test_joins_of_several_options_show_a_part_per_price_and_the_tiers_total() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await _cherries(chat)

    assert chat.said(await chat.say("bob", "/orders", private=True)) == (
        "Joined, not closed yet (the order is made at the close, at the price tier reached then):\n"
        "Cherries — yours 1kg ×2 (gate 5) · yours 2kg ×2 · for Wang 1kg ×1 (group buy #1 by Amy):"
        " 3 × ¥53 + 2 × ¥95 = ¥349 so far · not closed yet · ¥324 at 10 units in all"
    )
    assert chat.private(await chat.say("bob", "我的订单", language="zh"))["bob"] == (
        "已跟团、还没截单（截单成团后才生成订单，价格按届时的阶梯）：\n"
        "Cherries — 自己 1kg ×2（gate 5） · 自己 2kg ×2 · 帮 Wang 1kg ×1（Amy 的团 #1）："
        "3 × ¥53 + 2 × ¥95 = ¥349（暂计）· 未截单 · 满 10 份 共 ¥324"
    )


async def test_an_order_of_several_options_adds_up_part_by_part() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Cherries options 1kg:45,2kg:95 target 1")
    await chat.say("cat", "+1 2kg")
    await chat.say("cat", "+2 1kg")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")

    assert chat.said(await chat.say("cat", "/orders", private=True)).startswith(  # then its pickup code
        "Your orders:\n#1-1 Cherries 2kg, Cherries 1kg (group buy #1 by Amy): 1 × ¥95 + 2 × ¥45 = ¥185"
        " · paid · pickup code "
    )
    assert chat.said(await chat.say("cat", "我的订单", private=True, language="zh")).startswith(
        "你的订单：\n#1-1 Cherries 2kg、Cherries 1kg（Amy 的团 #1）：1 × ¥95 + 2 × ¥45 = ¥185 · 已付款 · "
    )


async def test_one_price_stays_one_part_however_many_lines() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Oranges options small:30,big:30 target 1")
    await chat.say("bob", "+2 small")
    await chat.say("bob", "+1 big")
    await chat.say("amy", "/close")

    assert chat.said(await chat.say("bob", "/orders", private=True)) == (
        "Your orders:\n#1-1 Oranges small, Oranges big (group buy #1 by Amy): 3 × ¥30 = ¥90 · to pay\n"
        "💰 Order #1-1 is awaiting payment: pay the organiser Amy (cash or transfer), "
        "then send /ipaid 1-1 to tell them."
    )


# -- 3. a reported payment is waiting ------------------------------------------------------------------
async def test_my_orders_says_a_reported_payment_waits_for_the_organiser_until_confirmed() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Plums price 12 target 1")
    await chat.say("cat", "+2")
    await chat.say("amy", "/close")
    await chat.say("cat", "我已付款")

    assert chat.said(await chat.say("cat", "/orders", private=True, language="en")) == (
        "Your orders:\n#1-1 Plums (group buy #1 by Amy): 2 × ¥12 = ¥24"
        " · reported paid, waiting for the organiser to confirm"
    )
    assert chat.said(await chat.say("cat", "我的订单", private=True, language="zh")) == (
        "你的订单：\n#1-1 Plums（Amy 的团 #1）：2 × ¥12 = ¥24 · 已报付款，等待团长确认"
    )
    await chat.say("amy", "/notpaid 1-1")  # it did not arrive: to pay again
    to_pay = chat.said(await chat.say("cat", "/orders", private=True, language="en"))
    assert to_pay.endswith(f"= ¥24 · to pay\n{TO_PAY}")
    await chat.say("cat", "/ipaid")
    await chat.say("amy", "/paid 1-1")
    paid = chat.said(await chat.say("cat", "/orders", private=True, language="en"))
    assert "= ¥24 · paid · pickup code " in paid


# -- 2. a failed or cancelled group buy sold nothing -----------------------------------------------------
async def test_the_organisers_list_of_a_cancelled_group_buy_sells_nothing() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Apples price 10 target 5")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1 gate 3")
    await chat.say("amy", "/cancel confirm")

    assert chat.said(await chat.say("amy", "/list #1", private=True)) == (
        "📋 Apples (#1), the organiser's list · cancelled · ¥10 each\n"
        "1. Bob ×2\n"
        "2. Cat ×1 · note: gate 3\n"
        "\n"
        "Nothing was sold (cancelled): 3 units asked for, no orders made.\n"
        "As a spreadsheet: /export #1 · all your group buys: /mine"
    )
    assert chat.said(await chat.say("amy", "名单 #1", private=True, language="zh")).splitlines()[-2] == (
        "未成交（已取消）：共报 3 份，没有生成订单。"
    )
    mine = chat.said(await chat.say("amy", "/mine", private=True, language="en"))
    assert "#1 Apples · cancelled · 0 units" in mine


async def test_the_export_of_a_cancelled_group_buy_has_its_lines_without_money_and_totals_nothing() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Peaches price 18 target 5")
    await chat.say("cat", "+1")
    await chat.say("amy", "/cancel confirm")

    replies = await chat.say("amy", "/export #1", private=True)

    [sheet] = next(reply.document for reply in replies if reply.document is not None).sheets
    assert sheet.rows == ((1, "Cat", "", 1, "", 1800, None, None, None, "not sold", ""),)
    assert sheet.totals == ("Total", None, None, 0, None, None, 0, None, None, None, None)


async def test_the_list_of_a_group_buy_that_closed_below_its_target_sells_nothing() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language="en")
    await chat.say("amy", "/groupbuy Peaches price 18 target 5 ends 2h")
    await chat.say("cat", "+1")
    clock.advance(hours=3)
    await chat.app.expire(1)  # its deadline passed below the target: it failed

    listed = chat.said(await chat.say("amy", "/list #1", private=True))

    assert listed.splitlines()[1:4] == [
        "1. Cat ×1",
        "",
        "Nothing was sold (closed without reaching its target): 1 unit asked for, no orders made.",
    ]
    assert "#1 Peaches · closed without reaching its target · 0 units" in chat.said(
        await chat.say("amy", "/mine", private=True)
    )


# -- 4. a lowered base price says what everyone pays now ---------------------------------------------------
async def _mangoes_at_the_tier(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Mangoes price 88 tiers 2:68 target 1")
    await chat.say("cat", "+1")
    await chat.say("dan", "+1")  # 2 units: everyone pays the tier's ¥68


async def test_a_base_price_lowered_above_the_tier_reached_says_nobodys_price_changes() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await _mangoes_at_the_tier(chat)

    assert chat.said(await chat.say("amy", "/edit #1 price 80")) == (
        "Updated Mangoes (#1): price ¥80.\n"
        "Base price lowered: ¥88 → ¥80. Nobody's price changes: the tier reached still applies, ¥68 each."
    )
    assert chat.said(await chat.say("amy", "修改 #1 价格 75", language="zh")) == (
        "已修改 Mangoes（#1）：价格 ¥75。\n底价下调：¥80 → ¥75。大家的价格不变：已达阶梯价，仍按每份 ¥68。"
    )


async def test_a_base_price_lowered_below_the_tier_says_what_everyone_pays_now_and_before() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await _mangoes_at_the_tier(chat)

    assert chat.said(await chat.say("amy", "/edit #1 price 60")) == (
        "Updated Mangoes (#1): price ¥60, no more tiers.\n"
        "Base price lowered: ¥88 → ¥60. Everyone now pays ¥60 each (was ¥68).\n"
        "Tiers not below the new price ¥60 no longer apply and were taken off: 2+ ¥68."
    )


async def test_a_price_lowered_with_no_tier_reached_is_for_everyone_and_the_group_hears_it_from_private() -> (
    None
):
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 88 阶梯 5:68 成团 1")
    await chat.say("cat", "+1")

    replies = await chat.say("amy", "修改 #1 价格 80", private=True)

    group = [reply.text for reply in replies if reply.chat_id == "family" and reply.text]
    assert group == ["🛒 芒果（#1）\n改价：¥88 → ¥80，所有人按新价"]
    assert (await chat.card()).count("¥80") >= 1
