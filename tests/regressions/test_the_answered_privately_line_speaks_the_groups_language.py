"""Session 34: in a `/lang zh` room, `how much do I owe?` answered the group `Wang, I sent you the answer
privately.` in English: the line the whole group reads follows the group (its `/lang`, else its card's),
while the answer itself, sent privately, keeps the asker's language."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_english_question_in_a_chinese_room_is_told_in_chinese_and_answered_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang zh")
    await chat.say("amy", "接龙 芒果 价格 90 截止 明天 20:00")
    await chat.say("wang", "+2", name="Wang")

    replies = await chat.say("wang", "how much do I owe?", name="Wang")

    assert chat.said(replies) == "Wang，答案已私信发给你。"
    assert chat.private(replies) == {
        "wang": "You are on 芒果 (#1) for 2. Now ¥90 each. It has not closed yet, so there is nothing to pay "
        "now: after it closes (Tue 24 Nov 20:00) your order comes to you privately "
        "with the amount and how to pay."
    }


async def test_a_chinese_question_in_an_english_room_is_told_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 90 ends tomorrow 20:00")
    await chat.say("wang", "+2", name="Wang")

    replies = await chat.say("wang", "我要付多少钱", name="Wang")

    assert chat.said(replies) == "Wang, I sent you the answer privately."
    assert "芒果" not in chat.said(replies)
