"""rep54 #4: `撤销已取 Xiaoli` (a bare name, no @) was refused "请这样写：撤销已取 12-3（一次一个订单编号）",
a made-up number, while `已提货 Xiaoli` and en `/unpickup Kim` take a bare name. It now undoes her
picked-up order here as `撤销已取 @xiaoli` does, the buyer told."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def picked_up(opening: str, paid: str, picked: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", opening)
    await chat.say("xiaoli", "+1", name="Xiaoli")
    await chat.say("amy", "/close")
    await chat.say("amy", paid)
    await chat.say("amy", picked)
    return chat


async def test_a_bare_name_undoes_her_pickup_in_chinese() -> None:
    chat = await picked_up("接龙 芒果 价格 30 成团 1 截止 2小时", "已收 1-1", "已提货 Xiaoli")

    replies = await chat.say("amy", "撤销已取 Xiaoli")

    assert Chat.said(replies) == (
        "已撤销 #1-1（Xiaoli，芒果）的已取货：订单回到已付款、未取货，取货码照旧可以核销。已私信告诉买家。"
    )
    assert Chat.private(replies)["xiaoli"].startswith("Amy 撤销了你的订单 #1-1（芒果）的已提货")


async def test_a_bare_name_undoes_her_pickup_in_english() -> None:
    chat = await picked_up("/groupbuy Mangoes price 30 target 1 ends 2h", "/paid 1-1", "/pickedup Xiaoli")

    replies = await chat.say("amy", "/unpickup Xiaoli")

    assert Chat.said(replies) == (
        "Pickup of #1-1 (Xiaoli, Mangoes) undone: the order is paid and not picked up again,"
        " and its pickup code works again. The buyer was told privately."
    )
    assert "xiaoli" in Chat.private(replies)


async def test_a_bare_name_with_nothing_picked_up_says_so() -> None:
    chat = await picked_up("接龙 芒果 价格 30 成团 1 截止 2小时", "已收 1-1", "核销 0000")

    said = Chat.said(await chat.say("amy", "撤销已取 Xiaoli"))

    assert said == "Xiaoli 在这里没有已取货的订单，没有可撤销的，没有任何改动。"
