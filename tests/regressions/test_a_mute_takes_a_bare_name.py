"""`踢出 王阿姨` found the member by the name alone, but `禁言 Kim` stayed silent (the bare Chinese word
wanted an `@`), and two members called Kim were answered "Write the order number instead". `禁言` and
`解除禁言` now take a bare name as `/mute Kim` does; nobody by the name, or several, is answered with
the mute's own form; talk (`禁言 一下他`, `禁言了吗`) stays quiet."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import NAMES, Chat, fake_chat


async def _chat(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory)
    chat.admins = {"eve"}
    for user in ("eve", "kim", "王阿姨"):
        await chat.say(user, "/help")
    return chat


async def test_a_mute_takes_a_bare_name() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)

    muted = await chat.say("eve", "禁言 Kim")
    assert chat.said(muted) == "Kim 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"
    assert "kim" in chat.private(muted)
    unmuted = await chat.say("eve", "解除禁言 Kim")
    assert chat.said(unmuted) == "Kim 又可以在本群发笔记了。"
    muted = await chat.say("eve", "禁言 王阿姨：发广告")
    assert chat.said(muted) == "王阿姨 已被停止在本群发笔记（评论也发不了，点赞和跟团不受影响）。"
    assert "原因：发广告。" in chat.private(muted)["王阿姨"]


async def test_a_bare_name_nobody_has_gets_the_mutes_form() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)
    answer = chat.said(await chat.say("eve", "禁言 Zed"))
    assert answer == "本群里没有叫 Zed 的成员，没有任何改动。请 @ 群里的人，例如：禁言 @名字：发广告"
    assert factory.state.moderation.mutes == {}


async def test_a_bare_name_of_two_members_asks_to_pick_one(monkeypatch: pytest.MonkeyPatch) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)
    monkeypatch.setitem(NAMES, "kim2", "Kim")
    await chat.say("kim2", "/help")

    assert chat.said(await chat.say("eve", "禁言 Kim")) == (
        "本群有不止一位成员叫 Kim，没有任何改动。请输入 @ 后从列表里选中要找的人（禁言 @名字：发广告）。"
    )
    assert chat.said(await chat.say("eve", "/unmute Kim")) == (
        "More than one member here is called Kim: nothing was changed. Pick the one you mean when you type "
        "@ (/unmute @name)."
    )
    assert factory.state.moderation.mutes == {}


@pytest.mark.parametrize("talk", ["禁言一下", "禁言 一下他", "禁言了吗", "禁言 Kim 了吗"])
async def test_talk_about_muting_stays_quiet(talk: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory)
    assert await chat.say("eve", talk) == []
