"""Review 74 #10: a join with the word before the count fell silent where the same join with the word
after it was answered. `大和+1` (大盒 typed with its homophone) said nothing while `+1 大和` was told the
options; `梨+2 pls` (a courtesy after the count) and `要1分` (份 typed with its homophone 分) were silent
too, so the friend thought she was on the list. Now `大和+1` gets `+1 大和`'s answer, `梨+2 pls` joins as
`梨+2` does, `要1分` is `要1份`; chatter (`哈哈+1` naming nothing here, `今天好热`) stays silent."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

HINT = "粽子（#1）没有“大和”这个规格，可选：大盒 ¥68 / 小盒 ¥38。跟团时带上规格，例如 +1 大盒。没有任何改动。"
ASKED = "粽子（#1）要哪个规格？大盒 ¥68 / 小盒 ¥38。跟团时带上规格，例如 +1 大盒，或点对应的跟团按钮。"


async def _zongzi(chat: Chat) -> None:
    await chat.say("amy", "接龙 粽子 规格 大盒:68:3,小盒:38 成团 2 截止 3d")


async def test_a_homophone_of_an_option_before_the_count_gets_the_options() -> None:
    chat = fake_chat()
    await _zongzi(chat)
    await chat.say("amy", "接龙 阳光玫瑰 2斤 价格 50 库存 4 截止 2d")
    await chat.say("amy", "接龙 土鸡蛋 30枚 价格 50 成团 3 限购 3 截止 3d")

    assert Chat.said(await chat.say("bob", "+1 大和")) == HINT
    assert Chat.said(await chat.say("bob", "大和+1")) == HINT
    assert Chat.said(await chat.say("bob", "大和 +1")) == HINT
    assert "Bob" not in await chat.card()  # nothing joined


async def test_with_one_open_a_homophone_before_the_count_is_asked_as_after_it() -> None:
    chat = fake_chat()
    await _zongzi(chat)

    assert Chat.said(await chat.say("bob", "+1 大和")) == ASKED
    assert Chat.said(await chat.say("bob", "大和+1")) == ASKED
    assert "Bob" not in await chat.card()


async def test_in_english_a_misnamed_option_before_the_count_gets_the_options() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await _zongzi(chat)

    said = Chat.said(await chat.say("bob", "大和+1"))

    assert said == (
        "Which option of 粽子 (#1)? 大盒 ¥68 / 小盒 ¥38. Send it with your join, e.g. +1 大盒, "
        "or tap its Join button."
    )
    assert said == Chat.said(await chat.say("bob", "+1 大和"))


async def test_a_courtesy_after_a_product_first_join_still_joins() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 梨 价格 10 截止 3d")
    await chat.say("amy", "接龙 鸡蛋 价格 10 截止 3d")

    pear = Chat.said(await chat.say("bob", "梨+2 pls"))
    eggs = Chat.said(await chat.say("bob", "鸡蛋+1 thanks"))

    assert pear == "Bob 跟团：2 × 梨（#1）。当前 ¥10/份。"
    assert eggs == "Bob 跟团：1 × 鸡蛋（#2）。当前 ¥10/份。"


async def test_in_english_a_courtesy_after_a_product_first_join_still_joins() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Pears 10 each ends 3d")

    said = Chat.said(await chat.say("bob", "pears +2 pls"))

    assert said.startswith("Bob is in: 2 × Pears (#1).")


async def test_portion_typed_with_its_homophone_joins_as_portion() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 梨 价格 10 截止 3d")

    said = Chat.said(await chat.say("bob", "要1分"))

    assert said == "Bob 跟团：1 × 梨（#1）。当前 ¥10/份。"
    assert await chat.say("cat", "要1分钟") == []  # talk


async def test_chatter_before_a_count_stays_silent_where_it_names_nothing() -> None:
    chat = fake_chat()
    await _zongzi(chat)

    assert await chat.say("cat", "哈哈+1") == []
    assert await chat.say("cat", "好+1") == []
    assert await chat.say("cat", "今天好热") == []
    assert "Cat" not in await chat.card()
