"""Session 16 (gc 1): `/paid @Wu @Li` in the organiser's private chat, both buyers of her group buy, was
answered `That member has no order in this chat … correct @Wu or leave it out` (orders were looked for in
the private chat); it was then refused, "one name per message". Session 17 (organiser 2): in a group the
same command marks both, so in private it now marks each name that is exactly one of her buyers (each buyer
told privately), as `/pickedup @Wu @Li` does; a name that is unknown, means several buyers or has nothing to
confirm is answered as it would be alone, the others are still marked, and the one reply says which were
marked and which not. `/refund` stays one at a time, in private as in the group."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

BOTH = {
    ("zh", "已收 @Wu @Li"): "已标记为已付款：#1-1（Wu，¥120）、#1-2（Li，¥120）。",
    ("zh", "已取 @Wu @Li"): "已标记为已提货：#1-1（Wu，¥120）、#1-2（Li，¥120）。",
    ("en", "/paid @Wu @Li"): "Marked as paid: #1-1 Wu (¥120), #1-2 Li (¥120).",
    ("en", "/pickedup @Wu @Li"): "Marked as picked up: #1-1 Wu (¥120), #1-2 Li (¥120).",
}


async def closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 东北大米 价格 120" if lang == "zh" else "/groupbuy Rice price 120")
    await chat.say("wu", "+1", name="Wu")
    await chat.say("li", "+1", name="Li")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    return chat


@pytest.mark.parametrize(("lang", "text"), list(BOTH))
async def test_two_names_in_private_mark_both(lang: str, text: str) -> None:
    chat = await closed(lang)
    if "@Wu @Li" in text and ("已取" in text or "pickedup" in text):  # paid first: then collected
        # in her English group's words: a slash command alone in private speaks the words she typed before
        await chat.say("amy", "已收 1-1 1-2" if lang == "zh" else "/paid 1-1 1-2")

    replies = await chat.say("amy", text, private=True)

    assert chat.said(replies) == BOTH[lang, text]
    assert set(chat.private(replies)) == {"wu", "li"}  # each buyer told, as for one name


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "zh",
            "已收 @Wu @Nobody @Li",
            "已标记为已付款：#1-1（Wu，¥120）、#1-2（Li，¥120）。\n"
            "没有标记 @Nobody：你的团里没有叫 Nobody 的买家，没有任何改动。请改用订单编号，例如“已收 12-3”"
            "（订单消息和“名单 #12”里都有编号）。",
        ),
        (
            "en",
            "/paid @Wu @Nobody @Li",
            "Marked as paid: #1-1 Wu (¥120), #1-2 Li (¥120).\n"
            "Not marked, @Nobody: No buyer of your group buys is called Nobody: nothing was changed. "
            "Mark the order by its number instead, e.g. /paid 12-3 (the number is on the order and on "
            "/list #12).",
        ),
    ],
)
async def test_an_unknown_name_is_said_and_the_others_are_marked(lang: str, text: str, expected: str) -> None:
    chat = await closed(lang)

    replies = await chat.say("amy", text, private=True)

    assert chat.said(replies) == expected
    assert set(chat.private(replies)) == {"wu", "li"}


async def test_a_name_with_nothing_to_confirm_is_said_and_the_other_is_marked() -> None:
    chat = await closed("en")
    await chat.say("amy", "/paid 1-1")

    replies = await chat.say("amy", "/paid @Wu @Li", private=True)

    assert chat.said(replies) == (
        "Marked as paid: #1-2 Li (¥120).\n"
        "Not marked, @Wu: Wu's order #1-1 is already marked paid: nothing was changed. "
        "If that was a mistake, send /unpaid 1-1"
    )
    assert set(chat.private(replies)) == {"li"}


async def test_a_name_meaning_two_buyers_is_asked_about_and_the_other_is_marked() -> None:
    chat = await closed("zh")
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("wang", "+1 #2", name="Wu")  # a second buyer called Wu, on her other group buy
    await chat.say("amy", "截单 #2")

    replies = await chat.say("amy", "已收 @Wu @Li", private=True)

    said = chat.said(replies)
    assert said.startswith("已标记为已付款：#1-2（Li，¥120）。\n没有标记 @Wu：你的团里有几位买家都叫 Wu：")
    assert set(chat.private(replies)) == {"li"}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("zh", "退款 @Wu @Li", "退款一次一单（钱要退回给买家），没有任何改动。请分开发，例如：退款 @Wu"),
        (
            "en",
            "/refund @Wu @Li",
            "One refund at a time (the money goes back to the buyer): nothing was changed. Send each on its "
            "own, e.g. /refund @Wu",
        ),
    ],
)
async def test_refunds_stay_one_at_a_time_as_in_the_group(lang: str, text: str, expected: str) -> None:
    chat = await closed(lang)
    await chat.say("amy", "已收 1-1 1-2" if lang == "zh" else "/paid 1-1 1-2")

    assert chat.said(await chat.say("amy", text, private=True)) == expected
    assert chat.said(await chat.say("amy", text)) == expected


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
