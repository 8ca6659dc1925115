"""Session 15 (fo, review fg 17): 小美 holding 2斤 sent `我要两斤` and the group read `小美
跟团：4斤 荔枝（#1）`, her new total as if she had ordered 4斤 now. A join adding to a
line she had says what was added and the new total (`又加 2斤，现在共 4斤`), for a
friend's line too, in English as well; a first join reads as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_second_join_says_what_was_added_and_the_new_total() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 15元/斤 成团 20")

    first = chat.said(await chat.say("bob", "我要两斤", name="小美"))
    again = chat.said(await chat.say("bob", "我要两斤", name="小美"))
    plus = chat.said(await chat.say("bob", "+1", name="小美"))
    friend = chat.said(await chat.say("bob", "+1 帮 妈妈", name="小美"))
    friend_again = chat.said(await chat.say("bob", "+2斤 帮 妈妈", name="小美"))

    assert first.startswith("小美 跟团：2斤 荔枝（#1）。"), first
    assert again.startswith("小美 跟团：又加 2斤，现在共 4斤 荔枝（#1）。"), again
    assert plus.startswith("小美 跟团：又加 1斤，现在共 5斤 荔枝（#1）。"), plus
    assert friend.startswith("小美 帮 妈妈 跟团：1斤 荔枝（#1）。"), friend
    assert friend_again.startswith("小美 帮 妈妈 跟团：又加 2斤，现在共 3斤 荔枝（#1）。"), friend_again


async def test_sold_by_the_portion_and_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10")
    await chat.say("bob", "+1")
    zh = chat.said(await chat.say("bob", "+2"))
    english = fake_chat()
    await english.say("amy", "/groupbuy Lychees price 15/kg target 20")
    await english.say("bob", "+2 kg")
    en = english.said(await english.say("bob", "+2 kg"))

    assert zh.startswith("Bob 跟团：又加 2 份，现在共 3 × 芒果（#1）。"), zh
    assert en.startswith("Bob is in: 2 kg more, now 4 kg of Lychees in all (#1)."), en
