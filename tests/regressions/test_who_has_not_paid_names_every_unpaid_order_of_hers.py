"""rep54 #3: the organiser's `谁还没付款` / `who has not paid?` was a bare `名单`: the list of one group buy
whose buyers had all paid, while another of hers here still had an unpaid order. It now names every group
buy of hers in this chat (in private: all of hers) with unpaid orders, each with the unpaid buyers and
order numbers, sent to her privately, or says everyone has paid. `提醒没付款的` / `催没付款的` remind, as
`催款` does."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {
    "en": ("/groupbuy Bread price 8", "/groupbuy Plums price 5"),
    "zh": ("接龙 大米 价格 59", "接龙 李子 价格 5"),
}
CLOSE = {"en": "/close #{}", "zh": "截单 #{}"}
PAID = {"en": "/paid {}", "zh": "已收 {}"}


async def _two_closed(lang: str) -> Chat:
    """#1: Bob and Cat, Cat unpaid; #2: Dan, paid (the newest, all paid)."""
    chat = fake_chat(default_language=lang)
    first, second = OPEN[lang]
    await chat.say("amy", first)
    await chat.say("bob", "+1 #1")
    await chat.say("cat", "+1 #1")
    await chat.say("amy", CLOSE[lang].format(1))
    await chat.say("amy", PAID[lang].format("1-1"))
    await chat.say("amy", second)
    await chat.say("dan", "+1 #2")
    await chat.say("amy", CLOSE[lang].format(2))
    await chat.say("amy", PAID[lang].format("2-1"))
    return chat


@pytest.mark.parametrize(
    ("lang", "asked", "note", "answer"),
    [
        (
            "en",
            "who has not paid?",
            "Amy, who has not paid is in your private chat with me.",
            "Not paid yet (💸: says they paid, waiting for you to confirm):\n• Bread (#1), 1 order: Cat #1-2",
        ),
        (
            "en",
            "who hasn't paid yet?",
            "Amy, who has not paid is in your private chat with me.",
            "Not paid yet (💸: says they paid, waiting for you to confirm):\n• Bread (#1), 1 order: Cat #1-2",
        ),
        (
            "zh",
            "谁还没付款？",
            "Amy，谁还没付款已私信发给你。",
            "还没付款的（💸：说已付款，等你确认）：\n• 大米（#1）1 个订单：Cat #1-2",
        ),
    ],
)
async def test_who_has_not_paid_names_the_unpaid_order_of_another_group_buy(
    lang: str, asked: str, note: str, answer: str
) -> None:
    chat = await _two_closed(lang)

    replies = await chat.say("amy", asked)

    assert chat.said(replies) == note
    assert chat.private(replies) == {"amy": answer}
    assert await chat.say("bob", asked) == []  # a member's question among neighbours: talk


@pytest.mark.parametrize(
    ("lang", "asked", "answer"),
    [
        (
            "en",
            "who has not paid?",
            "Not paid yet (💸: says they paid, waiting for you to confirm):\n"
            "• Bread (#1), 2 orders: Cat #1-2, Eve #1-3 💸",
        ),
        (
            "zh",
            "谁没付款",
            "还没付款的（💸：说已付款，等你确认）：\n• 大米（#1）2 个订单：Cat #1-2、Eve #1-3 💸",
        ),
    ],
)
async def test_in_private_every_group_buy_of_hers_is_looked_at(lang: str, asked: str, answer: str) -> None:
    chat = fake_chat(default_language=lang)
    first, _ = OPEN[lang]
    await chat.say("amy", first)
    for member in ("bob", "cat", "eve"):
        await chat.say(member, "+1")
    await chat.say("amy", CLOSE[lang].format(1))
    await chat.say("amy", PAID[lang].format("1-1"))
    await chat.say("eve", "I paid" if lang == "en" else "我已付款")

    assert chat.said(await chat.say("amy", asked, private=True)) == answer


@pytest.mark.parametrize(
    ("lang", "asked", "answer"),
    [
        (
            "en",
            "who has not paid?",
            "Everyone has paid: none of your group buys in this chat has an unpaid order.",
        ),
        ("zh", "谁还没付款", "大家都付款了：你在本群开的团没有待付款的订单。"),
    ],
)
async def test_everyone_paid_is_said(lang: str, asked: str, answer: str) -> None:
    chat = await _two_closed(lang)
    await chat.say("amy", PAID[lang].format("1-2"))

    assert chat.said(await chat.say("amy", asked)) == answer


@pytest.mark.parametrize("asked", ["提醒没付款的", "催没付款的"])
async def test_remind_the_unpaid_in_words_reminds(asked: str) -> None:
    chat = await _two_closed("zh")

    said = chat.said(await chat.say("amy", asked))

    assert said.startswith("💸 催款：大米（#1）还有 1 个订单未付款：")
    assert "Cat" in said and "Bob" not in said


@pytest.mark.parametrize(
    ("lang", "asked", "answer"),
    [
        (
            "en",
            "who has not paid?",
            "Nobody owes anything yet: orders go out when a group buy closes, and Bread (#1) is still open.",
        ),
        ("zh", "谁还没付款", "还没有人需要付款：截单后才会生成订单，大米（#1）还在接龙。"),
    ],
)
async def test_before_the_close_nobody_owes_yet(lang: str, asked: str, answer: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", OPEN[lang][0])
    await chat.say("bob", "+1")

    assert chat.said(await chat.say("amy", asked)) == answer
