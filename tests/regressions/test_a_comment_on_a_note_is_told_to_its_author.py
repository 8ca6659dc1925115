"""Review 99 #10: 老张's `评论 3 米油是什么？` reached nobody: the group read only "💬 老张 评论了笔记 #3"
and the note's author got nothing. Its author is now told privately, with the words and how to answer;
her own comment on her note tells her nothing."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_comment_on_a_note_is_told_to_its_author() -> None:
    chat = fake_chat()
    chat.title = "二号群"
    await chat.say("bob", "种草 这个小米熬粥有米油，我家天天喝")

    replies = await chat.say("cat", "评论 1 米油是什么？")

    assert chat.said(replies) == "💬 Cat 评论了笔记 #1"
    assert chat.private(replies) == {
        "bob": "💬 Cat 在「二号群」评论了你的笔记 #1：“米油是什么？”\n要回复就在群里发：评论 1 你的回复"
    }


async def test_a_comment_typed_privately_is_told_to_the_author_too() -> None:
    chat = fake_chat()
    chat.title = "二号群"
    await chat.say("bob", "种草 这个小米熬粥有米油，我家天天喝")
    await chat.say("cat", "我也想买")

    replies = await chat.say("cat", "评论 1 多少钱一袋？", private=True)

    assert chat.private(replies)["bob"].startswith("💬 Cat 在「二号群」评论了你的笔记 #1：“多少钱一袋？”")


async def test_her_own_comment_tells_her_nothing() -> None:
    chat = fake_chat()
    await chat.say("bob", "种草 这个小米熬粥有米油，我家天天喝")

    assert chat.private(await chat.say("bob", "评论 1 补充：要小火")) == {}
