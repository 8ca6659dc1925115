"""Review: `名单 #2`, `导出 #2`, `催款 #2` typed in a private chat with the bot by someone who does not run #2
were told "这个群里没有团购 #2。例如：发“进度”查看进行中的团": it is no group, and 进度 means nothing there.
In private the answer now says what is true there, the same whether #2 exists or not (nothing about
another chat leaks): she did not open #2, only its organiser may do that, and where her orders are."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("名单 #2", "你没有开过团购 #2（只有它的团长能看名单）。看你自己的订单请发“我的订单”。"),
        ("导出 #2", "你没有开过团购 #2（只有它的团长能导出名单）。看你自己的订单请发“我的订单”。"),
        ("催款 #2", "你没有开过团购 #2（只有它的团长能催款），没有任何改动。看你自己的订单请发“我的订单”。"),
        ("截单 #2", "你没有开过团购 #2（只有它的团长能这样做），没有任何改动。"),
        (
            "取消 #2",
            "你没有开过团购 #2（只有它的团长能取消它），没有任何改动。"
            "你自己不要了，请在它的群里发“退出 #2”或 -1 #2。",
        ),
        (
            "/list #2",
            "You did not open group buy #2 (only its organiser can see its list). "
            "For your own orders, send /orders.",
        ),
        (
            "/close #2",
            "You did not open group buy #2 (only its organiser can do that): nothing was changed.",
        ),
    ],
)
async def test_someone_elses_group_buy_named_in_private(text: str, expected: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 10 截止 2小时")
    await chat.say("amy", "接龙 草莓 价格 30 截止 2小时")
    await chat.say("cat", "+1 #2")
    # a slash command alone speaks her own language (her group's Chinese): her app's English says English
    app = "en" if text.startswith("/") else None
    assert Chat.said(await chat.say("cat", text, private=True, language=app)) == expected
    missing = text.replace("#2", "#9")  # one that does not exist: answered alike
    said = Chat.said(await chat.say("cat", missing, private=True, language=app))
    assert said == expected.replace("#2", "#9")
    assert "#2" in Chat.said(await chat.say("amy", "名单 #2", private=True))  # its organiser: her list
