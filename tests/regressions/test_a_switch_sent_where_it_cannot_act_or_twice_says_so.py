"""`猜你喜欢 关` in a group was answered "猜你喜欢只在私聊里看…": neither turned off nor told how; `摘要 开`
sent twice announced "📰 摘要模式已开启…" again. The first now says to send `猜你喜欢 关` in private, the
second that digest mode was already on (as `猜你喜欢 关` twice says it was already off)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_for_you_switched_in_a_group_says_to_send_it_privately() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    said = chat.said(await chat.say("amy", "猜你喜欢 关"))
    assert said == "猜你喜欢在私聊里开关，没有任何改动：请私聊我发“猜你喜欢 关”。"
    said = chat.said(await chat.say("amy", "/foryou on"))
    assert said == (
        "For you is turned on and off in private: nothing was changed. Send me /foryou on in a private chat."
    )


async def test_digest_mode_switched_on_twice_says_it_was_on() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"amy"}
    assert chat.said(await chat.say("amy", "摘要 开")).startswith("📰 摘要模式已开启")
    said = chat.said(await chat.say("amy", "摘要 开"))
    assert said.startswith("本群的摘要模式本来就是开启的，没有任何改动。")
    assert chat.said(await chat.say("amy", "摘要 关")).startswith("摘要模式已关闭")
    said = chat.said(await chat.say("amy", "/digest off"))
    assert said.startswith("Digest mode was already off here: nothing was changed.")
