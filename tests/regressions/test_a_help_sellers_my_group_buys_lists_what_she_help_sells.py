"""Gia help-sells 东北大米 (#1) in her group at 5%, and her `我的团` there said "Gia，你还没有开过团。": as if
she had nothing to do with any group buy. A help-seller who opened none is now shown the group buys she
help-sells, each with her help-sell rate and the units joined through her (rep38 #8); one who opened some
sees them after her own."""

from __future__ import annotations

from tests.helpsell_chats import two_groups


async def test_a_help_seller_who_opened_none_sees_what_she_help_sells() -> None:
    family, fen2 = two_groups("fen2", "fen2")
    await family.say("amy", "接龙 东北大米 10斤 价格 50 成团 10")
    await family.say("amy", "帮卖 #1 开 5%")
    await fen2.say("gia", "帮卖 #1")
    await fen2.say("ivy", "+2")
    await fen2.say("kim", "+1")
    await family.say("bob", "+4")  # the organiser's own group: not through Gia

    assert fen2.said(await fen2.say("gia", "我的团")) == (
        "Gia，你还没有开过团，在本群帮卖的团有：\n"
        "• 东北大米 10斤（#1）：帮卖佣金 5%，经你已跟 3 份\n"
        "佣金明细请发“我的收益”。"
    )
    # what the group reads speaks the group's language (its card's, Chinese), whoever asks (s33-rep73b)
    assert fen2.said(await fen2.say("gia", "/mine", language="en")) == (
        "Gia，你还没有开过团，在本群帮卖的团有：\n"
        "• 东北大米 10斤（#1）：帮卖佣金 5%，经你已跟 3 份\n"
        "佣金明细请发“我的收益”。"
    )
    assert fen2.said(await fen2.say("gia", "我的团", private=True)) == (
        "你还没有开过团，你在帮卖的团有：\n"
        "• 东北大米 10斤（#1）：帮卖佣金 5%，经你已跟 3 份\n"
        "佣金明细请发“我的收益”。"
    )
    kims = await fen2.say("kim", "我的团")  # a buyer: the ones she joined (session 35), privately
    assert fen2.said(kims) == "Kim，你的订单已私信发给你。"
    assert fen2.private(kims)["kim"].endswith(
        "你还没有开过团，上面是你跟的团。要开团，在群里发：接龙 海南贵妃芒 价格 88"
    )


async def test_once_it_closes_she_sees_how_it_ended() -> None:
    family, fen2 = two_groups("fen2", "fen2")
    await family.say("amy", "接龙 东北大米 10斤 价格 50 成团 2")
    await family.say("amy", "帮卖 #1 开 5%")
    await fen2.say("gia", "帮卖 #1")
    await fen2.say("ivy", "+2")
    await family.say("amy", "截单")

    said = fen2.said(await fen2.say("gia", "我的团"))

    assert "• 东北大米 10斤（#1）：帮卖佣金 5%，经你已跟 2 份（已成团）" in said.splitlines()


async def test_one_who_opened_some_sees_what_she_help_sells_after_her_own() -> None:
    family, fen2 = two_groups("fen2", "fen2")
    await family.say("amy", "接龙 东北大米 10斤 价格 50 成团 10")
    await family.say("amy", "帮卖 #1 开 5%")
    await fen2.say("gia", "帮卖 #1")
    await fen2.say("ivy", "+1")
    await fen2.say("gia", "接龙 土鸡蛋 价格 30")

    said = fen2.private(await fen2.say("gia", "我的团"))["gia"].splitlines()

    assert said[0] == "你开的 1 个团（最新在前）："
    assert said[2:4] == ["你帮卖的团：", "• 东北大米 10斤（#1）：帮卖佣金 5%，经你已跟 1 份"]
    assert said[-1].startswith("谁付了款：")  # the footer stays last
