"""A photo card, platform-neutral: an opening sent with a photo keeps the platform's reference to it, the
card (and an older copy's pointer) carries it, and where the card is the photo's caption (Telegram:
`caption_limit`) its list folds within 1,024 while a card without a photo, or elsewhere, keeps 4,096.
A photo with any other text changes no group buy's photo; `/edit` keeps it."""

from __future__ import annotations

from handlers import card_moved
from handlers.fit import CAPTION_LIMIT, units
from handlers.types import ChatKind, Reply, Request
from tests.unit.handlers.conftest import Chat, fake_chat

PHOTO = "photo-file-id-42"


async def send_photo(chat: Chat, user: str, text: str, photo: str = PHOTO) -> list[Reply]:
    return await chat.app.handle(
        Request(
            platform="test",
            chat_id=chat.chat_id,
            user_id=user,
            display_name=user.title(),
            chat_kind=ChatKind.GROUP,
            text=text,
            photo=photo,
        )
    )


async def test_an_opening_with_a_photo_makes_a_card_that_carries_it_and_so_does_its_pointer() -> None:
    chat = fake_chat(default_language="en")
    await send_photo(chat, "amy", "/groupbuy Mangoes price 88 target 5")
    await chat.say("amy", "/groupbuy Apples price 30")

    card = await chat.app.render_card(1)
    assert card.photo == PHOTO and card.text.startswith("🛒 Mangoes (#1)\nOrganiser: Amy\n")
    assert (await chat.app.render_card(2)).photo is None
    pointer = await card_moved.pointer(chat.app, 1)
    assert (pointer.text, pointer.photo) == (
        "⬇️ This card moved: see the latest one below (#1 Mangoes)",
        PHOTO,
    )
    assert (await card_moved.pointer(chat.app, 2)).photo is None


async def test_a_photo_cards_list_folds_within_a_caption_only_where_it_is_one() -> None:
    chat = fake_chat(default_language="en")
    await send_photo(chat, "amy", "/groupbuy Mangoes price 88")
    await chat.say("amy", "/groupbuy Apples price 30")
    for n in range(40):
        await chat.say(f"member{n:02d}", "+1 #1 gate 3, flat 502, the big ones please")
        await chat.say(f"member{n:02d}", "+1 #2 gate 3, flat 502, the big ones please")

    caption = await chat.app.render_card(1, caption_limit=CAPTION_LIMIT)
    whole = await chat.app.render_card(1)  # the playground, WeChat: no caption to fit
    plain = await chat.app.render_card(2, caption_limit=CAPTION_LIMIT)  # no photo: not a caption

    assert units(caption.text) <= CAPTION_LIMIT < units(whole.text)
    shown = sum(1 for line in caption.text.split("\n") if line[:1].isdigit())
    assert 3 <= shown < 40 and caption.text.endswith(f"… and {40 - shown} more: /list #1")
    assert sum(1 for line in whole.text.split("\n") if line[:1].isdigit()) == 40
    assert units(plain.text) > CAPTION_LIMIT and "more: /list" not in plain.text
    assert caption.buttons == whole.buttons and caption.photo == PHOTO


async def test_a_photo_with_other_text_changes_no_photo_and_edit_keeps_it() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await send_photo(chat, "bob", "+1", photo="another-photo")  # a join that came with a photo
    assert (await chat.app.render_card(1)).photo is None

    await send_photo(chat, "amy", "/groupbuy Apples price 30")
    await chat.say("amy", "/edit #2 price 25")
    card = await chat.app.render_card(2)
    assert card.photo == PHOTO and "¥25" in card.text
    assert "1. Bob ×1" in (await chat.app.render_card(1)).text
