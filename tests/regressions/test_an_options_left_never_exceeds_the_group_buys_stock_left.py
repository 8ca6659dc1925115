"""With the group buy's stock of 2 gone, raising 全麦's own stock to 3 made the card read "• 全麦 ¥10 ·
已订 1 · 剩 2" under "已售罄", and `+1 全麦` was then told it was sold out. An option's left is now capped
by the group buy's stock left wherever it is shown (`GroupBuy.option_left`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_options_left_never_exceeds_the_group_buys_stock_left() -> None:
    chat = fake_chat()
    for user, text in [
        ("amy", "接龙 面包 规格 全麦:10:1,白:10 库存 2 截止 3d"),
        ("bob", "+1 全麦"),
        ("cat", "+1 白"),
        ("amy", "修改 全麦 库存 3"),
    ]:
        await chat.say(user, text)

    card = await chat.card(1)

    assert "• 全麦 ¥10 · 已订 1 · 已售罄" in card.split("\n")
    assert "剩" not in card


async def test_in_english_an_option_shows_the_smaller_left() -> None:
    chat = fake_chat()
    for user, text in [
        ("amy", "/groupbuy Bread options wholemeal:10:5,white:10 stock 4 ends 3d"),
        ("bob", "+1 wholemeal"),
        ("cat", "+2 white"),
    ]:
        await chat.say(user, text)

    assert "• wholemeal ¥10 · 1 taken · 1 left" in (await chat.card(1)).split("\n")
