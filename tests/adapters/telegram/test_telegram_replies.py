"""`handlers.Reply` -> Bot API calls, through a recording session (first in first out)."""

from __future__ import annotations

from typing import Any

import pytest
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError, TelegramRetryAfter
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageText,
    GetChatMember,
    SendInvoice,
    SendMessage,
)
from aiogram.types import CallbackQuery, ChatMemberMember, ChatMemberOwner, Message
from aiogram.types import User as TelegramUser

from bot.telegram.adapter import TelegramAdapter
from bot.telegram.admins import AdminCache
from bot.telegram.outbox import Forbidden, Limits, MemoryCardMap, NotModified, Outbox, RetryAfter
from bot.telegram.render import with_share_button
from bot.telegram.transport import BotTransport
from handlers.types import Button, Invoice, Reply, Request
from storage.state_memory import MemorySharedState
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.recording import recording_bot

GROUP = -100444
BOB = User(4002, "Bob", language_code="en")
JOIN = ((Button("Join", "gb:join:3"), Button("Leave", "gb:leave:3")),)
FAST = Limits(chat_interval=0.001, group_messages=20, group_period=0.02, bot_per_second=1000)


async def test_a_message_with_buttons_becomes_an_inline_keyboard_in_plain_text() -> None:
    bot, session = recording_bot()
    await BotTransport(bot).send_text(str(GROUP), "<b>Bob</b> & co", JOIN)

    call = session.take()
    assert isinstance(call, SendMessage)
    assert (call.chat_id, call.text, call.parse_mode) == (GROUP, "<b>Bob</b> & co", None)
    assert call.reply_markup is not None
    rows = call.reply_markup.inline_keyboard  # type: ignore[union-attr]
    assert [(b.text, b.callback_data) for b in rows[0]] == [("Join", "gb:join:3"), ("Leave", "gb:leave:3")]


async def test_a_stars_invoice_has_no_provider_and_one_price_a_fiat_one_the_provider() -> None:
    bot, session = recording_bot()
    transport = BotTransport(bot, provider_token="PROVIDER:TOKEN")
    await transport.send_invoice(
        "7", Invoice(9, "Stickers", "1 × Stickers", "sig", "XTR", 50, "1 × Stickers")
    )
    await transport.send_invoice(
        "7", Invoice(10, "Mangoes", "2 × Mangoes", "sig2", "CNY", 17600, "2 × Mangoes")
    )

    stars, fiat = session.take(), session.take()
    assert isinstance(stars, SendInvoice) and isinstance(fiat, SendInvoice)
    assert (stars.chat_id, stars.currency, stars.provider_token) == (7, "XTR", "")
    assert [(p.label, p.amount) for p in stars.prices] == [("1 × Stickers", 50)]
    assert (fiat.currency, fiat.provider_token, fiat.payload) == ("CNY", "PROVIDER:TOKEN", "sig2")
    assert [p.amount for p in fiat.prices] == [17600]


async def test_telegram_errors_become_the_outboxs() -> None:
    bot, session = recording_bot()
    transport = BotTransport(bot)
    edit = EditMessageText(text="x", chat_id=GROUP, message_id=1)
    send = SendMessage(chat_id=1, text="x")
    session.will_answer(EditMessageText, TelegramRetryAfter(method=edit, message="Too Many", retry_after=237))
    session.will_answer(
        EditMessageText, TelegramBadRequest(method=edit, message="Bad Request: message is not modified")
    )
    session.will_answer(
        SendMessage, TelegramForbiddenError(method=send, message="Forbidden: bot was blocked")
    )

    with pytest.raises(RetryAfter) as waited:
        await transport.edit_text(str(GROUP), 1, "x", ())
    with pytest.raises(NotModified):
        await transport.edit_text(str(GROUP), 1, "x", ())
    with pytest.raises(Forbidden):
        await transport.send_text("1", "x", ())
    assert waited.value.seconds == 237


def test_a_card_taking_joins_gets_a_share_button_a_closed_one_none() -> None:
    open_card = Reply(text="card", buttons=JOIN, card_of=3, language="zh")
    closed = Reply(text="closed", card_of=3, language="zh")
    succeeded = Reply(text="paid 1/2", buttons=((Button("Pay", "gb:pay:3"),),), card_of=3, language="en")

    shared = with_share_button(open_card, default_language="en")

    assert shared.buttons[-1] == (Button("分享", "gb:share:3"),)
    assert with_share_button(closed, default_language="en").buttons == ()
    assert with_share_button(succeeded, default_language="en") == succeeded


