"""Changes of mind written as sentences got no reply (rep77 #8): `刚才多点了一个，改成1份`,
`我家要3盒`, `不要了，这次先不拿了` after the close, `转了，两份一起的`, `还能要一份吗？没赶上` after the
close. Each is now answered as its short form is (`改成1份`, `要3盒`, `不要了`, `已转`, `还能要一份吗？`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_change_or_a_join_in_a_sentence_before_the_close() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("li", "+2", name="小李")

    fewer = Chat.said(await chat.say("li", "刚才多点了一个，改成1份", name="小李"))
    household = Chat.said(await chat.say("chen", "我家要3盒", name="陈妈妈"))

    assert fewer == "小李 现在是 1 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert household == "陈妈妈 跟团：3 × 土鸡蛋（#1）。当前 ¥45/份。"
    card = await chat.card()
    assert "1. 小李 ×1" in card and "2. 陈妈妈 ×3" in card


async def test_a_leave_a_payment_and_a_late_question_in_sentences_after_the_close() -> None:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("li", "+1", name="小李")
    await chat.say("chen", "+2", name="陈妈妈")
    await chat.say("wang", "截单", name="王姐")

    left = Chat.said(await chat.say("li", "不要了，这次先不拿了", name="小李"))
    late = Chat.said(await chat.say("ma", "还能要一份吗？没赶上", name="小马"))
    paid = await chat.say("chen", "转了，两份一起的", name="陈妈妈")

    assert left == "团购 #1（土鸡蛋）已经截单了，没有任何改动。要退出或减少，请告诉团长 王姐。"
    assert late == (
        "土鸡蛋（#1）已经结束接龙，不能再跟了，没有任何改动。想要的话可以问问团长 王姐 会不会再开一团。"
    )
    assert Chat.said(paid) == (
        "收到，陈妈妈：已请 王姐 确认你订单 #1-2 的付款，金额已私信发给你。确认前接龙卡片上显示 💸。"
    )
    assert Chat.private(paid)["wang"].startswith("💸 陈妈妈 说已付款：订单 #1-2（土鸡蛋，#1）¥90。")
