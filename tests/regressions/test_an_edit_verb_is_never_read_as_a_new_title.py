"""`修改 #1 加库存 5` renamed 大米 to "加" and cut its stock from 10 to 5; `/edit #1 change price 50`
renamed Cookies "change"; `修改 #1 改成 价格 45` renamed it "改成" and dropped the price; `修改 #1 延长到周五`
renamed it "延长到周五" (found playing the organiser's edits). A verb before a keyword is no title:
changing a term it is dropped, adding to the stock the two forms are offered, a deadline moved in words
gets the edit's forms; nothing changed but what was asked."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_the_product_keeps_its_name_and_stock() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")
    await chat.say("bob", "+2")

    added = Chat.said(await chat.say("lao", "修改 #1 加库存 5"))
    moved = Chat.said(await chat.say("lao", "修改 #1 延长到周五"))
    priced = Chat.said(await chat.say("lao", "修改 #1 改成 价格 45"))

    assert added == (
        "没有任何改动：要在现有库存上加 5，请发 #1 加库存 5；要把库存改成 5，请发 修改 #1 库存 5。"
    )
    assert moved.startswith("“延长到周五”不像新团名，没有任何改动。")
    assert priced.startswith("已修改 大米（#1）：价格 ¥45。")
    card = await chat.card()
    assert "🛒 大米（#1）" in card and "剩余库存：8" in card, card
    assert Chat.said(await chat.say("lao", "#1 加库存 5")).startswith("已修改 大米（#1）：库存 15。")


async def test_in_english_a_verb_before_the_keyword_is_dropped() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 60 stock 10 ends tomorrow 20:00")
    await chat.say("bob", "+2")

    changed = Chat.said(await chat.say("amy", "/edit #1 change price 50"))
    added = Chat.said(await chat.say("amy", "/edit #1 add stock 5"))

    assert changed.startswith("Updated Cookies (#1): price ¥50.")
    assert added == (
        "Nothing was changed: to add 5 to the stock, send #1 add stock 5; "
        "to set the stock to 5, send /edit #1 stock 5."
    )


async def test_the_forms_are_offered_only_to_one_who_may_edit_it() -> None:
    """From the review: a buyer's `修改 #1 加库存 5` was shown how to add to the stock, not refused."""
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")
    await chat.say("bob", "+2")

    assert Chat.said(await chat.say("bob", "修改 #1 加库存 5")) == "只有团长（Lao）可以这样做，没有任何改动。"
