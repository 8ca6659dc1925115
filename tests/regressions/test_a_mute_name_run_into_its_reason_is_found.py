"""`禁言 王阿姨发广告` (and `禁言 @王阿姨发广告`) were answered "本群里没有叫 王阿姨发广告 的成员": the
name run into the reason was read as one name. The name is now the longest known member's name the words start
with, the rest the reason."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory)
    chat.admins = {"eve"}
    for user in ("eve", "王阿姨", "王阿"):
        await chat.say(user, "/help")
    return chat


async def test_a_bare_name_run_into_its_reason_mutes_the_longest_named_member() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)

    muted = await chat.say("eve", "禁言 王阿姨发广告")
    assert chat.said(muted) == "王阿姨 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"
    assert "原因：发广告。" in chat.private(muted)["王阿姨"]


async def test_an_at_name_run_into_its_reason_mutes_the_member() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)

    muted = await chat.say("eve", "禁言 @王阿姨发广告")
    assert chat.said(muted) == "王阿姨 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"
    assert "原因：发广告。" in chat.private(muted)["王阿姨"]
    unmuted = await chat.say("eve", "解除禁言 @王阿姨")
    assert chat.said(unmuted) == "王阿姨 又可以在本群发笔记了。"
