"""Telegram updates -> `handlers.Request`: chats, commands addressed to the bot, taps, names, languages."""

from __future__ import annotations

from aiogram.types import CallbackQuery, Message

from bot.telegram.translate import NameBook, callback_request, message_request
from handlers.types import ChatKind
from tests.adapters.telegram.fake_api import FakeBotAPI, User

GROUP = -100333
CAT = User(3003, "Cat", "Chen", username="catc", language_code="zh-hans")
BOB = User(3002, "Bob", language_code="en")


def message(text: str, *, chat_id: int = GROUP, user: User = CAT, chat_type: str | None = None) -> Message:
    return Message.model_validate(FakeBotAPI().message(chat_id, user, text, chat_type=chat_type)["message"])


def test_a_group_message_names_the_chat_the_member_and_the_update() -> None:
    request = message_request(message("+1"), update_id=77, is_admin=True)

    assert request is not None
    assert (request.platform, request.chat_id, request.user_id) == ("telegram", str(GROUP), "3003")
    assert request.chat_kind is ChatKind.GROUP
    assert (request.text, request.display_name, request.language) == ("+1", "Cat Chen", "zh-hans")
    assert (request.update_id, request.is_admin) == ("77", True)
    assert (request.username, request.alias) == ("catc", None)  # recorded as the member's username


def test_a_command_addressed_to_the_bot_reaches_the_handlers_as_typed() -> None:
    request = message_request(message("/join@tuan_test_bot 2"), update_id=1)

    assert request is not None and request.text == "/join@tuan_test_bot 2"


def test_a_private_chat_and_a_plain_group_are_told_apart_and_channels_ignored() -> None:
    private = message_request(message("/start gb1-u3002", chat_id=CAT.id), update_id=2)
    group = message_request(message("+1", chat_type="group"), update_id=3)
    channel = message_request(message("+1", chat_type="channel"), update_id=4)

    assert private is not None and private.chat_kind is ChatKind.PRIVATE and private.chat_id == "3003"
    assert group is not None and group.chat_kind is ChatKind.GROUP
    assert channel is None


def test_the_bots_own_messages_make_no_request() -> None:
    bot = User(9, "Other bot")
    raw = FakeBotAPI().message(GROUP, bot, "+1")["message"]
    raw["from"]["is_bot"] = True

    assert message_request(Message.model_validate(raw), update_id=5) is None


def test_mentions_name_user_ids_known_by_username_or_carried_by_the_mention() -> None:
    names = NameBook()
    message_request(message("hi"), update_id=6, names=names)  # Cat (@catc) has been seen
    text = "/paid @catc Bob"
    entities = [
        {"type": "bot_command", "offset": 0, "length": 5},
        {"type": "mention", "offset": 6, "length": 5},
        {"type": "text_mention", "offset": 12, "length": 3, "user": BOB.json() | {"is_bot": False}},
    ]
    raw = FakeBotAPI().message(GROUP, BOB, text)["message"] | {"entities": entities}

    request = message_request(Message.model_validate(raw), update_id=7, names=names)

    assert request is not None and request.mentions == ("3003", "3002")


def test_a_username_not_seen_here_leaves_every_mention_to_the_members_in_the_database() -> None:
    names = NameBook()
    message_request(message("hi"), update_id=6, names=names)  # Cat (@catc) has been seen
    text = "/paid @catc @stranger"
    entities = [
        {"type": "bot_command", "offset": 0, "length": 5},
        {"type": "mention", "offset": 6, "length": 5},
        {"type": "mention", "offset": 12, "length": 9},
    ]
    raw = FakeBotAPI().message(GROUP, BOB, text)["message"] | {"entities": entities}

    request = message_request(Message.model_validate(raw), update_id=7, names=names)

    assert request is not None and (request.mentions, request.text) == ((), "/paid @catc @stranger")


def test_a_tap_carries_its_button_data_and_the_callback_query_id() -> None:
    raw = FakeBotAPI().tap(GROUP, BOB, 12, "gb:join:4")["callback_query"]

    request = callback_request(CallbackQuery.model_validate(raw))

    assert request is not None
    assert (request.button, request.text, request.message_id) == ("gb:join:4", "", "12")
    assert request.update_id == f"cb:{raw['id']}" and request.language == "en"
    assert request.chat_kind is ChatKind.GROUP and request.display_name == "Bob"
    assert request.username is None  # Bob has no Telegram username
