"""rep71 #3: in an English group (its card English, no /lang), the organiser's `/paid 1-2 1-3` was answered in
Chinese ("已标记为已付款：…") because she had typed Chinese in private: a slash command alone followed her own
language. What the group reads of it now speaks the group's language (its /lang, else the card's), one order
or several; her private question about a short report still follows her own language."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _cookies_with_chinese_organiser() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 20 target 1 ends 2h")
    for buyer in ("cat", "dan", "bob"):
        await chat.say(buyer, "count me in")
    await chat.say("amy", "/close")
    await chat.say("amy", "我的团", private=True)  # she speaks Chinese to the bot herself
    return chat


async def test_several_confirmed_at_once_are_said_in_the_groups_language() -> None:
    chat = await _cookies_with_chinese_organiser()

    replies = await chat.say("amy", "/paid 1-2 1-3")

    assert Chat.said(replies) == "Marked as paid: #1-2 Dan, #1-3 Bob."


async def test_one_confirmed_is_said_in_the_groups_language() -> None:
    chat = await _cookies_with_chinese_organiser()

    replies = await chat.say("amy", "/paid 1-1")

    assert Chat.said(replies) == "✅ Cat's order #1-1 is paid."


async def test_a_short_report_among_them_is_asked_in_her_own_language_and_told_the_group_in_english() -> None:
    chat = await _cookies_with_chinese_organiser()
    await chat.say("dan", "/ipaid 1-2 5")  # ¥5 of ¥20

    replies = await chat.say("amy", "/paid 1-2 1-3")

    group = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert group == [
        "Marked as paid: #1-3 Bob.",
        "Amy, order #1-2 is not marked as paid yet: the payment reported is less than it comes to."
        " I sent you the details privately.",
    ]
    assert Chat.private(replies)["amy"].startswith(
        "还没有标记：Dan 报的订单 #1-2（Cookies）付款是 ¥5，应付 ¥20，还差 ¥15。"
    )
