"""Session 16 (gc 1): `/paid @Wu @Li` in the organiser's private chat, both buyers of her group buy, was
answered `That member has no order in this chat … correct @Wu or leave it out` (orders were looked for in
the private chat). It is refused, nothing changed, saying what works there: one name a message, or their
order numbers in one message (those still to confirm), as a group answers several names for a refund."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

EXPECTED = {
    ("zh", "已收 @Wu @Li"): "私聊里一条消息只能写一个名字，没有任何改动。请先发“已收 @Wu”，再发“已收 @Li”；"
    "或者把他们的订单编号写在一条消息里：“已收 1-1 1-2”。",
    ("zh", "已取 @Wu @Li"): "私聊里一条消息只能写一个名字，没有任何改动。请先发“已取 @Wu”，再发“已取 @Li”；"
    "或者把他们的订单编号写在一条消息里：“已取 12-3 12-4”。",
    ("en", "/paid @Wu @Li"): "In a private chat, one name per message: nothing was changed. Send /paid @Wu, "
    "then /paid @Li, or their order numbers in one message: /paid 1-1 1-2",
    ("en", "/pickedup @Wu @Li"): "In a private chat, one name per message: nothing was changed. Send "
    "/pickedup @Wu, then /pickedup @Li, or their order numbers in one message: /pickedup 12-3 12-4",
}


async def closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 东北大米 价格 120" if lang == "zh" else "/groupbuy Rice price 120")
    await chat.say("wu", "+1", name="Wu")
    await chat.say("li", "+1", name="Li")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    return chat


@pytest.mark.parametrize(("lang", "text"), list(EXPECTED))
async def test_two_names_in_private_get_the_forms_that_work_there(lang: str, text: str) -> None:
    chat = await closed(lang)
    card = await chat.card()

    replies = await chat.say("amy", text, private=True)

    assert chat.said(replies) == EXPECTED[lang, text]
    assert not chat.private(replies)  # nobody was told anything
    assert await chat.card() == card  # nothing changed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "已收 @Wu", "订单 #1-1（Wu，¥120）已标记为已付款。"),
        ("en", "/paid @Wu", "Order #1-1 of Wu (¥120) is marked as paid."),
    ],
)
async def test_one_name_in_private_still_confirms(lang: str, text: str, expected: str) -> None:
    chat = await closed(lang)

    assert chat.said(await chat.say("amy", text, private=True)) == expected
