"""`问 #5 甜不甜` with no #5 in the chat was answered with friends' notes as if about #1, while `问 #5
什么时候截单` was told there is no #5: a wrong number now gets the same refusal and a number here as its
example, whatever the question asks (found playing ask-and-recommend)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_an_opinion_question_of_no_such_number_is_refused() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 芒果 价格 20 库存 10 截止 明天上午8点")
    await chat.say("bob", "种草 芒果超甜")

    wrong = Chat.said(await chat.say("dan", "问 #5 甜不甜"))
    right = Chat.said(await chat.say("dan", "问 #1 甜不甜"))

    assert wrong == "这个群里没有团购 #5，没有任何改动。请用卡片上的编号，例如：问 #1 甜不甜"
    assert right.startswith("群里的朋友说过：\n笔记 #1 Bob：「芒果超甜」")


async def test_in_english_the_example_keeps_her_question() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 20 stock 10 ends tomorrow 8:00")
    await chat.say("bob", "/note Mangoes are sweet")

    wrong = Chat.said(await chat.say("eve", "/ask #7 are they sweet?"))

    assert wrong == (
        "There is no group buy #7 in this chat: nothing was changed. Use the number on its card, "
        "e.g. /ask #1 are they sweet?"
    )
