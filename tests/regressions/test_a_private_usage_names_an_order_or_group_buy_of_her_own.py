"""Amy, in her private chat with the bot, sent `退款`, `已收` (`/refund`, `/paid`, `/cancelorder`) alone and
was shown `12-3`, a made-up order number; `帮卖` alone showed `帮卖 #12`, which happened to be Zoe's group
buy. Her private usages now name an order of hers the command could act on (`退款`: a paid one, `已收`: an
unpaid one) and her own newest group buy (`帮卖 #3 开 10%`); with none, a placeholder nobody takes for a
real one (`N-M`, `#N`), which typed back is told it names nothing, nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _amys_closed_after_zoes() -> Chat:
    """Zoe's (Eve's) #1 and #2 in her own group, then Amy's 芒果 #3: Bob paid (3-1), Cat owes (3-2)."""
    family = fake_chat()
    zoe = Chat(family.app, chat_id="zoe_group")
    await zoe.say("eve", "接龙 苹果 价格 5")
    await zoe.say("eve", "接龙 梨 价格 6")
    await family.say("amy", "接龙 芒果 价格 35")
    await family.say("bob", "+1")
    await family.say("cat", "+2")
    await family.say("amy", "截单")
    await family.say("amy", "已收 @Bob")
    return family


async def test_private_usages_name_her_own_orders_and_group_buy_in_chinese() -> None:
    family = await _amys_closed_after_zoes()

    async def said(text: str) -> str:
        return family.said(await family.say("amy", text, private=True))

    assert await said("退款") == (
        "请这样写：退款 3-1（订单编号；后面可写原因，会转告买家：退款 3-1 尺码不对）或 退款 @名字"
    )
    assert await said("已收") == "请这样写：已收款 3-2（订单编号）或 已收 @名字"
    assert await said("帮卖") == (
        "帮卖：给你的团开放帮卖发「帮卖 #3 开 10%」（帮卖者按其群订单实付金额的 10% 计佣金），"
        "关闭发「帮卖 #3 关」；别的群的成员在他们的群里发「帮卖 #3」把它挂过去。"
    )
    copied = "“N-M”是例子里的写法，不是订单编号，没有任何改动。请写订单消息里的编号，例如：退款 3-1"
    assert await said("退款 N-M") == copied
    number = "“#N”不是团号，没有任何改动。请写卡片上的编号，例如：帮卖 #3 开 10%"
    assert await said("帮卖 #N 开 10%") == number
    listed = family.said(await family.say("amy", "名单 #3", private=True))
    assert "订单：已付 1（已取货 0）· 已报付款 0 · 未付 1" in listed  # nothing changed


async def test_private_usages_name_her_own_orders_in_english() -> None:
    family = await _amys_closed_after_zoes()

    async def said(text: str) -> str:
        return family.said(await family.say("amy", text, private=True, language="en"))

    assert await said("/refund") == (
        "Write it like: /refund 3-1 (the order number; a reason after it goes to the buyer: "
        "/refund 3-1 wrong size) or /refund @name"
    )
    assert await said("/paid") == "Write it like: /paid 3-2 (the order number) or /paid @name"
    assert (await said("/cancelorder")).startswith("Write it like: /cancel 3-2 (the unpaid order's number;")
    assert (await said("/helpsell")).startswith("Help-selling: send /helpsell #3 on 10% to let other groups")
    assert await said("/refund N-M") == (
        "“N-M” is how the example writes an order number; it is no order, so nothing was changed. "
        "Write the number from the order message, e.g. /refund 3-1"
    )


async def test_with_no_group_buy_of_her_own_the_example_is_a_placeholder() -> None:
    chat = fake_chat()
    zoe = Chat(chat.app, chat_id="zoe_group")
    await zoe.say("eve", "接龙 苹果 价格 5")  # #1, Zoe's: never named to Amy

    async def said(text: str, language: str | None = None) -> str:
        return chat.said(await chat.say("amy", text, private=True, language=language))

    assert await said("退款") == (
        "请这样写：退款 N-M（订单编号；后面可写原因，会转告买家：退款 N-M 尺码不对）或 退款 @名字"
    )
    assert "#N" in await said("帮卖") and "#1" not in await said("帮卖")
    assert await said("退款 N-M") == (
        "“N-M”是例子里的写法，不是订单编号，没有任何改动。你的团还没有这个命令能处理的订单："
        "截单后每个订单都有编号（例如 3-1），写在订单消息里。"
    )
    assert (await said("/refund N-M", "en")).startswith("“N-M” is how the example writes an order number")
    assert await said("帮卖 #N") == "“#N”不是团号，没有任何改动。请写卡片上的编号。"
