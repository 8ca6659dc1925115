"""Pickup codes (核销): a paid order's buyer gets a code; the organiser or a pickup helper takes it at the
pickup point and hands over what the answer lists; a wrong or used code changes nothing."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from commerce.domain.order import OrderStatus
from commerce.domain.payments import sign_order_reference
from handlers.cards import order_text
from handlers.parsing.commands import parse_text
from handlers.registry import VOCABULARY
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SECRET = "test-secret"


async def _paid(chat: Chat, state: FakeUnitOfWorkFactory) -> str:
    """Amy sells mangoes; Cat takes 2 (one for a friend) and Dan 1; Amy closes and confirms Cat's
    payment. Cat's pickup code."""
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("eve", "进度")  # Eve, who will help at the pickup point, is seen in the chat
    await chat.say("cat", "+1 3号楼502")
    await chat.say("cat", "+1 帮 小王")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 @Cat", mentions=["cat"])
    code = state.state.orders[1].pickup_code
    assert code is not None
    return code


def _in_chat(replies: list[Reply]) -> str:
    found = [reply.text for reply in replies if reply.text and not reply.private_to and not reply.is_card]
    assert len(found) == 1, replies
    return found[0]


# -- the code -------------------------------------------------------------------------------------------
async def test_the_buyer_is_told_the_code_when_the_organiser_confirms_the_payment(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "/groupbuy Plums price 30", language="en")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close", language="en")

    paid = await chat.say("amy", "/paid 1", language="en")

    code = uow_factory.state.orders[1].pickup_code
    assert code is not None and code.isdigit() and len(code) == 4 and code[0] != "0"
    assert chat.private(paid) == {
        "bob": "Amy confirmed your payment of ¥30 for order #1-1 (Plums). Thank you!\n"
        f"Your pickup code: {code} (show it when you collect your goods)"
    }


async def test_a_stars_payment_gets_a_code_in_its_receipt(uow_factory: FakeUnitOfWorkFactory) -> None:
    shop = fake_chat(uow_factory, payment_secret=SECRET, default_language="en")
    await shop.say("amy", "/groupbuy Mangoes price 50⭐ target 1", language="en")
    await shop.say("bob", "+1")
    await shop.say("amy", "/close", language="en")

    receipt = await shop.app.checkout.payment_succeeded(
        Request(
            platform="test", chat_id="bob", user_id="bob", display_name="Bob", chat_kind=ChatKind.PRIVATE
        ),
        payload=sign_order_reference(1, SECRET),
        currency="XTR",
        total_amount=50,
        charge_id="ch-1",
        provider_charge_id="",
    )

    code = uow_factory.state.orders[1].pickup_code
    assert code is not None
    assert shop.private(receipt) == {
        "bob": "✅ Payment received: 50⭐ for order #1-1 (Mangoes). Thank you!\n"
        f"Your pickup code: {code} (show it when you collect your goods)"
    }


async def test_an_unpaid_order_has_no_code_and_a_paid_one_keeps_its_own(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)

    assert uow_factory.state.orders[2].pickup_code is None  # Dan has not paid
    await chat.say("amy", "已收 @Dan", mentions=["dan"])
    dans = uow_factory.state.orders[2].pickup_code
    assert dans is not None and dans != code
    assert uow_factory.state.orders[1].pickup_code == code


# -- taking it at the pickup point ------------------------------------------------------------------------
async def test_the_organiser_takes_the_code_and_sees_what_to_hand_over(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)

    done = await chat.say("amy", f"核销 {code}")

    assert _in_chat(done) == (
        f"✅ 取货码 {code}：Cat 的订单 #1-1，共 2 份：\n"
        "• 海南贵妃芒 — 3号楼502 × 1\n"
        "• 海南贵妃芒（帮 小王） × 1\n"
        "请按此交货，订单已标记为已提货。"
    )
    assert [reply.mention for reply in done if reply.text and not reply.private_to] == [("cat",)]
    assert chat.private(done) == {"cat": "Amy 已确认你的订单 #1-1（海南贵妃芒）已提货，祝你吃得开心！"}
    assert chat.cards(done) == [(1, False)]
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED
    card = await chat.card(1)
    assert card.endswith("\n1. Cat ×1 · 3号楼502 ✅📦\n2. Cat 帮 小王 ×1 ✅📦\n3. Dan ×1")


async def test_in_english_and_with_the_group_buy_named(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)

    done = await chat.say("amy", f"/pickup_code #1 {code}", language="en")

    assert _in_chat(done).startswith(f"✅ Code {code}: order #1-1 of Cat, 2 units:\n")
    assert uow_factory.state.orders[1].status is OrderStatus.FULFILLED


