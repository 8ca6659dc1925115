"""A photo card's superseded copy in the playground kept its full photo above the one-line pointer
`⬇️ 这张卡片已更新，请看最新的一张（#1 …）`: two `进度` showed the photo three times. Now an older copy is the
pointer alone (no buttons, no photo); the live copy keeps the photo. (Telegram cannot take a photo off a
message, so there the pointer stays a caption.)"""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api
from tests.unit.bot.test_playground_photos import attach, png

OPEN = "接龙 芒果 价格 30 成团 5"
POINTER = "⬇️ 这张卡片已更新，请看最新的一张（#1 芒果）"


async def test_older_copies_of_a_photo_card_show_the_pointer_without_the_photo(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        opened = await attach(api, OPEN, png())
        assert opened.status_code == 200, opened.text
        await api.say("family", "bob", "+1")
        await api.say("family", "amy", "进度")
        await api.say("family", "cat", "进度")

        *older, latest = [m for m in await api.messages("family") if m["card_of"] == 1]
        assert len(older) == 2
        for copy in older:
            assert (copy["text"], copy["buttons"], copy["image"]) == (POINTER, [], None)
        assert latest["image"] and latest["image"].endswith("/photo.png")
        assert latest["buttons"] and "1. Bob ×1" in latest["text"]
        photos = [m for m in await api.messages("family") if m["card_of"] == 1 and m["image"]]
        assert photos == [latest]  # the chat shows the photo once


async def test_a_pointer_kept_with_its_photo_loses_it_at_the_next_copy(tmp_path: Path) -> None:
    """A transcript written before the fix holds pointers with the photo: the next `进度` clears them."""
    async with playground_api(tmp_path) as api:
        await attach(api, OPEN, png())
        await api.say("family", "amy", "进度")
        [first, live] = [m for m in await api.hub.transcript.messages("family") if m.card_of == 1]
        assert live.image is not None
        await api.hub.transcript.edit(first, text=first.text, buttons=(), image=live.image)  # as before

        await api.say("family", "amy", "进度")

        *older, latest = [m for m in await api.messages("family") if m["card_of"] == 1]
        assert [(m["text"], m["image"]) for m in older] == [(POINTER, None), (POINTER, None)]
        assert latest["image"] == live.image
