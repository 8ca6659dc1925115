"""Reviews 31 and 33: `问 #2 草莓酸不酸` said "答不上来" though friends had notes on 草莓;
`问 #5 为什么没成团` said "答不上来" though the bot knew it had 4/5 at its deadline;
`/ask who joined` was "not recorded" while `/list` works for anyone;
`/ask #1 can I collect in London instead?` got only the pickup, with no way to ask the organiser;
`is the durian frozen or fresh?` got a cancelled copy's notice. Now each is answered from what Tuan
holds, and a question asking leave offers the organiser too."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_notes_on_the_group_buy_are_quoted_saying_they_do_not_mention_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 截止 2小时")
    await chat.say("amy", "接龙 草莓 价格 20 截止 2小时")
    await chat.say("dan", "种草 #2 又大又红，孩子很爱吃")
    replies = await chat.say("fay", "问 #2 草莓酸不酸")
    assert chat.said(replies) == (
        "朋友们关于 草莓（#2）的笔记没有提到这个，他们说过：\n笔记 #1 Dan：「又大又红，孩子很爱吃」\n"
        "还想问团长 Amy？点下面的按钮，回答会私信给你。"
    )
    assert any(reply.buttons for reply in replies)
    assert chat.said(await chat.say("fay", "/ask #2 are they sour?")).startswith(
        "Friends' notes on 草莓 (#2) do not mention that; they said:\nNote #1 Dan: “又大又红，孩子很爱吃”"
    )


async def test_who_joined_is_the_list_and_a_failure_says_its_count() -> None:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await chat.say("amy", "接龙 水蜜桃 价格 20 成团 5 截止 2小时")
    await chat.say("bob", "+4")
    listed = chat.said(await chat.say("fay", "/ask who joined"))
    assert listed == "📋 The list of 水蜜桃 (#1), 1 line:\n1. Bob ×4"
    assert chat.said(await chat.say("fay", "问 谁跟了")) == "📋 水蜜桃（#1）接龙名单，共 1 条：\n1. Bob ×4"
    clock.advance(hours=3)
    await chat.app.expire(1)
    await chat.say("amy", "接龙 芒果 价格 30 截止 2小时")
    why = chat.said(await chat.say("fay", "问 #1 为什么没成团"))
    assert why.startswith("水蜜桃（#1）截止时只有 4/5，没达到成团数量，所以没有成团：")


async def test_a_question_asking_leave_gets_the_fact_and_the_organiser() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 68 ends 2h pickup Blk 123 tomorrow 11:00")
    replies = await chat.say("tia", "/ask #1 can I collect in London instead?")
    assert chat.said(replies) == (
        "Durian (#1) pickup: Blk 123 · Tue 24 Nov 11:00\n"
        "Still want to ask Amy? Tap below and the answer comes to you privately."
    )
    assert any(reply.buttons for reply in replies)
    assert not any(r.buttons for r in await chat.say("tia", "/ask #1 when is pickup?"))


async def test_a_quality_question_never_gets_a_cancelled_copys_notice() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 68 ends 2h")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/copy #1")
    await chat.say("amy", "/cancel #2")
    answer = chat.said(await chat.say("tia", "/ask is the durian frozen or fresh?"))
    assert "cancelled" not in answer and "Durian (#1)" in answer
