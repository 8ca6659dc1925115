"""Eve opened Bob's share link in her private chat: the bot sent her a copy of the card with Join buttons.
She joined from it: the group's card showed her line and the next price tier, her copy stayed as it was
(`Nobody yet`, ¥88), and so it stayed when others joined later. Now her copy is a card under its own key,
edited as the group's card is: a join (hers from her copy, or anyone's in the group) refreshes it."""

from __future__ import annotations

from handlers import card_copies
from handlers.config import DEV_PAYMENT_SECRET
from handlers.sharing import share_payload
from handlers.types import ChatKind, Reply, Request
from tests.unit.handlers.conftest import fake_chat


def in_private(user: str, *, text: str = "", button: str | None = None) -> Request:
    return Request(
        "test", user, user, user.title(), chat_kind=ChatKind.PRIVATE, text=text, button=button, language="en"
    )


def copies(replies: list[Reply]) -> list[tuple[str | None, bool]]:
    """(chat, posted anew) of each private copy of a card the replies show or refresh."""
    return [
        (reply.chat_id, reply.new_card)
        for reply in replies
        if reply.card_of is not None and card_copies.copy_slot(reply.card_of) is not None
    ]


async def test_a_private_card_copy_is_refreshed_after_a_join() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88 tiers 2:78 target 3 ends 2h")
    await chat.say("eve", "hello", name="Eve")  # a member of the group: her copy shows its list
    link = share_payload(1, "bob", DEV_PAYMENT_SECRET)
    [copy] = await chat.app.handle(in_private("eve", text=f"/start {link}"))
    assert copy.card_of is not None and copy.new_card  # a card of its own, in her chat
    assert "Nobody yet" in copy.text and "¥88" in copy.text

    joined = await chat.app.handle(in_private("eve", button=copy.buttons[0][0].data))
    assert copies(joined) == [("eve", False)]  # her copy, edited (never posted where none is shown)
    refreshed = await chat.app.render_card(copy.card_of)
    assert refreshed.chat_id == "eve"
    assert "1. Eve ×1" in refreshed.text and "Price: ¥88 each · 1 more for ¥78" in refreshed.text
    assert refreshed.buttons == copy.buttons  # still signed for her: they work from her chat

    later = await chat.say("cat", "+1")
    assert copies(later) == [("eve", False)]
    refreshed = await chat.app.render_card(copy.card_of)
    assert (
        "1. Eve ×1" in refreshed.text
        and "2. Cat ×1" in refreshed.text
        and "Price: ¥78 each" in refreshed.text
    )
    group_card = await chat.card()
    assert refreshed.text == group_card  # what the group's card shows, line for line
