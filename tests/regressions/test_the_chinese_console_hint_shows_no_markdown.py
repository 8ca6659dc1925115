"""Session 14 (fl report, item 10): the Chinese reply to 后台 said `先用 \\`tuan console\\` 启动后台`, the
backticks shown as typed (chat apps print them). The command is now in plain quotes: “tuan console”."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_chinese_console_hint_shows_no_markdown() -> None:
    chat = fake_chat(console_known=False)
    await chat.say("amy", "接龙 芒果 价格 10")

    [reply] = await chat.say("amy", "后台", private=True)

    start = (reply.text or "").split("\n")[-1]
    assert "`" not in start
    assert start.startswith("如果打不开，说明后台没有运行：先用“tuan console”启动后台")
