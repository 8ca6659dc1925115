"""Session 30 (rep58 item 2): a refund's success answer in a group was short, but its refusals still named
amounts there: the same part refund again (`退款 1-1 5` twice: "刚才已给 #1-1 退过 ¥5…"), another
currency (`/refund 1-1 5 usd`: "…at most ¥20…"), more than is left, a buyer's own request over it. Now such an
answer goes privately to whoever typed it, the group reading one line without an amount (`Amy，退款的事已私信
发给你。`), nothing changed; a refusal naming no amount stays in the group; in private it is as before."""

from __future__ import annotations

import pytest

from tests.regressions.test_a_refund_typed_in_the_group_keeps_the_amount_private import paid
from tests.unit.handlers.conftest import Chat

WORDS = {
    "zh": {
        "open": "接龙 芒果 价格 20 成团 1",
        "refund": "退款",
        "amy": "Amy，退款的事已私信发给你。",
        "bob": "Bob，退款的事已私信发给你。",
        "twice": "刚才已给 #1-1 退过 ¥5（12:00）。确实要再退 ¥5 就发 退款 1-1 5 确认。没有任何改动。",
        "currency": "最多 ¥15",
        "over": "¥15",
        "no_amount": "订单 #1-9",
    },
    "en": {
        "open": "/groupbuy Mangoes price 20 target 1",
        "refund": "/refund",
        "amy": "Amy, I've answered you about the refund privately.",
        "bob": "Bob, I've answered you about the refund privately.",
        "twice": "Order #1-1 was just refunded ¥5 (12:00). To refund ¥5 again, send /refund 1-1 5 confirm. "
        "Nothing was changed.",
        "currency": "at most ¥15",
        "over": "¥15",
        "no_amount": "#1-9",
    },
}


async def part_refunded(lang: str) -> Chat:
    """Bob's paid order #1-1 (¥20), ¥5 of it refunded."""
    chat = await paid(lang)
    await chat.say("amy", f"{WORDS[lang]['refund']} 1-1 5")
    return chat


async def refunded(chat: Chat) -> int:
    async with chat.app.uow_factory() as uow:
        held = await uow.orders.get(1)
    assert held is not None
    return int(held.refunded_part)


def group_has_no_amount(replies: list, line: str) -> None:  # type: ignore[type-arg]
    said = Chat.said(replies)
    assert said == line
    assert "¥" not in said and "5" not in said


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_same_part_refund_again_is_asked_privately(lang: str) -> None:
    words = WORDS[lang]
    chat = await part_refunded(lang)

    replies = await chat.say("amy", f"{words['refund']} 1-1 5")

    group_has_no_amount(replies, words["amy"])
    assert Chat.private(replies) == {"amy": words["twice"]}  # nobody else told
    assert await refunded(chat) == 500  # nothing changed


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refusal_naming_what_is_left_is_sent_privately(lang: str) -> None:
    words = WORDS[lang]
    chat = await part_refunded(lang)

    for typed in ("1-1 5 usd", "1-1 500"):  # another currency; more than is left
        replies = await chat.say("amy", f"{words['refund']} {typed}")
        group_has_no_amount(replies, words["amy"])
        assert words["over"] in Chat.private(replies)["amy"]
    assert words["currency"] in Chat.private(await chat.say("amy", f"{words['refund']} 1-1 5 usd"))["amy"]

    replies = await chat.say("bob", f"{words['refund']} 1-1 500")  # the buyer asking for more than is left
    group_has_no_amount(replies, words["bob"])
    assert words["over"] in Chat.private(replies)["bob"]
    assert await refunded(chat) == 500


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refusal_with_no_amount_stays_in_the_group_and_private_is_unchanged(lang: str) -> None:
    words = WORDS[lang]
    chat = await part_refunded(lang)

    replies = await chat.say("amy", f"{words['refund']} 1-9")
    assert words["no_amount"] in Chat.said(replies)
    assert not Chat.private(replies)

    replies = await chat.say("amy", f"{words['refund']} 1-1 5", private=True)
    assert Chat.said(replies) == words["twice"]