async def test_a_code_taken_twice_says_when_and_by_whom(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)
    await chat.say("amy", "设置帮手 @Eve", mentions=["eve"])
    await chat.say("eve", f"核销 {code}")

    again = await chat.say("amy", f"/pickupcode {code}", language="en")

    assert chat.said(again) == (
        f"Code {code} was used already: order #1-1 of Cat was picked up Mon 23 Nov 12:00, "
        "handed over by Eve. "
        "Nothing was changed."
    )
    assert chat.cards(again) == []
    history = uow_factory.state.orders[1].history
    assert [change.to_status for change in history] == [OrderStatus.PAID, OrderStatus.FULFILLED]


async def test_a_wrong_code_changes_nothing(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    code = await _paid(chat, uow_factory)
    wrong = "1000" if code != "1000" else "1001"

    said = chat.said(await chat.say("amy", f"核销 {wrong}"))

    assert said == f"你在这里能核销的订单中没有取货码 {wrong}，请核对后再试，没有任何改动。"
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


async def test_a_stranger_is_refused_whatever_the_code(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)
    refusal = "只有团长或团长设置的帮手可以在这里核销取货码，没有任何改动。"

    assert chat.said(await chat.say("dan", f"核销 {code}")) == refusal  # a real code
    assert chat.said(await chat.say("dan", "核销 999999")) == refusal  # and a made-up one: the same
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


async def test_an_order_paid_then_refunded_cannot_be_collected(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)
    await chat.say("amy", "退款 1")

    said = chat.said(await chat.say("amy", f"核销 {code}"))

    assert said == "订单 #1-1 不能提货（状态：已退款），没有任何改动。"
    assert uow_factory.state.orders[1].status is OrderStatus.REFUNDED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("核销 12", "请这样写：核销 4827（买家的取货码，4–6 位数字），或 核销 #1 4827"),
        ("核销 1234567", "请这样写：核销 4827（买家的取货码，4–6 位数字），或 核销 #1 4827"),
        ("核销 abc", "请这样写：核销 4827（买家的取货码，4–6 位数字），或 核销 #1 4827"),
        (
            "/pickupcode",
            "Write it like: /pickupcode 4827 (the buyer's pickup code, 4 to 6 digits), "
            "or /pickupcode #1 4827",
        ),
    ],
)
async def test_a_code_that_cannot_be_one_gets_the_form(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory, text: str, expected: str
) -> None:
    await _paid(chat, uow_factory)

    english = "en" if text.startswith("/") else None  # the slash forms: her app speaks English
    assert chat.said(await chat.say("amy", text, language=english)) == expected
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


@pytest.mark.parametrize("chatter", ["核销了吗", "核销完了没", "设置帮手呢", "取消帮手吧"])
def test_talk_that_starts_like_it_is_chatter(chatter: str) -> None:
    assert parse_text(chatter, vocabulary=VOCABULARY) is None


@pytest.mark.parametrize(
    "typed", ["核销 4827", "/核销 4827", "/pickupcode 4827", "/pickup_code 4827", "/pickupcode4827"]
)
def test_every_form_is_the_command(typed: str) -> None:
    command = parse_text(typed, vocabulary=VOCABULARY)
    assert command is not None and command.name == "pickup_code" and command.rest == "4827"


async def test_the_same_code_in_two_group_buys_here_is_not_guessed(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)
    await chat.say("amy", "接龙 苹果 价格 10 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单 #2")
    await chat.say("amy", "已收 @Bob", mentions=["bob"])
    uow_factory.state.orders[3].pickup_code = code  # as the draws could have made it: unique per group buy

    asked = chat.said(await chat.say("amy", f"核销 {code}"))

    assert asked == (
        f"取货码 {code} 对应这里 2 个团的订单：#1 海南贵妃芒（Cat）、#2 苹果（Bob）。"
        f"请指明是哪个团：核销 #1 {code}"
    )
    assert _in_chat(await chat.say("amy", f"核销 #2 {code}")).startswith(f"✅ 取货码 {code}：Bob 的订单 #2-1")
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


# -- helpers -------------------------------------------------------------------------------------------
async def test_a_helper_takes_codes_here_and_in_private(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)
    await chat.say("amy", "已收 @Dan", mentions=["dan"])
    dans = uow_factory.state.orders[2].pickup_code

    named = await chat.say("amy", "设置帮手 @Eve")

    assert chat.said(named) == (
        "Eve 现在可以核销 #1 海南贵妃芒 的取货码了：在本群或私聊我发“核销 取货码”。\n已私信告诉对方。"
    )
    done = await chat.say("eve", f"核销 {code}")
    assert _in_chat(done).startswith(f"✅ 取货码 {code}：Cat 的订单 #1-1，共 2 份：")
    assert chat.private(done) == {"cat": "Eve 已确认你的订单 #1-1（海南贵妃芒）已提货，祝你吃得开心！"}
    in_private = await chat.say("eve", f"核销 {dans}", private=True)
    assert _in_chat(in_private).startswith(f"✅ 取货码 {dans}：Dan 的订单 #1-2，共 1 份：")
    assert [reply.mention for reply in in_private if reply.text and not reply.private_to] == [()]
    assert {o.status for o in uow_factory.state.orders.values()} == {OrderStatus.FULFILLED}


