"""A title with a right-to-left override (U+202E) showed reversed on every card, a title of zero-width
spaces opened a group buy nobody could see the name of, and a payment note carried invisible characters
into every order. Control characters, bidi overrides and isolates, zero-width and other invisible
characters are stripped before anything is stored; a title with nothing left is refused."""

from __future__ import annotations

import pytest

from handlers.types import ChatKind, Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

INVISIBLE = "\u202e\u2066\u2069\u200e\u200f\u061c\u200b\u200c\u2060\ufeff\x00\x1b\U000e0041\u3164"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            f"接龙 {INVISIBLE} 价格 10",
            "请先写商品名，再写价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点",
        ),
        (
            f"/groupbuy {INVISIBLE} price 10",
            "Say what you are selling before the price. "
            "Example: /groupbuy Mangoes 5kg price 88 target 10 ends 8pm",
        ),
    ],
)
async def test_a_title_nobody_can_see_is_refused(opening: str, expected: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    assert chat.said(await chat.say("amy", opening)) == expected
    assert factory.state.group_buys == {}


async def test_what_is_stored_and_shown_is_only_what_can_be_seen() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    opened = chat.said(
        await chat.say(
            "amy",
            "接龙 \u202e芒果\u200b 👨\u200d👩\u200d👧 家庭装 价格 10 "
            "自提 南\u2066门 收款方式 现\u200b金\x1b，谢谢",
        )
    )
    terms = factory.state.group_buys[1].terms
    assert (terms.title, terms.pickup, terms.payment_note) == (
        "芒果 👨\u200d👩\u200d👧 家庭装",  # the joiners inside the family emoji are its own
        "南门",
        "现金，谢谢",
    )
    card = await chat.card()
    for text in (opened, card):
        assert not any(char in text for char in INVISIBLE), repr(text)
    assert "芒果 👨\u200d👩\u200d👧 家庭装" in card


async def test_names_friends_and_join_notes_lose_their_invisible_characters() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.app.handle(
        Request(
            platform="test",
            chat_id="family",
            user_id="zed",
            display_name="\u202eZed\u200b",
            chat_kind=ChatKind.GROUP,
            text="+1 帮 小\u200b王 3号楼\u202e502",
        )
    )

    card = await chat.card(1)

    assert card.endswith("\n\n1. Zed 帮 小王 ×1 · 3号楼502")
    assert not any(c in card for c in "\u202e\u200b")