class FixedApp:
    """A ChatApp stand-in answering every request with the same replies (delivered by the adapter: no
    outbox)."""

    async def told_truly(self, reply: Any, out: Any, language: str) -> Any:
        """The close summary as it is: the bot is in every chat here (ChatApp.told_truly)."""
        return reply

    queues = False

    def __init__(self, replies: list[Reply]) -> None:
        self.replies = replies
        self.requests: list[Request] = []

    async def handle(self, request: Request) -> list[Reply]:
        self.requests.append(request)
        return self.replies

    async def render_card(self, group_buy_id: int) -> Reply:
        return Reply(text=f"card {group_buy_id}", card_of=group_buy_id, chat_id=str(GROUP))


class OnceStore:
    def __init__(self) -> None:
        self.keys: set[str] = set()

    async def first_delivery(self, update_key: str) -> bool:
        if update_key in self.keys:
            return False
        self.keys.add(update_key)
        return True


async def test_a_tap_is_answered_with_its_toast_and_a_repeat_posts_nothing_twice() -> None:
    bot, session = recording_bot()
    replies = [
        Reply(card_of=3, chat_id=str(GROUP)),
        Reply(toast="You're in: 1 × Pears"),
        Reply(text="Bob is in"),
    ]
    app = FixedApp(replies)
    cards = MemoryCardMap()
    await cards.put(str(GROUP), 3, 11)
    outbox = Outbox(transport=BotTransport(bot), render_card=app.render_card, cards=cards, limits=FAST)
    adapter = TelegramAdapter(
        app=app,  # type: ignore[arg-type]
        bot=bot,
        outbox=outbox,
        delivered=OnceStore(),
        admins=AdminCache(bot),
        bot_username="tuan_test_bot",
    )
    tap = CallbackQuery.model_validate(FakeBotAPI().tap(GROUP, BOB, 11, "gb:join:3")["callback_query"])

    await adapter.on_callback(tap)
    await adapter.on_callback(tap)  # Telegram delivered the tap twice
    await outbox.drain(5)

    calls = session.taken_all()
    kinds = [type(call).__name__ for call in calls]
    assert kinds == [
        "AnswerCallbackQuery",  # once: Telegram refuses a second answer to the same tap
        "EditMessageText",
        "SendMessage",
    ]
    answer = calls[0]
    assert isinstance(answer, AnswerCallbackQuery) and answer.text == "You're in: 1 × Pears"
    assert app.requests[0].update_id == app.requests[1].update_id == f"cb:{tap.id}"


async def test_admin_status_is_asked_once_and_cached_until_it_expires() -> None:
    bot, session = recording_bot()
    now = [0.0]
    admins = AdminCache(bot, ttl=60, values=MemorySharedState(clock=lambda: now[0]).values)
    admin = ChatMemberOwner(user=TelegramUser(id=1, is_bot=False, first_name="A"), is_anonymous=False)
    member = ChatMemberMember(user=TelegramUser(id=1, is_bot=False, first_name="A"))
    session.will_answer(GetChatMember, admin)
    session.will_answer(GetChatMember, member)

    first = await admins.is_admin(str(GROUP), "1", ask=True)
    cached = await admins.is_admin(str(GROUP), "1", ask=True)
    now[0] = 61
    demoted = await admins.is_admin(str(GROUP), "1", ask=True)

    assert (first, cached, demoted) == (True, True, False)
    assert len(session.taken_all()) == 2
    assert await admins.is_admin("1", "1", ask=False) is False
    assert await AdminCache(bot, admins=["7"]).is_admin("7", "7", ask=False) is True


async def test_only_a_command_that_may_need_it_asks_telegram_whether_the_member_is_an_admin() -> None:
    bot, session = recording_bot()
    app = FixedApp([])
    outbox = Outbox(
        transport=BotTransport(bot), render_card=app.render_card, cards=MemoryCardMap(), limits=FAST
    )
    adapter = TelegramAdapter(
        app=app,  # type: ignore[arg-type]
        bot=bot,
        outbox=outbox,
        delivered=OnceStore(),
        admins=AdminCache(bot),
        bot_username="tuan_test_bot",
    )
    owner = ChatMemberOwner(user=TelegramUser(id=BOB.id, is_bot=False, first_name="Bob"), is_anonymous=False)
    session.will_answer(GetChatMember, owner)
    fake = FakeBotAPI()

    for update_id, text in enumerate(["+1", "nice mangoes!", "/close@tuan_test_bot", "/close"]):
        raw = fake.message(GROUP, BOB, text)["message"]
        await adapter.on_message(Message.model_validate(raw), update_id=update_id)

    assert [type(call).__name__ for call in session.taken_all()] == ["GetChatMember"]  # then cached
    assert [request.is_admin for request in app.requests] == [False, False, True, True]
