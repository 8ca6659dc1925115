"""WeChat message -> neutral Request: who, which chat, what text, which mentions; what is not for the bot."""

from __future__ import annotations

from dataclasses import replace

from bot.wechat.translate import Incoming, strip_mentions_of, to_request
from handlers.types import ChatKind

BOT = "wxid_bot"
ROOM_MESSAGE = Incoming(
    message_id="m1",
    talker_id="wxid_li",
    talker_name="李四",
    text="+1",
    room_id="r@chatroom",
    bot_names=("团购助手",),
)


def test_a_room_message_is_a_group_request_keyed_by_the_message_id() -> None:
    request = to_request(ROOM_MESSAGE, bot_id=BOT)

    assert request is not None
    assert (request.platform, request.chat_id, request.chat_kind) == ("wechat", "r@chatroom", ChatKind.GROUP)
    assert (request.user_id, request.display_name, request.text) == ("wxid_li", "李四", "+1")
    assert (request.message_id, request.update_id) == ("m1", "m1")


def test_the_room_alias_arrives_as_the_members_alias_in_that_room_only() -> None:
    aliased = replace(ROOM_MESSAGE, talker_name="小李", talker_alias="小李")
    in_room = to_request(aliased, bot_id=BOT)
    in_private = to_request(replace(aliased, room_id=None), bot_id=BOT)
    without = to_request(ROOM_MESSAGE, bot_id=BOT)  # no alias in that room: the WeChat name shows

    assert in_room is not None and (in_room.display_name, in_room.alias) == ("小李", "小李")
    assert in_private is not None and in_private.alias is None
    assert without is not None and (without.display_name, without.alias) == ("李四", None)


def test_a_one_to_one_message_is_a_private_chat_with_the_member() -> None:
    request = to_request(replace(ROOM_MESSAGE, room_id=None), bot_id=BOT)

    assert request is not None
    assert (request.chat_id, request.chat_kind) == ("wxid_li", ChatKind.PRIVATE)


def test_the_bots_own_messages_pictures_and_official_accounts_get_no_request() -> None:
    assert to_request(replace(ROOM_MESSAGE, talker_id=BOT), bot_id=BOT) is None
    assert to_request(replace(ROOM_MESSAGE, is_text=False), bot_id=BOT) is None
    assert to_request(replace(ROOM_MESSAGE, is_person=False), bot_id=BOT) is None


def test_a_message_that_only_mentions_the_bot_is_not_a_request() -> None:
    only_mention = replace(ROOM_MESSAGE, text="@团购助手\u2005", mention_ids=(BOT,))

    assert to_request(only_mention, bot_id=BOT) is None


def test_mentions_of_members_stay_in_text_and_arrive_as_ids_without_the_bot() -> None:
    message = replace(
        ROOM_MESSAGE, text="@团购助手\u2005已收 @张三\u2005", mention_ids=(BOT, "wxid_zhang", "wxid_zhang")
    )
    request = to_request(message, bot_id=BOT)

    assert request is not None
    assert (request.text, request.mentions) == ("已收 @张三", ("wxid_zhang",))


def test_a_name_without_its_own_display_name_falls_back_to_the_contact_id() -> None:
    request = to_request(replace(ROOM_MESSAGE, talker_name=""), bot_id=BOT)

    assert request is not None and request.display_name == "wxid_li"


def test_only_whole_mentions_of_the_bot_are_stripped() -> None:
    assert strip_mentions_of("@团购助手 +1", ["团购助手"]) == "+1"
    assert strip_mentions_of("@团购助手小号 +1", ["团购助手"]) == "@团购助手小号 +1"
    assert strip_mentions_of("进度 @团购", ["团购", ""]) == "进度 "


def test_a_message_mentioning_the_bot_says_it_was_addressed() -> None:
    by_name = to_request(replace(ROOM_MESSAGE, text="@团购助手\u2005几点截单？"), bot_id=BOT)
    by_id = to_request(replace(ROOM_MESSAGE, text="几点截单？", mention_ids=(BOT,)), bot_id=BOT)
    plain = to_request(replace(ROOM_MESSAGE, text="几点截单？"), bot_id=BOT)
    private = to_request(replace(ROOM_MESSAGE, text="@团购助手 几点截单？", room_id=None), bot_id=BOT)

    assert by_name is not None and (by_name.text, by_name.to_bot) == ("几点截单？", True)
    assert by_id is not None and (by_id.text, by_id.to_bot) == ("几点截单？", True)
    assert plain is not None and not plain.to_bot
    assert private is not None and not private.to_bot
