"""rep36 finding 15: the hide reason `发广告，留微信拉私单` reached the author as "发广告,留微信拉私单", and a
mute's alike: the parser's normalised copy (full-width punctuation made half-width) was what they read.
They now read the admin's words as typed."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_hide_and_a_mute_reason_keep_their_full_width_comma() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"dan"}
    await chat.say("sam", "种草 贵妃芒太好吃了！！加我微信 sam888 全网最低价")
    hidden = await chat.say("dan", "隐藏 1 发广告，留微信拉私单")
    assert "原因：发广告，留微信拉私单" in chat.private(hidden)["sam"]
    muted = await chat.say("dan", "禁言 @Sam 发广告，拉私单")
    assert "原因：发广告，拉私单。" in chat.private(muted)["sam"]
