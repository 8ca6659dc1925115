"""`种草 海南贵妃芒超好吃，我买了五斤` and `种草 贵妃芒皮薄肉厚…` were linked to nothing while
"海南贵妃芒 5斤" was open, and `种草 普洱茶很香…` not to "云南普洱茶": a note had to contain the whole
title, specs included. Now a note naming the product (the title without its specs, or a distinctive
part) links to the one open group buy it names."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_note_naming_the_product_links_to_its_group_buy() -> None:
    chat = fake_chat()
    await chat.say("小美", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("小美", "接龙 云南普洱茶 价格 120")
    await chat.say("阿强", "种草 海南贵妃芒超好吃，我买了五斤")
    await chat.say("丽丽", "种草 贵妃芒皮薄肉厚，推荐")
    await chat.say("老王", "种草 普洱茶很香，回甘明显")

    for note_id, about in ((1, "海南贵妃芒 5斤（#1）"), (2, "海南贵妃芒 5斤（#1）"), (3, "云南普洱茶（#2）")):
        assert (await chat.app.render_card(-note_id)).text.splitlines()[2].startswith(f"🛒 {about}")
