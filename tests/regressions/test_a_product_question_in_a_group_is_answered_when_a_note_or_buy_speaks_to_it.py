"""Review 51, finding 3: in a group, "anyone tried the Hainan mangoes?", "has anyone tried the durian?",
"where can I buy these mangoes?" got silence though a friend's note answered them (only "any
recommendations for mangoes?", `/ask …` and a mention of the bot quoted it). Such a question, heard
unasked, is now answered with the friends' notes on the product, or the group buy open here that sells
it; with neither, the group hears nothing (talk among friends), and chatter that merely has "where" or
"tried" in it is never answered."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_english_questions_quote_the_note_or_name_the_buy() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("mia", "/note These Hainan mangoes are the sweetest I've had all year")
    await chat.say("mia", "/note The Musang King durian was creamy and bitter-sweet")

    for asked in (
        "anyone tried the Hainan mangoes?",
        "where can I buy these mangoes?",
        "where to buy mangoes",
    ):
        said = chat.said(await chat.say("ben", asked))
        assert said.startswith("Friends' notes that mention it:"), asked
        assert "Note #1 Mia: “These Hainan mangoes are the sweetest" in said, asked
    said = chat.said(await chat.say("ben", "has anyone tried the durian?"))
    assert "Note #2 Mia: “The Musang King durian" in said

    await chat.say("amy", "/groupbuy Lychees 1kg price 12")
    assert chat.said(await chat.say("ben", "where can I buy lychees?")) == (
        "Lychees 1kg (#1) is open here: send +1 #1 to join."
    )

    for talk in (
        "anyone tried the dentist on 5th street?",  # nothing speaks to it: talk among friends
        "where are you?",
        "we tried the durian yesterday, it was great",
        "where can I buy them?",
        "I tried the mangoes",
        "where do you think we should go for dinner tonight after the meeting",
    ):
        assert await chat.say("ben", talk) == [], talk


async def test_chinese_questions_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("mia", "种草 海南芒果超甜，回购三次了")
    await chat.say("mia", "种草 这个洗碗机很好用，洗得很干净")

    for asked in ("有人买过海南芒果吗", "芒果哪里买", "洗碗机好用吗"):
        said = chat.said(await chat.say("ben", asked))
        assert said.startswith("朋友们的笔记里提到过："), asked
    assert "笔记 #1 Mia：「海南芒果超甜" in chat.said(await chat.say("ben", "有人买过芒果吗？"))

    await chat.say("amy", "接龙 荔枝 价格 12")
    assert chat.said(await chat.say("ben", "荔枝哪里买")) == "荔枝（#1）正在这个群里接龙，要跟就发 +1 #1。"

    for talk in ("这个好用吗", "你好吗", "有人买过空气炸锅吗", "我买过芒果", "今天去哪里买菜"):
        assert await chat.say("ben", talk) == [], talk
