"""An organiser's 修改 (or a member's -1) that lets a waiting member in is one WeChat message in the
group: it mentions the sender (it answers them) and the member who got in (the 候补 move-in is theirs),
in that order; before, the move-in's mention alone was kept and the answer read as the other member's.
On Telegram the same replies are two messages: the answer, then the move-in naming who got in."""

from __future__ import annotations

from bot.wechat import render
from handlers.types import ChatKind, Reply, Request
from tests.unit.handlers.conftest import fake_chat

ROOM = "family@chatroom"


def _request(user: str, name: str, text: str) -> Request:
    return Request(
        platform="wechat", chat_id=ROOM, user_id=user, display_name=name, chat_kind=ChatKind.GROUP, text=text
    )


def _in_the_room(replies: list[Reply], request: Request) -> render.Outgoing:
    said = [reply for reply in replies if not reply.is_card and not reply.private_to]
    outgoing = render.answer(ROOM, said, request=request, language="zh")
    assert outgoing is not None
    return outgoing


async def test_an_edit_that_moves_a_waiting_member_in_mentions_the_organiser_then_the_member() -> None:
    chat = fake_chat()
    chat.chat_id = ROOM
    await chat.say("amy", "接龙 海南贵妃芒 规格 3斤:58:10,5斤:88:2 阶梯 10:-5 成团 2 限购 3")
    await chat.say("bob", "+2 5斤")
    await chat.say("cat", "候补 5斤 1")

    edited = await chat.say("amy", "修改 5斤 库存 3")

    assert [(reply.text, reply.mention) for reply in edited if reply.text] == [
        ("已修改 海南贵妃芒（#1）：5斤 库存 3。", ()),  # the answer to Amy
        ("🎉 候补补上了 海南贵妃芒（#1）：Cat 5斤 ×1。", ("cat",)),
    ]
    outgoing = _in_the_room(edited, _request("amy", "Amy", "修改 5斤 库存 3"))
    assert outgoing.mention_ids == ("amy", "cat")
    assert (
        outgoing.text
        == "已修改 海南贵妃芒（#1）：5斤 库存 3。\n\n🎉 候补补上了 海南贵妃芒（#1）：Cat 5斤 ×1。"
    )


async def test_a_members_minus_one_that_moves_another_in_mentions_the_member_then_who_got_in() -> None:
    chat = fake_chat()
    chat.chat_id = ROOM
    await chat.say("amy", "接龙 砂糖橘 价格 30 库存 3 成团 1")
    await chat.say("bob", "+2")
    await chat.say("amy", "+1")
    await chat.say("cat", "候补 1")

    lowered = await chat.say("bob", "-1")

    outgoing = _in_the_room(lowered, _request("bob", "Bob", "-1"))
    assert outgoing.mention_ids == ("bob", "cat")
    assert (
        outgoing.text == "Bob 现在是 1 × 砂糖橘（#1）。当前 ¥30/份。\n\n🎉 候补补上了 砂糖橘（#1）：Cat ×1。"
    )


def test_an_explicit_mention_alone_still_mentions_only_that_member() -> None:
    confirm = Reply(text="订单 #1-2（赵六，¥88）已标记为已付款。", mention=("zhao",))
    outgoing = render.answer(ROOM, [confirm], request=_request("zhang", "张三", "已收 1-2"), language="zh")
    assert outgoing is not None and outgoing.mention_ids == ("zhao",)
