"""rep81 #12c: the card of 月饼 #4 (options 大盒 / 小盒, no tiers) read `规格（阶梯按所有规格的总份数）：`, a
clause about tiers it does not have. Without tiers the heading is `规格：` ("Options:"); with tiers it
still says they count every option's units together."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_without_tiers_the_options_heading_is_plain() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 规格 大盒:88:2,小盒:48 库存 3")

    card = (await chat.card()).split("\n")

    assert card[:5] == [
        "🛒 月饼（#1）",
        "团长：Amy",
        "规格：",
        "• 大盒 ¥88 · 已订 0 · 剩 2",
        "• 小盒 ¥48 · 已订 0",
    ]


async def test_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mooncakes options big:88:2,small:48 stock 3")

    card = (await chat.card()).split("\n")

    assert card[2:4] == ["Options:", "• big ¥88 · 0 taken · 2 left"], card


async def test_with_tiers_the_heading_says_how_they_count() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 规格 大盒:88,小盒:48 阶梯 5:-5")

    assert "规格（阶梯按所有规格的总份数）：" in (await chat.card()).split("\n")
