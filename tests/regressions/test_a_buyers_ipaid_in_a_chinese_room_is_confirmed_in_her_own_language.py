"""Review 75 #6: Joe, who wrote English (`2 please`, `how much do I owe?`) in a `/lang zh` group, sent
`/ipaid 8-1` there: the group line followed `/lang zh`, but the private confirmation to him was Chinese
(`收到，Joe：已请 Amy 确认…`) while every other private message to him was English. A private copy follows
its reader: with no private `/lang` nor app language known, the words he wrote before; a Chinese buyer's
copy stays Chinese.

Session 35: a buyer's own private messages (her order, what she owes) follow her private `/lang`, else
her app's, else the group's, never the words she typed; the copy with them: Joe's app says English."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed() -> Chat:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "/lang zh")
    await chat.say("amy", "接龙 芒果 价格 20 成团 1", name="Amy")
    await chat.say("joe", "count me in", name="Joe")
    await chat.say("xiaoming", "+1", name="小明")
    await chat.say("joe", "how much do I owe?", name="Joe")
    await chat.say("amy", "截单", name="Amy")
    return chat


async def test_an_english_buyers_ipaid_is_confirmed_to_him_in_english() -> None:
    chat = await _closed()

    replies = await chat.say("joe", "/ipaid 1-1", name="Joe", language="en")

    assert Chat.private(replies)["joe"] == (
        "Thanks, Joe: Amy is asked to confirm your payment of ¥20 for order #1-1."
        " The card shows 💸 until they do."
    )
    assert "Joe" in Chat.said(replies) and "订单 #1-1" in Chat.said(replies)  # the group's line: /lang zh


async def test_english_words_alone_leave_the_copy_the_groups() -> None:
    chat = await _closed()

    replies = await chat.say("joe", "/ipaid 1-1", name="Joe")

    assert Chat.private(replies)["joe"].startswith("收到，Joe：已请 Amy 确认你订单 #1-1 的付款 ¥20。")


async def test_a_chinese_buyers_ipaid_stays_chinese() -> None:
    chat = await _closed()

    replies = await chat.say("xiaoming", "/ipaid 1-2", name="小明")

    assert Chat.private(replies)["xiaoming"].startswith("收到，小明：已请 Amy 确认你订单 #1-2 的付款 ¥20。")
