"""rep52 #11: the organiser's answers left out who else was told. `/reopen #4` and `再开一团 #8` told the
earlier buyers privately, but her answer did not say so; a pickup set after the close, with nobody paid,
told nobody, and the answer did not say that either.

Now the reopen's answer says how many who had joined were told privately, and a pickup after the close
with nobody paid says nobody was told, and when they will be."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_reopen_says_it_told_the_earlier_buyers() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 8 成团 5")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "取消 #1 确认")

    replies = await chat.say("amy", "再开一团 #1")

    assert "已私信告诉之前跟过 #1 的 2 位买家。" in Chat.said(replies)
    assert set(Chat.private(replies)) == {"bob", "cat"}


async def test_a_reopen_says_it_told_the_earlier_buyers_in_english() -> None:
    chat = fake_chat()
    chat.admins = {"amy"}
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 8 target 5")
    await chat.say("bob", "+1")
    await chat.say("amy", "/cancel #1 confirm")

    said = Chat.said(await chat.say("amy", "/reopen #1"))

    assert "Told the 1 buyer who had joined #1 privately." in said, said


async def test_a_pickup_after_the_close_with_nobody_paid_says_nobody_was_told() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 8")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    said = Chat.said(await chat.say("amy", "自提 北门 明天下午5点"))

    assert said.endswith(  # rep55 #4: the buyer still to pay is told the pickup privately, and said so
        "\n也已把自提私信告诉 1 位还没付款的买家，并提醒订单还要付款。"
    )


async def test_a_pickup_after_the_close_with_nobody_paid_in_english() -> None:
    chat = fake_chat()
    chat.admins = {"amy"}
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 8")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")

    said = Chat.said(await chat.say("amy", "/pickup Gate 3 tomorrow 5pm"))

    assert said.endswith(  # rep55 #4: the buyer still to pay is told the pickup privately, and said so
        "\nI also told the pickup privately to the 1 buyer who has not paid yet, and that the order is still"
        " to be paid."
    ), said
    await chat.say("amy", "/paid @Bob")
    paid_said = Chat.said(await chat.say("amy", "/pickup Gate 4"))
    assert "has not paid yet" not in paid_said
