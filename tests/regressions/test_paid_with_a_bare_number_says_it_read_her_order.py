"""rep84 #12: Fay's `paid 2` on her unpaid ¥20 order #2-2 reported the whole ¥20; the 2 was read as her
order #2-2, neither as ¥2 nor questioned, and she was not told. She is told how the 2 was read, and how to
say an amount instead (`paid ¥2`). `/ipaid 2` (the form the bot's messages ask for) says nothing more."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("ann", "/groupbuy Cookies price 10 target 1", name="Ann")
        await chat.say("eve", "+3", name="Eve")
        await chat.say("fay", "+2", name="Fay")
        await chat.say("ann", "/close", name="Ann")
    else:
        await chat.say("ann", "接龙 饼干 价格 10 成团 1", name="Ann")
        await chat.say("eve", "+3", name="Eve")
        await chat.say("fay", "+2", name="Fay")
        await chat.say("ann", "截单", name="Ann")
    return chat


async def test_paid_2_says_it_read_her_order() -> None:
    chat = await _closed("en")

    replies = await chat.say("fay", "paid 2", name="Fay")

    assert chat.private(replies)["fay"] == (
        "Thanks, Fay: Ann is asked to confirm your payment of ¥20 for order #1-2. The card shows 💸 until "
        "they do.\n(2 was read as your order #1-2. To say an amount instead, write it with ¥, e.g. paid ¥2.)"
    )


async def test_in_chinese() -> None:
    chat = await _closed("zh")

    replies = await chat.say("fay", "付了 2", name="Fay")

    assert chat.private(replies)["fay"] == (
        "收到，Fay：已请 Ann 确认你订单 #1-2 的付款 ¥20。确认前接龙卡片上显示 💸。\n"
        "（“2”按你的订单 #1-2 理解；要说付了多少钱，请带上 ¥，例如 付了 ¥2。）"
    )


async def test_the_form_asked_for_says_nothing_more() -> None:
    chat = await _closed("en")

    replies = await chat.say("fay", "/ipaid 2", name="Fay")

    assert "was read as" not in "\n".join(r.text or "" for r in replies), replies
