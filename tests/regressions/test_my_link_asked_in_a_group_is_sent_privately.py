"""Review 73 #5: `我的链接` and `what's my link?` in a group got silence (privately they gave the share
code). In a group they are now answered as `分享` / `share` typed there: the code sent privately, the group
told only that it was."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("typed", "told", "code_line"),
    [
        ("我的链接", "Bob，你的分享码已私信发给你。", "你的Durian（#1）分享码：团1-"),
        (
            "what's my link?",
            "Bob, I've sent you your share code in a private message.",
            "Your share code for Durian (#1): 1-",
        ),
    ],
)
async def test_my_link_in_a_group_is_sent_privately(typed: str, told: str, code_line: str) -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Durian price 75")
    await chat.say("bob", "+1")

    replies = await chat.say("bob", typed)

    assert Chat.said(replies) == told
    assert Chat.private(replies)["bob"].startswith(code_line)