async def test_a_helper_of_one_chat_takes_no_codes_in_another(uow_factory: FakeUnitOfWorkFactory) -> None:
    family = fake_chat(uow_factory)
    code = await _paid(family, uow_factory)
    await family.say("amy", "/helper #1 @Eve", mentions=["eve"], language="en")
    other = fake_chat(uow_factory)
    other.chat_id = "neighbours"

    said = other.said(await other.say("eve", f"核销 {code}"))

    assert said == "只有团长或团长设置的帮手可以在这里核销取货码，没有任何改动。"
    assert uow_factory.state.orders[1].status is OrderStatus.PAID


async def test_a_helper_removed_takes_codes_no_more(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    code = await _paid(chat, uow_factory)
    await chat.say("amy", "/helper #1 @Eve", mentions=["eve"], language="en")

    removed = await chat.say("amy", "/helper #1 -@Eve", mentions=["eve"], language="en")

    assert chat.said(removed) == "Eve will no longer take pickup codes of #1 海南贵妃芒."
    assert chat.said(await chat.say("eve", f"核销 {code}")) == (
        "只有团长或团长设置的帮手可以在这里核销取货码，没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "取消帮手 @Eve", mentions=["eve"])) == (
        "Eve 不是 #1 海南贵妃芒 的核销帮手，没有任何改动。"
    )


async def test_only_the_organiser_names_helpers(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await _paid(chat, uow_factory)

    said = chat.said(await chat.say("cat", "设置帮手 @Eve", mentions=["eve"]))

    assert said == "只有团长（Amy）可以这样做，没有任何改动。"
    assert uow_factory.state.helpers == []


async def test_naming_a_helper_twice_and_listing_them(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    await _paid(chat, uow_factory)
    await chat.say("amy", "/helper @Eve", mentions=["eve"], language="en")

    assert chat.said(await chat.say("amy", "/helper #1 @Eve", mentions=["eve"], language="en")) == (
        "Eve already takes pickup codes of #1 海南贵妃芒: nothing was changed."
    )
    assert chat.said(await chat.say("amy", "/helper #1", language="en")) == (
        "Pickup helpers of #1 海南贵妃芒: Eve. Add one: /helper #1 @name; remove one: /helper #1 -@name"
    )
    assert uow_factory.state.helpers == [(1, "test:eve")]


async def test_a_helper_command_without_anyone_gets_the_form(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await _paid(chat, uow_factory)

    assert chat.said(
        await chat.say("amy", "/helper", language="en")
    ) == (  # none yet: said so, with how to add one
        "#1 海南贵妃芒 has no pickup helpers yet. Add one: /helper #1 @name"
    )
    assert chat.said(await chat.say("amy", "取消帮手 Eve")) == (
        "请这样写：设置帮手 #1 @名字（帮手可以核销 #1 的取货码；取消：取消帮手 #1 @名字）"
    )


# -- /list -----------------------------------------------------------------------------------------------
async def test_the_list_says_who_has_not_picked_up(chat: Chat, uow_factory: FakeUnitOfWorkFactory) -> None:
    code = await _paid(chat, uow_factory)
    # Dan has not paid: nothing to pick up yet, his line shows no ✅
    assert chat.said(await chat.say("bob", "名单")).endswith("3. Dan ×1\n📦 未取货（1）：Cat")

    await chat.say("amy", f"核销 {code}")
    assert chat.said(await chat.say("bob", "名单")).endswith("✅📦\n3. Dan ×1")  # Dan still owes

    await chat.say("amy", "已收 @Dan", mentions=["dan"])
    await chat.say("amy", f"核销 {uow_factory.state.orders[2].pickup_code}")
    assert chat.said(await chat.say("bob", "名单")).endswith("3. Dan ×1 ✅📦\n📦 全部已取货。")


async def test_the_card_and_time_of_a_pickup(clock: FakeClock, uow_factory: FakeUnitOfWorkFactory) -> None:
    chat = fake_chat(uow_factory, clock=clock)
    code = await _paid(chat, uow_factory)
    clock.advance(hours=26, minutes=5)
    await chat.say("amy", f"核销 {code}")

    said = chat.said(await chat.say("amy", f"核销 {code}"))

    assert (
        said == f"取货码 {code} 已经用过了：Cat 的订单 #1-1 已于 11月24日 周二 14:05 由 Amy 核销提货，"
        "没有任何改动。"
    )


async def test_the_order_message_of_a_paid_order_shows_its_code(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    code = await _paid(chat, uow_factory)
    state = uow_factory.state

    paid = order_text(state.orders[1], state.group_buys[1], "en", tz=ZoneInfo("Asia/Shanghai"))
    unpaid = order_text(state.orders[2], state.group_buys[1], "en", tz=ZoneInfo("Asia/Shanghai"))

    assert paid.endswith(f"\nYour pickup code: {code} (show it when you collect your goods)")
    assert "pickup code" not in unpaid
