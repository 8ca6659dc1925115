"""Session 32: in a Chinese room with no `/lang`, Amy, who had only ever typed Chinese (`接龙 芒果 …`,
`收款方式 …`), sent `/refund 1-1 5` and read "Order #1-1 of Bob is refunded in part…": a slash command
alone was answered in its word's language. Now its answer speaks the chat's `/lang`, else the sender's own
language (her app's, else the words she typed before), and the word's only for someone of whom nothing is
known; the group buy's language does not decide, and a slash word alone records no language for her."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _mangoes_closed() -> Chat:
    """Amy's 芒果 at ¥30 in a Chinese room: Bob and Cat `+1`, Dan `count me in` (English words)."""
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 成团 1")
    await chat.say("amy", "收款方式 微信转账给 Amy")
    await chat.say("bob", "+1")  # #1-1
    await chat.say("dan", "count me in")  # #1-2
    await chat.say("cat", "+1")  # #1-3
    return chat


async def test_an_organiser_who_typed_chinese_reads_her_slash_commands_answers_in_chinese() -> None:
    chat = await _mangoes_closed()

    listed = chat.said(await chat.say("amy", "/list"))
    closed = chat.said(await chat.say("amy", "/close"))
    await chat.say("bob", "我付了")
    paid = chat.said(await chat.say("amy", "/paid 1-1"))
    refunded = chat.said(await chat.say("amy", "/refund 1-1 5"))

    assert listed.startswith("📋 芒果（#1）接龙名单，共 3 条："), listed
    assert closed.startswith("✅ 芒果（#1）成团了：¥30/份，共 3 个订单、3 份。"), closed
    assert paid == "✅ Bob 的订单 #1-1 已付款。"
    assert refunded == "订单 #1-1（Bob）已部分退款。"


async def test_an_english_speaker_in_a_room_of_chinese_speakers_reads_english() -> None:
    chat = await _mangoes_closed()
    await chat.say("amy", "截单")

    reported = chat.said(await chat.say("dan", "/ipaid 1-2"))
    listed = chat.said(await chat.say("dan", "/list"))

    assert reported.startswith("Thanks, Dan: Amy is asked to confirm your payment for order #1-2;"), reported
    assert listed.startswith("📋 The list of 芒果 (#1), 3 lines:"), listed


async def test_a_new_members_first_slash_command_is_answered_in_its_words_language() -> None:
    chat = await _mangoes_closed()
    await chat.say("amy", "截单")

    first = chat.said(await chat.say("eve", "/ipaid 1-1"))
    again = chat.said(await chat.say("eve", "/ipaid 1-1"))  # her first recorded no language for her

    assert first == "Order #1-1 is not yours: nothing was changed. Your order numbers are in /orders."
    assert again == first


async def test_what_the_whole_group_is_told_keeps_the_groups_language() -> None:
    """Amy's app speaks English, her 芒果 card Chinese: her `/list` is answered in English, while her
    `/close` is announced to the whole group in Chinese, as the card reads."""
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 成团 1")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")

    listed = chat.said(await chat.say("amy", "/list", language="en"))
    announced = chat.said(await chat.say("amy", "/close", language="en"))

    assert listed.startswith("📋 The list of 芒果 (#1), 2 lines:"), listed
    assert announced.startswith("✅ 芒果（#1）成团了：¥30/份，共 2 个订单、2 份。"), announced


async def test_a_call_off_by_slash_command_is_announced_as_the_card_reads() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 成团 5")

    called_off = chat.said(await chat.say("amy", "/cancel", language="en"))

    assert called_off.startswith("🚫 芒果（#1）已取消"), called_off
