"""Review 70 #2 (s33-buyerwords): a 接龙 list pasted back whose lines name the product with a count
(`1. 小李 芒果1⏎…⏎4. 小周 芒果2`, with #1 芒果 and #2 鸡蛋 open) got no reply and 小周's new line was
lost; with `接龙` on top the answer offered examples with the pasted text as a note (`+1 #1 芒果1 鸡蛋1`).
Her line's `芒果2` is 2 of #1, `芒果1 鸡蛋1` joins each; a last line that is someone else's joins nothing
and says how to add it; a product word naming none open here is one clear answer, nothing joined."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

LIST = "1. 小李 芒果1\n2. 王阿姨 芒果2\n3. 老张 芒果1\n4. 小周 芒果2"


async def _two_open(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 限购 3")
    await chat.say("amy", "接龙 土鸡蛋 价格 15")
    await chat.say("xiaoli", "+1 #1", name="小李")
    return chat


async def test_her_new_line_with_a_product_and_count_joins_that_many() -> None:
    chat = await _two_open()

    replies = await chat.say("xiaozhou", LIST, name="小周")

    assert chat.said(replies) == "小周 跟团：2 × 海南贵妃芒 5斤（#1）。当前 ¥88/份。"
    assert "小周 ×2" in await chat.card(1)
    assert "小周" not in await chat.card(2)


async def test_several_products_on_her_line_join_each() -> None:
    chat = await _two_open()

    replies = await chat.say("zhou", "接龙\n1. 小李 芒果1\n2. 小周 芒果1 鸡蛋2", name="小周")

    assert chat.said(replies) == (
        "小周 跟团：1 × 海南贵妃芒 5斤（#1）。当前 ¥88/份。\n小周 跟团：2 × 土鸡蛋（#2）。当前 ¥15/份。"
    )
    assert "小周 ×1" in await chat.card(1) and "小周 ×2" in await chat.card(2)


async def test_a_last_line_that_is_not_hers_changes_nothing_and_says_how() -> None:
    chat = await _two_open()
    before = await chat.cards_up_to(2)

    replies = await chat.say("zhang", LIST, name="Zhang")

    assert chat.said(replies) == (
        "名单最后一行“小周”不是你的，没有任何改动（贴名单只加你自己的一行）。"
        "要帮 TA 跟团，请发 +2 #1 帮 小周；要自己跟，请发 +2 #1。"
    )
    assert await chat.cards_up_to(2) == before


async def test_a_product_not_open_here_is_one_clear_answer() -> None:
    chat = await _two_open()
    before = await chat.cards_up_to(2)

    replies = await chat.say("zhou", "接龙\n1. 小李 芒果1\n2. 小周 芒果1 葡萄2", name="小周")

    assert chat.said(replies) == (
        "没看懂名单上你那行的“葡萄”，没有任何改动。"
        "这里在接龙的是 #1 海南贵妃芒 5斤、#2 土鸡蛋：请一个一个发，例如 +1 #1 +1 #2。"
    )
    assert await chat.cards_up_to(2) == before


async def test_in_english_too() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/groupbuy Eggs price 15")
    await chat.say("lee", "+1 #1")
    listed = "1. Lee mango1\n2. Zhou mango2"
    before = await chat.cards_up_to(2)

    refused = await chat.say("kim", listed)
    assert await chat.cards_up_to(2) == before
    joined = await chat.say("zhou", "1. Lee mango1\n2. Zhou mango1 eggs2")

    assert chat.said(refused) == (
        "The list's last line, “Zhou”, isn't yours: nothing was changed (a pasted list adds your own line "
        "only). To join for them, send +2 #1 for Zhou; to join yourself, send +2 #1."
    )
    assert (
        chat.said(joined)
        == "Zhou is in: 1 × Mangoes (#1). Now ¥88 each.\nZhou is in: 2 × Eggs (#2). Now ¥15 each."
    )
