"""Review 36, finding 1: Sam's ad on #1 (`…加我微信 sam888 全网最低价`, flagged ⚠️ 未验证
and in the 待审 queue) was quoted by `问 #1 芒果是不是今天摘的？能放几天` as what friends said
("…的笔记没有提到这个，他们说过：… 笔记 #7 Sam：「…加我微信 sam888…」"), its ⚠️ dropped,
though `搜索` left it out. When no note speaks to the question, the notes on the group buy quoted
instead are those a member may trust: never a flagged note, never a hidden one."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

AD = "贵妃芒太好吃了！！强烈推荐😍😍 加我微信 sam888 全网最低价，找我买更便宜"


async def test_the_notes_on_it_quoted_instead_leave_out_a_flagged_ad() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"dan"}
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("bob", "种草 #1 个头大，汁水多")
    await chat.say("sam", f"种草 #1 {AD}")
    assert (await chat.app.render_card(-2)).text.splitlines()[0] == "笔记 #2 · Sam ⚠️ 未验证"

    answer = chat.said(await chat.say("fay", "问 #1 芒果是不是今天摘的？能放几天"))

    assert "他们说过" in answer and "笔记 #1 Bob" in answer
    assert "sam888" not in answer and "Sam" not in answer


async def test_nor_a_hidden_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"dan"}
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("bob", "种草 #1 个头大，汁水多")
    await chat.say("sam", "种草 #1 买过好几次了，个头很大")
    await chat.say("dan", "隐藏 2 假装买过")

    answer = chat.said(await chat.say("fay", "问 #1 芒果是不是今天摘的？能放几天"))

    assert "笔记 #1 Bob" in answer
    assert "Sam" not in answer


async def test_in_english_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"dan"}
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("bob", "/note #1 big and juicy")
    await chat.say("sam", "/note #1 Best mangoes ever!!! whatsapp +65 9123 4567 cheaper from me")

    answer = chat.said(await chat.say("fay", "/ask #1 were they picked today? how long do they keep"))

    assert "Note #1 Bob" in answer
    assert "Sam" not in answer and "9123" not in answer
