"""Session 16 (gc 3): when 李姐 refunded, or took the pickup code of, her own 代报 guest's order, she got
the answer and a private note about the same guest written as if by someone else (`王阿姨 的订单 #1-3
（东北大米）已由 李姐 退款…`), as 已收 did before (fg 24). The one who did it is told once: the answer
(what she must pass on, a pickup code, still reaches her)."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ZH = {"name": "李姐"}


async def paid_guest(lang: str) -> tuple[Chat, str]:
    chat = fake_chat(default_language=lang)
    who = ZH if lang == "zh" else {}
    await chat.say("amy", "接龙 东北大米 价格 120" if lang == "zh" else "/groupbuy Rice price 120", **who)
    await chat.say("wu", "+1", name="Wu")
    await chat.say("amy", "代报 王阿姨 1" if lang == "zh" else "/add Wang 1", **who)
    await chat.say("amy", "截单" if lang == "zh" else "/close", **who)
    paid = await chat.say("amy", "已收 1-2" if lang == "zh" else "/paid 1-2", **who)
    [note] = chat.private(paid).values()  # the pickup code to pass on: still said
    code = re.search(r"\d{4,6}", note)
    assert code is not None
    return chat, code.group(0)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "订单 #1-2（王阿姨）已退款。"),
        ("en", "Order #1-2 of Wang is refunded."),
    ],
)
async def test_her_own_guests_refund_is_one_message(lang: str, expected: str) -> None:
    chat, _ = await paid_guest(lang)

    replies = await chat.say(
        "amy", "退款 1-2" if lang == "zh" else "/refund 1-2", **(ZH if lang == "zh" else {})
    )

    assert chat.said(replies) == expected
    # typed in the group, the amount and what to do is her answer's, privately (s30): one message
    [hers] = chat.private(replies).values()
    assert "¥120" in hers
    assert set(chat.private(replies)) == {"amy"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "zh",
            "✅ 取货码 {code}：王阿姨 的订单 #1-2，共 1 份：\n• 东北大米 × 1\n"
            "请按此交货，订单已标记为已提货。",
        ),
        (
            "en",
            "✅ Code {code}: order #1-2 of Wang, 1 unit:\n• Rice × 1\n"
            "Hand these over: the order is marked as picked up.",
        ),
    ],
)
async def test_her_own_guests_pickup_code_is_one_message(lang: str, expected: str) -> None:
    chat, code = await paid_guest(lang)

    replies = await chat.say(
        "amy", f"核销 {code}" if lang == "zh" else f"/pickedup {code}", **(ZH if lang == "zh" else {})
    )

    assert chat.said(replies) == expected.format(code=code)
    assert chat.private(replies) == {}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "已标记为已提货：#1-1（Wu）、#1-2（王阿姨）。"),
        ("en", "Marked as picked up: #1-1 Wu, #1-2 Wang."),
    ],
)
async def test_her_own_guest_among_several_is_told_once(lang: str, expected: str) -> None:
    chat, _ = await paid_guest(lang)
    who = ZH if lang == "zh" else {}
    await chat.say("amy", "已收 1-1" if lang == "zh" else "/paid 1-1", **who)

    replies = await chat.say("amy", "已取 1-1 1-2" if lang == "zh" else "/pickedup 1-1 1-2", **who)

    assert chat.said(replies) == expected
    assert set(chat.private(replies)) == {"wu"}  # Wu is told; 李姐 only by the answer


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("zh", "王阿姨 的取货码：{code}，请转告 王阿姨（取货时出示）。"),
        ("en", "Wang's pickup code: {code}: pass it on to Wang (it is shown when collecting)."),
    ],
)
async def test_her_own_guest_paid_among_several_gets_only_the_code_to_pass_on(
    lang: str, expected: str
) -> None:
    chat = fake_chat(default_language=lang)
    who = ZH if lang == "zh" else {}
    await chat.say("amy", "接龙 东北大米 价格 120" if lang == "zh" else "/groupbuy Rice price 120", **who)
    await chat.say("wu", "+1", name="Wu")
    await chat.say("amy", "代报 王阿姨 1" if lang == "zh" else "/add Wang 1", **who)
    await chat.say("amy", "截单" if lang == "zh" else "/close", **who)

    replies = await chat.say("amy", "已收 1-1 1-2" if lang == "zh" else "/paid 1-1 1-2", **who)

    told = chat.private(replies)
    code = re.search(r"\d{4,6}", told["amy"])
    assert code is not None
    assert told["amy"] == expected.format(code=code.group(0))
    assert set(told) == {"wu", "amy"}
