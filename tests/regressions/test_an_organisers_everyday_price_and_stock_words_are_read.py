"""rep70 #3: `#1 改价 80`, `芒果改价 80`, `改价 #1 80`, `鸡蛋加库存 10` got no reply; only `修改 #1 价格 80`
worked. They are that change now (a product named picks the group buy as `+1 芒果` does; several: asked
which, each with its exact command), and `加库存 10` raises the stock BY 10, the answer saying old → new.
English `price #1 80`, `add stock 10` likewise."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def three_open(lang: str = "zh") -> Chat:
    chat = fake_chat()
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Mangoes price 88 target 1")
        await chat.say("amy", "/groupbuy Eggs price 30 target 1 stock 20")
        await chat.say("amy", "/groupbuy Berries price 50 target 1")
        return chat
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 成团 1")
    await chat.say("amy", "接龙 土鸡蛋 价格 30 成团 1 库存 20")
    await chat.say("amy", "接龙 草莓 价格 50 成团 1")
    return chat


async def test_gai_jia_with_the_number_before_or_after_is_the_price_change() -> None:
    chat = await three_open()

    assert (
        Chat.said(await chat.say("amy", "#1 改价 80"))
        == "已修改 海南贵妃芒 5斤（#1）：价格 ¥80。\n改价：¥88 → ¥80"
    )
    assert (
        Chat.said(await chat.say("amy", "改价 #1 78"))
        == "已修改 海南贵妃芒 5斤（#1）：价格 ¥78。\n改价：¥80 → ¥78"
    )
    assert "¥78" in await chat.card(1)


async def test_a_product_named_picks_its_group_buy() -> None:
    chat = await three_open()

    said = Chat.said(await chat.say("amy", "芒果改价 80"))

    assert said == "已修改 海南贵妃芒 5斤（#1）：价格 ¥80。\n改价：¥88 → ¥80"


async def test_gai_jia_naming_none_of_several_asks_with_each_exact_command() -> None:
    chat = await three_open()

    said = Chat.said(await chat.say("amy", "改价 80"))

    assert said == (
        "这个群里你有 3 个团在接龙：#1 海南贵妃芒 5斤 · #2 土鸡蛋 · #3 草莓，没有任何改动。"
        "请带上编号，例如 修改 #1 价格 80 或 修改 #2 价格 80 或 修改 #3 价格 80"
    )
    assert "¥80" not in await chat.card(1)


async def test_two_of_the_product_open_are_asked_which() -> None:
    chat = await three_open()
    await chat.say("amy", "接龙 台芒 价格 60 成团 1")

    said = Chat.said(await chat.say("amy", "芒果改价 55"))

    assert said == (
        "「芒果」在这个群里有 2 个团在接龙：#1 海南贵妃芒 5斤 · #4 台芒，没有任何改动。"
        "请带上编号，例如 修改 #1 价格 55 或 修改 #4 价格 55"
    )


async def test_a_product_none_of_hers_is_said_with_hers() -> None:
    chat = await three_open()

    said = Chat.said(await chat.say("amy", "苹果改价 3"))

    assert said == (
        "这个群里你在接龙的团没有「苹果」，没有任何改动。"
        "你在接龙的：#1 海南贵妃芒 5斤 · #2 土鸡蛋 · #3 草莓。例如 修改 #1 价格 3"
    )


async def test_jia_kucun_raises_the_stock_by_that_many() -> None:
    chat = await three_open()

    assert (
        Chat.said(await chat.say("amy", "鸡蛋加库存 10"))
        == "已修改 土鸡蛋（#2）：库存 30。\n库存：20 → 30（加了 10）"
    )
    assert (
        Chat.said(await chat.say("amy", "#2 加库存 10"))
        == "已修改 土鸡蛋（#2）：库存 40。\n库存：30 → 40（加了 10）"
    )
    # `库存 30` in 修改 stays a total
    assert Chat.said(await chat.say("amy", "修改 #2 库存 30")) == "已修改 土鸡蛋（#2）：库存 30。"


async def test_jia_kucun_of_one_without_stock_says_how_to_set_it() -> None:
    chat = await three_open()

    said = Chat.said(await chat.say("amy", "草莓加库存 5"))

    assert said == "草莓（#3）没有设库存（不限量），没有任何改动。要设库存就发 修改 #3 库存 5"


async def test_jia_kucun_naming_none_of_several_asks_which() -> None:
    chat = await three_open()

    said = Chat.said(await chat.say("amy", "加库存 10"))

    assert said == (
        "这个群里你有 3 个团在接龙：#1 海南贵妃芒 5斤 · #2 土鸡蛋 · #3 草莓，没有任何改动。"
        "请带上编号，例如 #1 加库存 10 或 #2 加库存 10 或 #3 加库存 10"
    )


async def test_a_member_is_told_only_the_organiser_may() -> None:
    chat = await three_open()

    assert Chat.said(await chat.say("bob", "芒果改价 60")) == "只有团长（Amy）可以这样做，没有任何改动。"
    assert await chat.say("bob", "苹果改价 60") == []  # naming nothing here: talk


async def test_price_and_add_stock_in_english() -> None:
    chat = await three_open("en")

    assert (
        Chat.said(await chat.say("amy", "price #1 80"))
        == "Updated Mangoes (#1): price ¥80.\nPrice changed: ¥88 → ¥80"
    )
    assert (
        Chat.said(await chat.say("amy", "#2 add stock 10"))
        == "Updated Eggs (#2): stock 30.\nStock: 20 → 30 (+10)"
    )
