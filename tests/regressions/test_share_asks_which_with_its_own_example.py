"""With two group buys open, `分享` was asked which with the join example (`例如 +1 #7、-1 #7、进度 #7`),
which does not say how to name one in a share. It now shows `分享 #7` (`/share #7` in English)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_share_asks_which_with_its_own_example() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 5")
    await chat.say("amy", "接龙 芒果 价格 30")
    assert chat.said(await chat.say("cat", "分享")).endswith("请带上编号，例如 分享 #1。")
    assert chat.said(await chat.say("cat", "/share")).endswith("e.g. /share #1.")
