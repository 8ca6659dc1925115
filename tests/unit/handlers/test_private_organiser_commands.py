"""An organiser's commands in her private chat with the bot: `/close #12` and `/cancel #12` reach her
own group buy as `/edit #12` does (the group is told in its language, she reads her own summary in
hers, not the buyers' announcement); what needs
a number there says so with the command's own form; a name there is not looked up among the members of
a private chat, and the answer says what to write instead."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def mangoes_with_bob() -> Chat:
    chat = fake_chat()
    for user, text in [("amy", "接龙 芒果 价格 20"), ("bob", "+1")]:
        await chat.say(user, text)
    return chat


def seen(replies: list) -> list[tuple[str | None, str | None, str]]:
    return [(r.chat_id, r.private_to, r.text) for r in replies if r.text]


async def test_close_from_private_closes_her_group_buy_and_tells_the_group() -> None:
    chat = await mangoes_with_bob()

    replies = await chat.say("amy", "/close #1", private=True, language="en")  # her app's English

    assert seen(replies) == [
        (
            "family",
            None,
            "✅ 芒果（#1）成团了：¥20/份，共 1 个订单、1 份。怎么付款请问团长 Amy，"
            "付完发“我已付款”加你的订单号（例如 我已付款 "
            "1-1），团长确认收款。每位买家的订单已私信发送；收不到私信的会在群里收到提示。",
        ),
        (None, "bob", chat.private(replies)["bob"]),
        (
            None,
            None,
            "Closed: 芒果 (#1) succeeded at ¥20 each: 1 order, 1 unit, ¥20 to collect. The group was told "
            "and each buyer's "
            "order was sent privately "
            "(anyone I cannot message is told in the group). "
            "When a buyer pays you, confirm it with /paid and the order "
            "number (e.g. /paid 1-1), here or in the group."
            "\nNo way to pay is set, so buyers have to ask you: set it "
            "with /payment #1 PayPal you@example.com "
            "(your own method and account); each buyer who owes is told."
            "\nNo pickup is set: set it with /pickup #1 Gate 3 tomorrow 17:00 (your own place and time).",
        ),
    ]
    assert chat.private(replies)["bob"].startswith("你在 芒果（#1）的订单 #1-1")
    assert chat.cards(replies) == [(1, False)]
    assert "✅ 已成团，成交价 ¥20/份，共 1 份" in await chat.card(1)


async def test_chinese_close_from_private_answers_in_chinese() -> None:
    chat = await mangoes_with_bob()

    replies = await chat.say("amy", "截单 #1", private=True)

    [mine] = [r.text for r in replies if r.text and not r.chat_id and not r.private_to]
    assert mine.startswith("已截单：芒果（#1）成团了")


async def test_cancel_from_private_calls_it_off_in_the_group() -> None:
    chat = await mangoes_with_bob()

    replies = await chat.say("amy", "/cancel #1 confirm", private=True)

    assert [(r.chat_id, r.text) for r in replies if r.text and not r.private_to] == [
        ("family", "🚫 芒果（#1）已取消，不收任何款项。"),
        (None, "芒果 (#1) was cancelled. Nobody is charged. The group was told."),
    ]


async def test_close_from_private_reaches_only_her_own_and_needs_the_number() -> None:
    chat = await mangoes_with_bob()

    assert chat.said(await chat.say("bob", "/close #1", private=True)) == (  # his group's Chinese (s42)
        "你没有开过团购 #1（只有它的团长能这样做），没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "截单", private=True)) == (
        "私聊里请写团号，例如：截单 #1（团号在卡片标题里）。没有任何改动。"
    )
    assert "截止：11月24日 周二 12:00" in await chat.card(1)  # still open


async def test_a_private_add_without_a_number_is_shown_the_add_form() -> None:
    chat = await mangoes_with_bob()

    assert chat.said(await chat.say("amy", "代报 王阿姨 2", private=True)) == (
        "私聊里请写团号，例如：代报 #1 王阿姨 2（团号在卡片标题里）。没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "/remove @Bob", private=True)) == (  # hers: Chinese (s42)
        "私聊里请写团号，例如：踢出 #1 @Bob（团号在卡片标题里）。没有任何改动。"
    )
    assert chat.said(await chat.say("amy", "/remove @Bob", private=True, language="en")) == (
        "In a private chat, name the group buy by its number, e.g. /remove #1 @Bob (the number is on its "
        "card). Nothing was changed."
    )


async def test_a_name_in_private_is_told_to_write_the_order_number() -> None:
    """A name none of the buyers of her group buys has (`/paid @Bob` finds her buyer Bob in private:
    tests/regressions/test_paid_by_name_in_private_finds_the_organisers_buyer.py)."""
    chat = await mangoes_with_bob()
    await chat.say("amy", "/close")

    assert chat.said(await chat.say("amy", "已收 @Zed", private=True)) == (
        "你的团里没有叫 Zed 的买家，没有任何改动。"
        "请改用订单编号，例如“已收 12-3”（订单消息和“名单 #12”里都有编号）。"
    )
    assert chat.said(await chat.say("amy", "/paid @Zed", private=True, language="en")) == (
        "No buyer of your group buys is called Zed: nothing was changed."
        " Mark the order by its number instead, e.g. /paid 12-3"
        " (the number is on the order and on /list #12)."
    )
    assert "Bob" in chat.said(await chat.say("amy", "已收 @Bob"))  # in the group, as before
