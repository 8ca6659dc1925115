"""rep86 #7 and #8: editing an open group buy with options, `/edit #2 large stock 0` was told the opening
message's form (`write it after its price, e.g. options 3kg:58:20,5kg:88`), and `/edit #1 price small 10`
was told `Write it like: price 88`, which itself would be asked which option. Now a stock out of range is
told the `/edit` to send and how to stop selling the option (its stock at what is taken), and a price
after which the option comes is told to name the option first; nothing is changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPENED = {
    "en": "/groupbuy Bubble Tea options small:9:10,large:12:10",
    "zh": "接龙 奶茶 规格 小杯:9:10,大杯:12:10",
}
JOINED = {"en": "+3 large", "zh": "+3 大杯"}
SAID = {
    "en": (
        ("/edit #1 large stock 0",
         "The stock of large must be a whole number from 1 to 999900 (you wrote 0): write it like "
         "/edit #1 large stock 8. Nothing was changed. To stop selling large, set its stock to the 3 "
         "already taken: /edit #1 large stock 3."),
        ("/edit #1 small stock 0",
         "The stock of small must be a whole number from 1 to 999900 (you wrote 0): write it like "
         "/edit #1 small stock 5. Nothing was changed. Options stay once it opens, so the fewest small you "
         "can sell is 1: "
         "/edit #1 small stock 1."),
        ("/edit #1 price small 8",
         "To change one option's price, name the option first: /edit #1 small price 8. Nothing was changed."),
    ),
    "zh": (
        ("修改 #1 大杯 库存 0",
         "大杯 的库存须为 1 到 999900 的整数（你写的是 0），例如 修改 #1 大杯 库存 8。没有任何改动。"
         "不想再卖 大杯，就把库存改成已经接龙的 3 份：修改 #1 大杯 库存 3。"),
        ("修改 #1 小杯 库存 0",
         "小杯 的库存须为 1 到 999900 的整数（你写的是 0），例如 修改 #1 小杯 库存 5。没有任何改动。"
         "规格开团后不能去掉，小杯 最少卖 1 份：修改 #1 小杯 库存 1。"),
        ("修改 #1 价格 小杯 8", "改一个规格的价格，请先写规格再写价格：修改 #1 小杯 价格 8。没有任何改动。"),
    ),
}  # fmt: skip


async def _opened(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", OPENED[lang])
    await chat.say("bob", JOINED[lang])
    return chat


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_each_wrong_edit_says_the_edit_to_send_and_changes_nothing(lang: str) -> None:
    chat = await _opened(lang)
    card = await chat.card(1)

    for typed, expected in SAID[lang]:
        assert chat.said(await chat.say("amy", typed)) == expected
    assert await chat.card(1) == card


SUGGESTED = {
    "en": ("/edit #1 large stock 3", "/edit #1 small price 8"),
    "zh": ("修改 #1 大杯 库存 3", "修改 #1 小杯 价格 8"),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_edits_they_suggest_work(lang: str) -> None:
    chat = await _opened(lang)
    before = await chat.card(1)

    for typed in SUGGESTED[lang]:
        said = chat.said(await chat.say("amy", typed))
        assert "Nothing was changed" not in said and "没有任何改动" not in said, said
    assert await chat.card(1) != before
