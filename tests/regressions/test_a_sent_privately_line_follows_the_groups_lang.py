"""Review 75 #8: in a `/lang zh` group the organiser's `who has not paid yet?` got the group line
`Amy, who has not paid is in your private chat with me.` in English. A line the whole group reads follows
the group's `/lang` (else its card's); what she reads privately keeps her words' language. So do the other
"…sent to you privately" lines of the same kind: `my orders`, who has not picked up, earnings."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(room_lang: str) -> Chat:
    chat = fake_chat(default_language=room_lang)
    await chat.say("amy", f"/lang {room_lang}", name="Amy")
    await chat.say("amy", "接龙 芒果 价格 20 成团 1" if room_lang == "zh" else "/new Mango price 20 target 1")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("amy", "/close", name="Amy")
    return chat


async def test_who_has_not_paid_in_english_in_a_chinese_group() -> None:
    chat = await _closed("zh")

    replies = await chat.say("amy", "who has not paid yet?", name="Amy")

    assert Chat.said(replies) == "Amy，谁还没付款已私信发给你。"
    assert Chat.private(replies)["amy"].startswith("Not paid yet (💸: says they paid, waiting for you")


async def test_who_has_not_paid_in_chinese_in_an_english_group() -> None:
    chat = await _closed("en")

    replies = await chat.say("amy", "谁还没付款", name="Amy")

    assert Chat.said(replies) == "Amy, who has not paid is in your private chat with me."
    assert Chat.private(replies)["amy"].startswith("还没付款的（💸：说已付款，等你确认）：")


async def test_my_orders_in_english_in_a_chinese_group() -> None:
    chat = await _closed("zh")

    replies = await chat.say("bob", "my orders", name="Bob")

    assert Chat.said(replies) == "Bob，你的订单已私信发给你。"
    assert Chat.private(replies)["bob"].startswith("Your orders")
