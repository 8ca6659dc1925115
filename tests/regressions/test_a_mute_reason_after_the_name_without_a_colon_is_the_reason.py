"""`/mute @Cat spamming a lot` (no colon) said "Cat spamming a lot may no longer post notes here" and
told Cat the reason was "the admins' decision". The name is now the longest name of a known member of
the chat, the rest the reason (as `/hide 3 advertising` takes one); `禁言 @张三 原因` alike, the colon
form unchanged, an unknown name still refused."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory, default_language="en")
    chat.admins = {"eve"}
    for user in ("eve", "cat", "amy wang", "zhang"):
        await chat.say(user, "/help", language="zh" if user == "zhang" else "en")
    return chat


async def test_a_mute_reason_after_the_name_without_a_colon_is_the_reason() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)

    muted = await chat.say("eve", "/mute @Cat spamming a lot")
    assert (
        chat.said(muted)
        == "Cat may no longer post notes here (nor comment; likes and joining are not affected)."
    )
    assert chat.private(muted) == {
        "cat": "The chat's admins stopped you posting notes in the group. Why: spamming a lot. "
        "Comments are stopped too; likes and joining are not affected."
    }
    muted = await chat.say("eve", "/mute @Amy Wang ads")  # a name of several words is matched whole
    assert chat.said(muted).startswith("Amy Wang may no longer post notes here")
    assert "Why: ads." in chat.private(muted)["amy wang"]


async def test_a_chinese_mute_reason_after_a_space_is_the_reason() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)
    muted = await chat.say("eve", "禁言 @Zhang 发广告")
    assert chat.said(muted) == "Zhang 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"
    assert "原因：发广告。" in chat.private(muted)["zhang"]
    unmuted = await chat.say("eve", "/unmute @Zhang thanks")
    assert chat.said(unmuted) == "Zhang may post notes here again."
    assert chat.said(await chat.say("eve", "/mute @Cat: spam")).startswith("Cat may no longer post notes")
    before = dict(factory.state.moderation.mutes)
    refused = chat.said(await chat.say("eve", "/mute @Zed spamming"))
    assert refused.startswith("I don't know anyone called Zed in this chat")
    assert dict(factory.state.moderation.mutes) == before
