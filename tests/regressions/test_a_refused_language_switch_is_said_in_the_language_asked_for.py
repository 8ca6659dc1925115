"""rep48 #11: a buyer's `/lang zh` in a zh group running group buys was refused in English ("Group buys are
running here: only their organisers…"). The refusal is now said in the language asked for (`/lang zh`: in
Chinese), and nothing changes."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_refused_language_switch_is_said_in_the_language_asked_for() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 90")
    await chat.say("wang", "+1")

    said = chat.said(await chat.say("wang", "/lang zh"))
    assert said == "群里正在接龙，只有团长（Amy）或群管理员可以改本群的语言，没有改动。"
    said = chat.said(await chat.say("wang", "/lang en"))
    assert said.startswith("Group buys are running here: only their organisers (Amy)"), said
    assert "family" not in factory.state.languages  # nothing changed
