"""s32 leftovers #1: the organiser's own 催款 list (every order owed, with its amount, sent to her privately
when the group reads only the first few names) said only each order's total, `• P1：¥78（订单 #1-1）`, for an
order of which she had answered `只收到 ¥20`. It now says it as her `名单` line does:
`• P1：¥78（已收 ¥20，还差 ¥58）（订单 #1-1）`."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat, only_part_received

BUYERS = [f"p{n}" for n in range(1, 9)]  # P1…P8


async def _organisers_list(*, english: bool = False) -> str:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 78" if english else "接龙 芒果 价格 78")
    for user in BUYERS:
        await chat.say(user, "+1")
    await chat.say("amy", "/close" if english else "截单")
    await only_part_received(chat, "p1", "/ipaid 1-1 20" if english else "我已付款 1-1 20元")
    replies = await chat.say("amy", "/remind" if english else "催款")
    return next(reply.text for reply in replies if reply.private_to == "amy")


async def test_her_list_says_what_she_received_and_the_rest() -> None:
    text = await _organisers_list()
    assert "• P1：¥78（已收 ¥20，还差 ¥58）（订单 #1-1）" in text, text
    assert "• P2：¥78（订单 #1-2）" in text, text


async def test_in_english() -> None:
    text = await _organisers_list(english=True)
    assert "¥78 (¥20 received, ¥58 to go)" in text, text
