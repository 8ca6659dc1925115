"""rep52 #3: with four buys open the organiser sent four `/payment` and four `/commission` commands,
one by one: `/payment Cash at pickup` and `/commission 5%` only asked which, and there was no form
for all of them, as `/pickup all …` now has.

Now `/payment all …` / `收款方式 全部 …` and `/commission all 5%` / `佣金 全部 5%` set it for every open
group buy of hers in the group, answered with each one set; the question which offers the `all`
form with her words kept; one refused refuses all, nothing changed; in private she is told to send
it in the group."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def two_open(lang: str) -> Chat:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Apples price 20 target 1")
        await chat.say("amy", "/groupbuy Pears price 10 target 1")
    else:
        await chat.say("amy", "接龙 苹果 价格 20 成团 1")
        await chat.say("amy", "接龙 梨 价格 10 成团 1")
    return chat


async def test_the_which_questions_offer_all_with_her_words() -> None:
    chat = await two_open("en")

    payment = Chat.said(await chat.say("amy", "/payment Cash at pickup"))
    commission = Chat.said(await chat.say("amy", "/commission 8%"))

    assert payment == (
        "2 group buys are open here: #1 Apples · #2 Pears."
        " Say which with its number, e.g. /payment #1 Cash at pickup.\n"
        "The same for all of yours open here: /payment all Cash at pickup"
    )
    assert commission == (
        "2 group buys are open here: #1 Apples · #2 Pears."
        " Say which with its number, e.g. /commission #1 8%.\n"
        "The same rate for all of yours open here: /commission all 8%"
    )


async def test_the_which_questions_offer_all_in_chinese() -> None:
    chat = await two_open("zh")

    payment = Chat.said(await chat.say("amy", "付款方式 现金"))
    commission = Chat.said(await chat.say("amy", "佣金 8%"))

    assert payment == (
        "这个群里有 2 个团在接龙：#1 苹果 · #2 梨。请带上编号，例如 付款方式 #1 现金。\n"
        "本群你的每个团都用这个收款方式：付款方式 全部 现金"
    )
    assert commission == (
        "这个群里有 2 个团在接龙：#1 苹果 · #2 梨。请带上编号，例如 佣金 #1 8%。\n"
        "本群你的每个团都按这个比例：佣金 全部 8%"
    )


async def test_payment_and_commission_all_set_each() -> None:
    chat = await two_open("en")

    payment = Chat.said(await chat.say("amy", "/payment all Cash at pickup"))
    commission = Chat.said(await chat.say("amy", "/commission all 5%"))

    assert payment == (
        "How to pay is set for both of your open group buys here:\n"
        "How to pay for Apples (#1): Cash at pickup. Every buyer's order will say so.\n"
        "How to pay for Pears (#2): Cash at pickup. Every buyer's order will say so."
    )
    assert commission == (
        "Sharers' rate set for both of your open group buys here:\n"
        "Share and earn: sharers of Apples (#1) earn 5% on the orders their links bring.\n"
        "Share and earn: sharers of Pears (#2) earn 5% on the orders their links bring."
    )
    assert "Share and earn 5%" in await chat.card(1)
    assert "Share and earn 5%" in await chat.card(2)


async def test_payment_and_commission_all_in_chinese() -> None:
    chat = await two_open("zh")

    payment = Chat.said(await chat.say("amy", "收款方式 全部 现金"))
    commission = Chat.said(await chat.say("amy", "佣金 全部 5%"))

    assert payment == (
        "已为你在本群进行中的 2 个团设好收款方式：\n"
        "好的，苹果（#1）的付款方式：现金。每位买家的订单里都会写上。\n"
        "好的，梨（#2）的付款方式：现金。每位买家的订单里都会写上。"
    )
    assert commission == (
        "已为你在本群进行中的 2 个团设好分享佣金：\n"
        "分享赚：苹果（#1）的分享者按 5% 计佣金（以其链接带来的订单实付金额计）。\n"
        "分享赚：梨（#2）的分享者按 5% 计佣金（以其链接带来的订单实付金额计）。"
    )
    assert "分享赚 5%" in await chat.card(2)


async def test_one_rate_refused_changes_none() -> None:
    chat = await two_open("zh")
    await chat.say("amy", "佣金 全部 8%")
    found = re.search(r"团\d+-\w{4}", Chat.shared(await chat.say("bob", "分享 #2")))
    assert found is not None
    await chat.say("eve", f"+1 {found.group(0).lower()}", private=True)

    said = Chat.said(await chat.say("amy", "佣金 全部 5%"))

    assert said == (
        "梨（#2）已有买家通过别人的分享码跟团，分享者是按分享佣金 8% 带来的："
        "比例仍是 8%，只能调高、不能调低或关闭，没有任何改动。"
    )
    assert "分享赚 8%" in await chat.card(1)  # #1 was set first, then undone with the rest
    assert "分享赚 8%" in await chat.card(2)


async def test_all_with_none_of_hers_open_says_so() -> None:
    chat = await two_open("en")

    said = Chat.said(await chat.say("bob", "/commission all 5%"))

    # rep55 #9: Bob runs none here, Amy does: only the organiser may, never "name one by its number"
    assert said == "Only the organiser (Amy) can do that: nothing was changed."


async def test_all_in_private_is_sent_in_the_group() -> None:
    chat = await two_open("en")

    english = Chat.said(await chat.say("amy", "/payment all Cash at pickup", private=True))
    chinese = Chat.said(await chat.say("amy", "佣金 全部 5%", private=True))

    assert english == (
        "“all” sets it for each of your group buys open in a group, so send it in that group:"
        " /payment all Cash at pickup. Nothing was changed."
    )
    assert chinese == "“全部”是给一个群里你进行中的每个团都设上，请到那个群里发：佣金 全部 5%。没有任何改动。"
    assert "Share and earn" not in await chat.card(1)


async def test_beside_another_organisers_only_hers_are_set() -> None:
    chat = fake_chat()
    await chat.say("bob", "接龙 苹果 价格 5")
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("amy", "接龙 芒果 价格 30")

    asked = Chat.said(await chat.say("amy", "佣金 8%"))
    said = Chat.said(await chat.say("amy", "佣金 全部 8%"))

    assert asked == (
        "你在这个群里有 2 个团在接龙：#2 荔枝 · #3 芒果。请带上编号，例如 佣金 #2 8%。\n"
        "本群你的每个团都按这个比例：佣金 全部 8%"
    )
    assert said == (
        "已为你在本群进行中的 2 个团设好分享佣金：\n"
        "分享赚：荔枝（#2）的分享者按 8% 计佣金（以其链接带来的订单实付金额计）。\n"
        "分享赚：芒果（#3）的分享者按 8% 计佣金（以其链接带来的订单实付金额计）。"
    )
    assert "分享赚" not in await chat.card(1)


async def test_the_short_payment_word_from_her_with_several_open_is_no_talk() -> None:
    chat = await two_open("zh")

    asked = Chat.said(await chat.say("amy", "收款 现金"))
    said = Chat.said(await chat.say("amy", "收款 全部 现金"))

    assert asked == (
        "这个群里有 2 个团在接龙：#1 苹果 · #2 梨。请带上编号，例如 收款 #1 现金。\n"
        "本群你的每个团都用这个收款方式：收款 全部 现金"
    )
    assert said.startswith("已为你在本群进行中的 2 个团设好收款方式：\n"), said
    assert await chat.say("bob", "收款 全部 现金") == []  # a member running none: talk


async def test_pickup_all_in_private_is_sent_in_the_group() -> None:
    chat = await two_open("zh")

    said = Chat.said(await chat.say("amy", "自提 全部 会所 明天晚上6点", private=True))

    assert said == (
        "“全部”是给一个群里你进行中的每个团都设上，请到那个群里发：自提 全部 会所 明天晚上6点。没有任何改动。"
    )
    assert "会所" not in await chat.card(1)
