"""Session 13 (FV): `+1 #1` typed in a private chat with the bot on WeChat was told to "open the link a
member shared with you and use the buttons of its card" (`用卡片上的按钮`): WeChat has neither the link nor
the buttons. There it points to the share code a member gives (`+1 团12-K7QM`), which works in private;
Telegram keeps the link and its card's buttons."""

from __future__ import annotations

from bot.wechat.translate import Incoming
from tests.regressions.test_a_question_mentioning_the_bot_on_wechat_is_answered import ROOM, Room
from tests.unit.handlers.conftest import fake_chat


async def _in_room(room: Room, member: str, text: str) -> None:
    room.count += 1
    said = Incoming(f"m{room.count}", f"wxid_{member}", member, text, room_id=ROOM, room_topic="邻居群")
    await room.adapter.on_message(said)


async def _in_private(room: Room, member: str, text: str) -> list[str]:
    """What `member` reads in their private chat with the bot after sending it `text`."""
    room.count += 1
    before = len(room.sent)
    await room.adapter.on_message(Incoming(f"m{room.count}", f"wxid_{member}", member, text))
    return [said for where, said in room.sent[before:] if where == f"wxid_{member}"]


async def test_a_member_of_the_group_is_told_to_send_it_there_or_use_a_share_code() -> None:
    room = Room()
    await _in_room(room, "张三", "接龙 海南贵妃芒 价格 30 成团 2")
    await _in_room(room, "李四", "+1")

    said = await _in_private(room, "李四", "+1 #1")

    assert said == [
        "私聊里不能直接操作团购 #1：请在「邻居群」里发 +1 #1（或 -1 #1），"
        "或用群友给你的分享码跟团，例如 +1 团12-K7QM。"
    ]


async def test_a_stranger_is_told_to_send_it_in_the_group_or_use_a_share_code() -> None:
    room = Room()
    await _in_room(room, "张三", "接龙 海南贵妃芒 价格 30 成团 2")

    said = await _in_private(room, "赵六", "+1 #1")

    assert said == [
        "私聊里不能直接操作团购 #1：请在群里发 +1（或 -1），或用群友给你的分享码跟团，例如 +1 团12-K7QM。"
    ]


async def test_a_platform_with_buttons_still_names_the_link_and_its_buttons() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 价格 30 成团 2")

    said = chat.said(await chat.say("eve", "+1 #1", private=True))

    assert said.endswith("或打开群友分享给你的链接，用卡片上的按钮。")
