"""rep94 #12: a member taken off one line read `团长 李姐 把你（×2）移出了 …。有疑问请联系团长。`, no name
after 联系团长, while `全部` (`…有疑问请联系团长 李姐。`) and the English (`If this is a mistake, ask Amy.`)
name her. Each names the organiser to ask."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_notice_names_whom_to_ask() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 80")
    await chat.say("bob", "+2")
    await chat.say("bob", "+1 帮 小王")

    mine = Chat.private(await chat.say("amy", "踢出 @Bob"))["bob"]
    friends = Chat.private(await chat.say("amy", "踢出 @Bob 帮 小王"))["bob"]

    assert mine == "团长 Amy 把你（×2）移出了 芒果（#1）。有疑问请联系团长 Amy。"
    assert friends == "团长 Amy 把你帮 小王 报的 ×1 移出了 芒果（#1）。有疑问请联系团长 Amy。"
