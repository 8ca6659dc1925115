"""Zoe, running a group buy in English, typed her buyers' pickup codes as `9441` alone (in private),
`code 6637`, `/redeem 9441` and `/verify 6637`: the first two got silence, the others "I don't know the
command"; only `核销 9441` and `/pickup 9441` worked. From the organiser (or her pickup helper) `code 6637`,
`/redeem`, `/verify` now hand the order over as `/pickup` does; a bare 4-6 digit number does only in her
private chat and only when it is the code of an order of hers (a price or a room number stays talk, and
in a group a bare number is never a code). A buyer's `code 6637` in the group is talk: silence."""

from __future__ import annotations

import re

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat

BUYERS = ("bob", "cat", "dan", "eve")


def _said(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text and not reply.private_to and not reply.is_card]


async def _paid_codes(language: str | None) -> tuple[Chat, dict[str, str]]:
    chat = fake_chat()
    opening = "接龙 芒果 价格 35" if language is None else "/groupbuy Mangoes price 35"
    await chat.say("amy", opening, language=language)
    for buyer in BUYERS:
        await chat.say(buyer, "+1")
    await chat.say("amy", "截单")
    for buyer in BUYERS:
        await chat.say("amy", f"已收 @{buyer.title()}")
    codes = {}
    for buyer in BUYERS:
        mine = chat.said(await chat.say(buyer, "我的订单", private=True))
        found = re.search(r"取货码 (\d{4,6})", mine)
        assert found is not None, mine
        codes[buyer] = found.group(1)
    return chat, codes


async def test_code_redeem_verify_and_a_bare_code_in_private_hand_the_order_over_in_english() -> None:
    chat, codes = await _paid_codes("en")
    assert _said(await chat.say("bob", f"code {codes['cat']}", language="en")) == []  # a buyer's: talk
    privately = chat.said(await chat.say("bob", f"code {codes['cat']}", private=True, language="en"))
    assert (
        privately == "I didn't understand that. Send /help to see what I can do, or /orders for your orders."
    )
    handed = chat.said(await chat.say("amy", f"code {codes['bob']}", language="en"))
    assert handed.startswith(f"✅ Code {codes['bob']}: order #1-1 of Bob, 1 unit:"), handed
    redeemed = chat.said(await chat.say("amy", f"/redeem {codes['cat']}", language="en"))
    assert redeemed.startswith(f"✅ Code {codes['cat']}: order #1-2 of Cat"), redeemed
    verified = chat.said(await chat.say("amy", f"/verify {codes['dan']}", private=True, language="en"))
    assert verified.startswith(f"✅ Code {codes['dan']}: order #1-3 of Dan"), verified
    bare = await chat.say("amy", codes["eve"], private=True, language="en")
    assert chat.said(bare).startswith(f"✅ Code {codes['eve']}: order #1-4 of Eve"), bare
    assert "eve" in Chat.private(bare)  # Eve is told, as after `/pickup`

    not_a_code = chat.said(await chat.say("amy", "1234", private=True, language="en"))
    assert "Code" not in not_a_code and "picked up" not in not_a_code  # a number of nobody's: no hand-over
    again = chat.said(await chat.say("amy", codes["eve"], private=True, language="en"))
    assert again.startswith(f"Code {codes['eve']} was used already: order #1-4 of Eve"), again
    assert _said(await chat.say("amy", codes["eve"], language="en")) == []  # in the group: a number


async def test_a_bare_code_from_a_buyer_or_in_the_group_hands_nothing_over_in_chinese() -> None:
    chat, codes = await _paid_codes(None)
    assert _said(await chat.say("amy", codes["bob"])) == []  # in the group, a price or a room number
    mine = chat.said(await chat.say("bob", codes["bob"], private=True))  # his own code: not his to take
    assert "核销" not in mine and "已取货" not in mine, mine
    handed = chat.said(await chat.say("amy", codes["bob"], private=True))
    assert handed.startswith(f"✅ 取货码 {codes['bob']}：Bob 的订单 #1-1"), handed
    listed = chat.said(await chat.say("amy", "名单 #1", private=True))
    assert "📦" in listed or "已取" in listed, listed


async def test_her_pickup_helper_takes_a_code_in_words_and_alone_in_private() -> None:
    chat, codes = await _paid_codes("en")
    await chat.say("amy", "设置帮手 @Cat", mentions=("cat",))
    handed = chat.said(await chat.say("cat", f"code {codes['bob']}", language="en"))
    assert handed.startswith(f"✅ Code {codes['bob']}: order #1-1 of Bob"), handed
    alone = chat.said(await chat.say("cat", codes["dan"], private=True, language="en"))
    assert alone.startswith(f"✅ Code {codes['dan']}: order #1-3 of Dan"), alone
