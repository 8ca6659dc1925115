"""Session 16 (fa; review ra 3, 4): taking a friend's line off a per-斤 buy said
`张叔 名单上还有 2 份。` ("Dan still has 2 on the list."), and in English a friend's line holding
less than asked said "You had only 2 kg" (it was Mum's line); the member's own over-leave read
"Bob left Mangoes (#1). You had only…" (two persons). The unit is said, and whose line it was:
"Mum's line had only", `帮 妈妈 报的只有`; "The line had only" for one's own."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_friends_leave_on_a_per_jin_buy_says_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 烟台苹果 价格 15元/斤")
    await chat.say("bob", "+2")
    await chat.say("bob", "+1 帮 妈妈")

    said = Chat.said(await chat.say("bob", "-1 帮 妈妈"))

    assert said == "Bob 撤下了帮 妈妈 报的 烟台苹果（#1），Bob 名单上还有 2斤。"


async def test_a_friends_over_leave_on_a_per_jin_buy_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 烟台苹果 价格 15元/斤")
    await chat.say("bob", "+2")
    await chat.say("bob", "+2 帮 妈妈")

    said = Chat.said(await chat.say("bob", "-5 帮 妈妈"))

    assert said == (
        "Bob 撤下了帮 妈妈 报的 烟台苹果（#1），Bob 名单上还有 2斤。"
        "帮 妈妈 报的只有 2斤，不到要减的 5斤，所以全部撤下。"
    )


async def test_a_friends_over_leave_in_english_says_it_was_her_line() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12/kg")
    await chat.say("dan", "+2")
    await chat.say("dan", "+2 for Mum")

    said = Chat.said(await chat.say("dan", "-3 for Mum"))

    assert said == (
        "Dan took the line for Mum off Lychees (#1); Dan still has 2 kg on the list. "
        "Mum's line had only 2 kg, less than the 3 kg asked for, so all of it was taken off."
    )


async def test_an_own_over_leave_in_english_speaks_to_no_one_else() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 10/kg")
    await chat.say("bob", "+2")

    said = Chat.said(await chat.say("bob", "-4"))

    assert said == (
        "Bob left Mangoes (#1). "
        "The line had only 2 kg, less than the 4 kg asked for, so all of it was taken off."
    )
