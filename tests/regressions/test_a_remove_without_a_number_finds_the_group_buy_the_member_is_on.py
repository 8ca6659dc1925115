"""rep94 #3: with every group buy here ended, `踢出 @老陈` (his unpaid order #1-1 of #1 only) answered
`团购 #2（鸡蛋）已经截单了，没有任何改动。`, naming the newest, which he never joined; and with one open he
is not on, `/remove @Dan` said only that Dan is not on it, not a word of his unpaid order. Without a
number the group buy is the one the member holds an order of: its step (cancel or refund) is said; one on
none and holding no order is told so (rep94 #12: the open one's refusal names its number)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _dan_owes_one(lang: str) -> Chat:
    """#1: Dan's order #1-1 unpaid; #2: Bob's, paid. Both closed."""
    chat = fake_chat(default_language=lang)
    zh = lang == "zh"
    for user, typed in (
        ("amy", "接龙 芒果 价格 80" if zh else "/groupbuy Mangoes price 80"),
        ("dan", "+1"),
        ("amy", "截单 #1" if zh else "/close #1"),
        ("amy", "接龙 鸡蛋 价格 30" if zh else "/groupbuy Eggs price 30"),
        ("bob", "+1"),
        ("amy", "截单 #2" if zh else "/close #2"),
        ("amy", "已收 2-1" if zh else "/paid 2-1"),
        ("cat", "hello"),
        ("eve", "hello"),
    ):
        await chat.say(user, typed)
    return chat


async def test_with_everything_ended_his_order_is_found() -> None:
    chat = await _dan_owes_one("zh")
    cards = await chat.cards_up_to(2)

    assert chat.said(await chat.say("amy", "踢出 @Dan")) == (
        "团购 #1（芒果）已经截单了，不能再踢出，没有任何改动。"
        "Dan 的订单 #1-1 还没付款：不要这单就发 取消订单 1-1。"
    )
    assert chat.said(await chat.say("amy", "踢出 @Cat")) == (
        "Cat 不在你在本群的任何团购名单上，也没有要取消的订单，没有任何改动。"
    )
    assert await chat.cards_up_to(2) == cards


async def test_with_one_open_he_is_not_on_his_order_is_said() -> None:
    chat = await _dan_owes_one("en")
    await chat.say("amy", "/groupbuy Tea price 5")
    await chat.say("cat", "+1")

    assert chat.said(await chat.say("amy", "/remove @Dan")) == (
        "Group buy #1 (Mangoes) has closed, so no line comes off it: nothing was changed. "
        "Dan's order #1-1 is unpaid: to drop it, send /cancelorder 1-1."
    )
    assert chat.said(await chat.say("amy", "/remove @Eve")) == (
        "Eve is not on the list of Tea (#3): nothing was changed."
    )
    assert chat.said(await chat.say("amy", "/remove @Cat")).startswith("Amy removed Cat (×1) from Tea (#3).")
