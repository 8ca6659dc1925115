"""Session 10: `设置帮手 #1` (no name) answered with the usage while `/helper #1` listed the helpers, and
with no helpers both answered with the usage. Both list them; with none, they say so and how to add one."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_naming_no_helper_in_chinese_lists_the_helpers() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")
    await chat.say("cat", "+1")
    await chat.say("amy", "设置帮手 #1 @Cat")

    listed = chat.said(await chat.say("amy", "设置帮手 #1"))

    assert listed == "#1 榴莲 的核销帮手：Cat。添加：设置帮手 #1 @名字；取消：取消帮手 #1 @名字"


async def test_naming_no_helper_without_helpers_says_there_are_none() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")

    zh = chat.said(await chat.say("amy", "设置帮手 #1"))
    en = chat.said(await chat.say("amy", "/helper #1"))

    assert zh == "#1 榴莲 还没有核销帮手。添加：设置帮手 #1 @名字"
    assert en == "#1 榴莲 还没有核销帮手。添加：设置帮手 #1 @名字"
