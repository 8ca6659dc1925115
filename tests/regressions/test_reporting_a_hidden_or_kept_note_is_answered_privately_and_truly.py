"""Review 87, findings 4 to 6. Kim's `举报 4 广告` of a note the admins had hid was answered in the group,
with "不能再点赞或评论", so everyone read that Kim tried to report it; reporting again after the admins kept
a note still promised "群管理员会看"; and an admin's `/unhide 3` of a note only reported (never hidden, never
⚠️) told the whole group it had left the review queue and was "no longer marked unverified". Now the
report of a hidden note is answered privately in words about reporting; one of a note the admins kept
says they looked and kept it; and `/unhide` of a note never hidden says nothing to the group (as the
console's Leave up), the admin reading privately what was done."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(lang: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"dan"}
    if lang == "zh":
        await chat.say("amy", "接龙 海南芒果 价格 88")
        await chat.say("bob", "种草 #1 海南芒果真的很甜，个头大")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("bob", "/note #1 the mangoes are sweet and juicy")
    return chat


async def test_reporting_a_hidden_note_is_said_to_the_reporter_only() -> None:
    chat = await _chat()
    await chat.say("dan", "隐藏 1 价格虚高")

    replies = await chat.say("cat", "举报 1 广告")

    assert [reply for reply in replies if reply.text and not reply.private_to] == []  # the group: nothing
    assert Chat.private(replies) == {"cat": "笔记 #1 已经被群管理员隐藏了，不用再举报。"}


async def test_reporting_a_note_its_author_took_down_is_said_privately_too() -> None:
    chat = await _chat("en")
    await chat.say("bob", "/deletenote 1")

    replies = await chat.say("cat", "/report 1 spam")

    assert Chat.private(replies) == {
        "cat": "Note #1 was taken down by its author: there is no need to report it."
    }


async def test_a_report_after_the_admins_kept_the_note_says_they_kept_it() -> None:
    chat = await _chat()
    await chat.say("cat", "举报 1 广告")
    await chat.say("dan", "取消隐藏 1")

    again = await chat.say("cat", "举报 1 广告", private=True)
    other = await chat.say("eve", "举报 1 广告")

    assert Chat.private(again) == {"cat": "群管理员已经看过笔记 #1，决定保留。"}
    assert Chat.private(other) == {"eve": "群管理员已经看过笔记 #1，决定保留。"}


async def test_unhiding_a_note_only_reported_tells_the_group_nothing() -> None:
    chat = await _chat("en")
    await chat.say("cat", "/report 1 spam")

    kept = await chat.say("dan", "/unhide 1")

    assert [reply for reply in kept if reply.text and not reply.private_to] == []
    assert Chat.private(kept) == {
        "dan": "Note #1 was not hidden: it has left the review queue and stays up. "
        "Nothing was said in the group.",
        "cat": "Thanks for reporting note #1: the admins looked at it and decided to keep it up.",
    }
    assert Chat.said(await chat.say("dan", "/flags")) == "No notes are waiting for review."
