"""fg-report 24: 已收款 for a 代报 guest sent 李姐 two messages about it,
`✅ 王阿姨 的订单 #4-3 已付款。` and privately
`王阿姨 的订单 #4-3（东北大米，¥120）已由 李姐 标记为已付款。` (herself in the third person).
The answer says it once; privately she gets only the guest's pickup code to pass on (never posted in
the group); in her private chat, in the same message."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_guests_payment_is_said_once_with_the_code_privately() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 东北大米 价格 120")
    await room.say("amy", "代报 王阿姨 1", name="李姐")
    await room.say("amy", "截单", name="李姐")

    replies = await room.say("amy", "已收 1-1", name="李姐")

    assert room.said(replies) == "✅ 王阿姨 的订单 #1-1 已付款。"
    (told,) = [r for r in replies if r.private_to]
    assert told.private_to == "amy" and told.secret
    assert told.text.startswith("王阿姨 的取货码：") and "已由" not in told.text
    assert told.text.endswith("请转告 王阿姨（取货时出示）。")


async def test_an_english_guests_payment_in_private_is_one_message() -> None:
    room = fake_chat()
    await room.say("amy", "/lang en")
    await room.say("amy", "/groupbuy Rice price 120")
    await room.say("amy", "/add Aunt Wang 1")
    await room.say("amy", "/close")
    await room.say("amy", "/lang en", private=True)

    replies = await room.say("amy", "/paid 1-1", private=True)

    texts = [r.text for r in replies if r.text]
    assert len(texts) == 1 and not any(r.private_to for r in replies)
    first, code = texts[0].split("\n")
    assert first == "Order #1-1 of Aunt Wang (¥120) is marked as paid."
    assert code.startswith("Aunt Wang's pickup code: ")
    picked = await room.say("amy", "/pickedup 1-1")
    assert [r.text for r in picked if r.text] == ["📦 Aunt Wang's order #1-1 is picked up."]
