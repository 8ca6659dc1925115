"""Whatever the organiser taps or types in her private chat with the bot is answered in one language:
a tap in the language of the message the button is on (the group's, as the bot wrote it to her; or
her own app's), a typed command in the words she typed; the group hears its own language."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from tests.unit.handlers.conftest import NAMES, Chat, fake_chat


async def tap_privately(chat: Chat, user: str, data: str, *, language: str | None = None) -> list[Reply]:
    """A button of a private message, tapped in the member's private chat with the bot."""
    request = Request(
        platform="test",
        chat_id=user,
        user_id=user,
        display_name=NAMES[user],
        chat_kind=ChatKind.PRIVATE,
        button=data,
        language=language,
    )
    return await chat.app.handle(request)


async def reported(
    opening: list[str], *, default_language: str = "zh", close: str = "/close"
) -> tuple[Chat, str, str]:
    """Bob's order #1-1 (¥240) reported paid; Amy's Received and Not received buttons."""
    chat = fake_chat(default_language=default_language)
    for user, text in [*(("amy", line) for line in opening), ("bob", "+2"), ("amy", close)]:
        await chat.say(user, text)
    asked = [r for r in await chat.say("bob", "/ipaid") if r.private_to == "amy"]
    [[received, not_received]] = asked[0].buttons
    return chat, received.data, not_received.data


def texts(replies: list[Reply]) -> list[str]:
    """What the tapper reads in her own chat: messages there and the toast."""
    return [
        r.text or r.toast or "" for r in replies if (r.text or r.toast) and not r.private_to and not r.chat_id
    ]


async def test_received_on_an_english_message_is_answered_in_english() -> None:
    chat, received, _ = await reported(["/lang en", "/groupbuy Mangoes price 120"])

    assert texts(await tap_privately(chat, "amy", received)) == [
        "Order #1-1 of Bob (¥240) is marked as paid.",
        "Order #1-1 is marked as paid",
    ]


async def test_used_buttons_stay_in_the_language_of_their_message() -> None:
    chat, received, not_received = await reported(["/lang en", "/groupbuy Mangoes price 120"])
    await tap_privately(chat, "amy", received)

    again = "Order #1-1 is already marked as paid: nothing was changed."
    assert texts(await tap_privately(chat, "amy", received)) == [again]
    undo = f"{again} If that was a mistake, send /unpaid 1-1"
    assert texts(await tap_privately(chat, "amy", not_received)) == [undo]


async def test_not_received_and_received_answer_in_the_same_language() -> None:
    chat, _, not_received = await reported(["/lang en", "/groupbuy Mangoes price 120"])

    replies = await tap_privately(chat, "amy", not_received)

    assert texts(replies) == [
        "Order #1-1 of Bob (¥240) is unpaid again: they are told the payment has not arrived.",
        "The buyer of order #1-1 is told",
    ]


async def test_a_chinese_groups_buttons_answer_in_chinese_whatever_the_default() -> None:
    chat, received, _ = await reported(["接龙 芒果 价格 120"], default_language="en", close="截单")

    assert texts(await tap_privately(chat, "amy", received)) == [
        "订单 #1-1（Bob，¥240）已标记为已付款。",
        "订单 #1-1 已标记为已付款",
    ]


async def test_the_tappers_own_app_language_comes_first() -> None:
    chat, received, _ = await reported(["接龙 芒果 价格 120"], close="截单")

    replies = await tap_privately(chat, "amy", received, language="en")

    assert Chat.toast(replies) == "Order #1-1 is marked as paid"


async def test_a_tap_answers_as_her_message_was_written_in_her_own_language_as_last_seen() -> None:
    """Amy reads English (`/lang en` in her private chat) in a Chinese group: the bot wrote to her in
    English, and answers her taps on it in English, even from a client that says no language. (Her
    app's language alone no longer decides a notice about her group buy: her setting, else the group's,
    tests/regressions/test_the_organisers_notices_keep_her_groups_language.py.)"""
    chat = fake_chat()
    await chat.say("amy", "/lang en", private=True)
    for user, text in [("amy", "接龙 芒果 价格 120"), ("bob", "+2"), ("amy", "截单")]:
        await chat.say(user, text, language="en" if user == "amy" else None)
    [ask] = [r for r in await chat.say("bob", "/ipaid") if r.private_to == "amy"]
    assert ask.text.startswith("💸 Bob says they paid order #1-1")

    assert texts(await tap_privately(chat, "amy", ask.buttons[0][0].data)) == [
        "Order #1-1 of Bob (¥240) is marked as paid.",
        "Order #1-1 is marked as paid",
    ]


async def test_an_english_remove_in_private_is_answered_in_english_and_the_group_in_chinese() -> None:
    chat = fake_chat()
    for user, text in [("amy", "接龙 芒果 价格 20 成团 1"), ("bob", "+1")]:
        await chat.say(user, text)

    replies = await chat.say("amy", "/remove #1 @Bob", private=True, language="en")  # her app's English

    assert [(r.text, r.chat_id) for r in replies if r.text and not r.private_to] == [
        ("Amy 把 Bob（×1）移出了 芒果（#1）。当前 ¥20/份。", "family"),
        ("You removed Bob (×1) from 芒果 (#1); “family” was told. Now ¥20 each.", None),
    ]


async def test_an_english_add_in_private_is_answered_in_english_and_the_group_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20")

    replies = await chat.say("amy", "/add #1 Uncle Li 1", private=True)

    [group, mine] = [r for r in replies if r.text and not r.private_to]
    assert (group.chat_id, group.language, mine.chat_id, mine.language) == ("family", "zh", None, "en")
    assert group.text.startswith("Amy 代报：Uncle Li ×1")
    assert mine.text.startswith("Amy added Uncle Li")
