"""Neutral replies -> WeChat text: numbered choices, merged answers, mentions, final cards."""

from __future__ import annotations

from bot.wechat import render
from handlers.types import Button, ChatKind, Reply, Request

ROOM = "r@chatroom"
JOIN, STATUS = Button("跟团", "gb:join:1"), Button("查看进度", "gb:status:1")
REQUEST = Request(platform="wechat", chat_id=ROOM, user_id="wxid_li", display_name="李四", text="+1")


def test_buttons_become_one_line_of_numbered_choices_in_the_replys_language() -> None:
    assert render.body(Reply(text="还差 3 份", buttons=((JOIN,), (STATUS,))), "zh") == (
        "还差 3 份\n回复 1 跟团，2 查看进度",
        ("gb:join:1", "gb:status:1"),
    )
    joined = Reply(
        text="3 more to go", buttons=((Button("Join", "j"), Button("Status", "s")),), language="en"
    )
    assert render.body(joined, "zh") == ("3 more to go\nReply 1 Join, 2 Status", ("j", "s"))


def test_a_button_taps_short_answer_is_said_when_there_is_no_text() -> None:
    assert render.body(Reply(toast="已跟团 ×2"), "zh") == ("已跟团 ×2", ())


def test_the_replies_to_one_message_are_one_answer_mentioning_the_member() -> None:
    outgoing = render.answer(
        ROOM, [Reply(text="已跟团"), Reply(text="还差 2 份成团")], request=REQUEST, language="zh"
    )

    assert outgoing == render.Outgoing(ROOM, "已跟团\n\n还差 2 份成团", ("wxid_li",), (), "wxid_li")


def test_an_explicit_mention_wins_and_private_chats_have_no_mentions() -> None:
    confirm = Reply(text="张三 已付 ¥88", mention=("wxid_zhang",))
    in_room = render.answer(ROOM, [confirm], request=REQUEST, language="zh")
    assert in_room is not None and in_room.mention_ids == ("wxid_zhang",)
    private = Request(
        platform="wechat",
        chat_id="wxid_li",
        user_id="wxid_li",
        display_name="李四",
        chat_kind=ChatKind.PRIVATE,
    )
    outgoing = render.answer("wxid_li", [confirm], request=private, language="zh")
    assert outgoing is not None and outgoing.mention_ids == () and outgoing.asked == "wxid_li"


def test_replies_saying_nothing_send_nothing() -> None:
    assert render.answer(ROOM, [Reply()], request=REQUEST, language="zh") is None


def test_where_a_reply_goes() -> None:
    assert render.destination(Reply(text="x", private_to="wxid_zhang"), REQUEST) == "wxid_zhang"
    assert render.destination(Reply(text="x", chat_id="other@chatroom"), REQUEST) == "other@chatroom"
    assert render.destination(Reply(text="x"), REQUEST) == ROOM
    assert render.destination(Reply(text="x"), None) is None


def test_a_card_without_buttons_or_with_a_closed_status_is_final() -> None:
    assert not render.is_final_card(Reply(text="card", buttons=((JOIN,),), card_of=1))
    assert render.is_final_card(Reply(text="card", card_of=1))
    assert render.is_final_card(
        Reply(text="card", buttons=((JOIN,),), card_of=1, extra={"status": "succeeded"})
    )


def test_mentions_are_written_the_way_wechat_shows_them() -> None:
    assert render.with_mentions("已收", ["王五", "张三"]) == "@王五\u2005@张三\u2005已收"
