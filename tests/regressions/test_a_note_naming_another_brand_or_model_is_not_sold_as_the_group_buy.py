"""Ann's `种草 家里用的美的洗碗机很好用` was linked to the open 西门子洗碗机SJ235 because both say 洗碗机: its
card sold the Siemens buy and `求推荐好用的洗碗机` quoted the Midea review as "关于 西门子洗碗机SJ235". A note
naming a brand or model the title does not (a name before the product word, a model code) is linked to
nothing (its author may link it with `笔记 1 #1`); a plain mention still links
(commerce.domain.note_links). A Latin brand glued to the Chinese product word (`Bosch洗碗机`) is a name of its
own too (session 27's leftover)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def about(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[2]


async def test_a_note_about_another_brand_is_not_linked_nor_recommended_as_the_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 68")
    await chat.say("ann", "种草 家里用的美的洗碗机很好用，洗得干净")
    await chat.say("bob", "种草 这款洗碗机SMS46 也不错")
    await chat.say("cat", "种草 阳光玫瑰超甜")
    await chat.say("dan", "种草 这个洗碗机真的省水")

    assert not (await about(chat, 1)).startswith("🛒")
    assert not (await about(chat, 2)).startswith("🛒")
    assert (await about(chat, 3)).startswith("🛒 阳光玫瑰 2斤装（#2）")
    assert (await about(chat, 4)).startswith("🛒 西门子洗碗机SJ235（#1）")
    answer = chat.said(await chat.say("hu", "求推荐好用的洗碗机"))
    assert "笔记 #1 Ann" in answer
    assert "笔记 #1 Ann，关于" not in answer
    linked = chat.said(await chat.say("ann", "笔记 1 #1"))
    assert "#1" in linked
    assert (await about(chat, 1)).startswith("🛒 西门子洗碗机SJ235（#1）")


async def test_an_english_note_naming_another_model_is_not_linked() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Siemens Dishwasher SJ235 price 2999")
    await chat.say("ann", "/note our dishwasher SMS4HV is great")
    await chat.say("cat", "/note we have a Bosch dishwasher at home, very quiet")
    await chat.say("bob", "/note the dishwasher is quiet and saves water")

    assert not (await about(chat, 1)).startswith("🛒")
    assert not (await about(chat, 2)).startswith("🛒")
    assert (await about(chat, 3)).startswith("🛒 Siemens Dishwasher SJ235 (#1)")


async def test_a_note_about_another_brand_is_not_offered_to_be_linked_either() -> None:
    chat = fake_chat()
    await chat.say("ann", "种草 家里用的美的洗碗机很好用，洗得干净")
    await chat.say("eve", "种草 这个洗碗机真的省水")

    opened = chat.private(await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3"))

    assert "ann" not in opened
    assert opened["eve"].startswith("Amy 开了 西门子洗碗机SJ235（#1），和你的笔记 #2 说的是同一个东西。")


async def test_a_latin_brand_glued_to_the_chinese_product_word_is_not_linked() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")
    await chat.say("ann", "种草 我家的Bosch洗碗机很安静")
    await chat.say("bob", "种草 用了 bosch 洗碗机，省水")
    await chat.say("cat", "种草 ok洗碗机很好用")

    assert not (await about(chat, 1)).startswith("🛒")
    assert not (await about(chat, 2)).startswith("🛒")
    assert (await about(chat, 3)).startswith("🛒 西门子洗碗机SJ235（#1）")
