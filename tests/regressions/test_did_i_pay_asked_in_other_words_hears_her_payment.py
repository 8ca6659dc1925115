"""Review 73 #2, #3: `我付钱了吗` in the group got no answer at all (the same words privately did, and so
did `钱到了吗` in the group), and `团长收到钱没` / `团长收到钱了没` / `收到我的钱没` asked privately after the
organiser received only ¥50 got "我没看懂…". In the group they are now answered as `钱到了吗` is: privately,
the group told only that it was; privately, they are `钱到了吗`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

SHORT_ZH = (
    "团长 Amy 只收到你订单 #1-1 的 ¥50，还差 ¥25。付款方式：线下付给团长 Amy（现金或转账）。"
    "补齐后发“我已付款 1-1”。"
)
SHORT_EN = (
    "The organiser, Amy, received only ¥50 for your order #1-1: ¥25 is still to pay. How to pay: pay Amy"
    " directly (cash or transfer). Once paid, send /ipaid 1-1."
)


async def part_received(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    # the group reads the card's language (s33-rep73b): a Chinese group's card is opened in Chinese
    await chat.say("amy", "接龙 榴莲 价格 75" if lang == "zh" else "/groupbuy Durian price 75")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("bob", "/ipaid 1-1 ¥50")
    await chat.say("amy", "已收 1-1 ¥50", private=True)
    return chat


@pytest.mark.parametrize(
    ("typed", "told", "answer"),
    [
        ("我付钱了吗", "Bob，已私信回复你。", SHORT_ZH),
        ("我付了没", "Bob，已私信回复你。", SHORT_ZH),
        ("团长收到钱没", "Bob，已私信回复你。", SHORT_ZH),
        ("did I pay?", "Bob, I replied to you privately.", SHORT_EN),
        ("have I paid?", "Bob, I replied to you privately.", SHORT_EN),
    ],
)
async def test_asked_in_the_group_she_hears_privately(typed: str, told: str, answer: str) -> None:
    chat = await part_received("zh" if answer == SHORT_ZH else "en")

    replies = await chat.say("bob", typed)

    assert Chat.said(replies) == told
    assert Chat.private(replies)["bob"] == answer


@pytest.mark.parametrize("typed", ["团长收到钱没", "团长收到钱了没", "收到我的钱没", "团长收到钱了吗？"])
async def test_asked_privately_it_is_the_money_arrived_question(typed: str) -> None:
    chat = await part_received("zh")

    assert Chat.said(await chat.say("bob", typed, private=True)) == SHORT_ZH


async def test_you_got_the_money_said_to_the_group_stays_talk() -> None:
    chat = await part_received("zh")

    assert await chat.say("bob", "你收到钱了吗") == []


async def test_saying_she_paid_is_still_her_report_not_a_question() -> None:
    chat = await part_received("zh")

    replies = await chat.say("bob", "我付钱了")

    assert Chat.said(replies).startswith("收到，Bob：已请 Amy 确认你订单 #1-1 的付款")
