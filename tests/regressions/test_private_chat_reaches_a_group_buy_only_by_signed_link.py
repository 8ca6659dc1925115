"""`/start gb84` from a stranger's private chat showed another group's card with its pickup address, and
`/join #84 3` from a private chat joined it. From a private chat a group buy is now reached only through
a link this bot signed: a link it did not sign shows nothing of it (told only the link is not one the bot
gave), `/join #N` typed in private is refused with where to join instead, and only the buttons of the card a
signed link opened, signed for the member who opened it, act on the group buy from there."""

from __future__ import annotations

import pytest

from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from handlers.texts import t
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

PICKUP = "Gate 3 of Lotus Garden"


async def family_group_buy(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory, default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3 ends 2h")
    await chat.say("amy", f"/pickup {PICKUP}")
    await chat.say("bob", "+1")
    return chat


def in_private(user: str, *, text: str = "", button: str | None = None) -> Request:
    return Request(
        "test", user, user, user.title(), chat_kind=ChatKind.PRIVATE, text=text, button=button, language="en"
    )


def shown(replies: list[Reply]) -> str:
    """Everything the replies show (texts and toasts), and check that none touches the group's card."""
    assert not [reply for reply in replies if reply.is_card or reply.chat_id or reply.private_to]
    return "\n".join(reply.text or reply.toast or "" for reply in replies)


async def listed(chat: Chat) -> list[str]:
    """The lines of the group's card (what the group sees): `1. Bob ×1`."""
    return [line for line in (await chat.card()).splitlines() if line[:1].isdigit() and ". " in line]


@pytest.mark.parametrize(
    "payload",
    [
        "gb1",  # typed by hand
        "gb1-ubob",  # the old, unsigned form
        share_payload(1, "bob", "another-secret"),  # signed with another secret
        share_payload(2, "bob", DEV_PAYMENT_SECRET).replace("gb2-", "gb1-"),  # another link's signature
    ],
)
async def test_a_link_this_bot_did_not_sign_shows_nothing_of_the_group_buy(
    payload: str,
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await family_group_buy(factory)
    answer = shown(await chat.app.handle(in_private("eve", text=f"/start {payload}")))
    nothing = shown(
        await chat.app.handle(
            in_private("eve", text=f"/start {share_payload(84, 'bob', DEV_PAYMENT_SECRET)}")
        )
    )
    assert answer == t("en", "share_link_not_mine")
    assert nothing == t("en", "share_group_buy_gone", id=84)
    assert PICKUP not in answer and "Mangoes" not in answer
    assert factory.state.visits == []


@pytest.mark.parametrize("text", ["/join #1 3", "/join #1", "+3 #1", "-1 #1", "/leave #1"])
async def test_a_group_buy_named_in_a_private_chat_is_refused_with_where_to_join(text: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await family_group_buy(factory)
    # a stranger, and a member already on the list (whose own `-1 #1` from private now takes his line off
    # there: test_a_leave_typed_in_private_takes_her_line_off_in_its_group, s38-joins2)
    leaving = text in ("-1 #1", "/leave #1")
    for user in ("eve",) if leaving else ("eve", "bob"):
        answer = shown(await chat.app.handle(in_private(user, text=text)))
        assert answer == t("en", "private_join_needs_link", id=1)
        assert answer.startswith(
            "In a private chat I can't act on group buy #1: send +1 (or -1) in the group chat"
        )
    assert await listed(chat) == ["1. Bob ×1"]


async def test_a_card_button_without_the_members_signature_is_stale_in_private() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await family_group_buy(factory)
    for data in ("gb:join:1", "gb:more:1", "gb:leave:1", "gb:status:1"):
        assert shown(await chat.app.handle(in_private("eve", button=data))) == t("en", "button_stale")
    assert shown(await chat.app.handle(in_private("bob", button="gb:leave:1"))) == t("en", "button_stale")
    assert await listed(chat) == ["1. Bob ×1"]


async def test_a_signed_link_opens_the_card_whose_buttons_work_for_its_visitor_only() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await family_group_buy(factory)
    link = share_payload(1, "bob", DEV_PAYMENT_SECRET)
    [card] = await chat.app.handle(in_private("eve", text=f"/start {link}"))
    assert card.text.startswith("🛒 Mangoes (#1)") and PICKUP in card.text
    join = card.buttons[0][0].data
    assert shown(await chat.app.handle(in_private("dan", button=join))) == t("en", "button_stale")
    replies = await chat.app.handle(in_private("eve", button=join))
    assert Chat.toast(replies) == "You're in: 1 × Mangoes"
    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(1, "family"), (card.card_of, "eve")]
    assert await listed(chat) == ["1. Bob ×1", "2. Eve ×1"]
    # typed, it is still refused: only the card's buttons reach the group buy from a private chat
    assert shown(await chat.app.handle(in_private("eve", text="/join #1 2"))) == t(
        "en", "private_join_needs_link", id=1
    )
    assert await listed(chat) == ["1. Bob ×1", "2. Eve ×1"]
