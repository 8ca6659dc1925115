"""A photo card in the playground, through its JSON API: a message with an image attached (multipart)
whose text opens a group buy shows the image on its card, served from the playground's own server with
its type; joins and `进度` keep it; an image that is not one (or too large) is a 422 saying why, and
posts nothing; an image without a command is chatter."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import httpx

from bot.playground.images import MAX_IMAGE_BYTES
from tests.unit.bot.playground_api import PlaygroundApi, playground_api

OPEN = "接龙 海南贵妃芒 5斤 价格 88 成团 2"
RULE = "a PNG, JPEG, WebP or GIF image of at most 2097152 bytes (2 MiB)"


def png() -> bytes:
    """A real 1×1 PNG (an orange pixel)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x99\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00/\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"


async def attach(
    api: PlaygroundApi,
    text: str,
    image: bytes | None,
    *,
    chat: str = "family",
    user: str = "amy",
    claimed: str = "image/png",
    **fields: str,
) -> httpx.Response:
    """POST /api/messages as the page's attach control does: form fields and the file part `image`."""
    data = {"chat": chat, "user": user, **fields}
    files: dict[str, Any] = {"text": (None, text.encode())}  # a form field: multipart even without a file
    if image is not None:
        files["image"] = ("mango.png", image, claimed)
    return await api.client.post("/api/messages", data=data, files=files)


async def card_of(api: PlaygroundApi, chat: str = "family") -> dict[str, Any]:
    return await api.card(chat, 1)


async def test_an_attached_image_with_the_opening_is_shown_on_the_card_and_served_with_its_type(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        response = await attach(api, OPEN, png())

        assert response.status_code == 200, response.text
        opened, card = response.json()["replies"]
        assert opened["text"].startswith("团购 #1 开团了：海南贵妃芒 5斤，¥88/份。")
        assert card["card_of"] == 1 and card["image"].startswith("http://playground/files/")
        assert card["image"].endswith("/photo.png")
        [mine] = [m for m in await api.messages("family") if m["from"] == "amy"]
        assert (mine["text"], mine["image"]) == (OPEN, card["image"])  # the member's bubble shows it too

        served = await api.client.get(card["image"].removeprefix("http://playground"))
        assert served.status_code == 200
        assert served.content == png()
        assert served.headers["content-type"] == "image/png"
        assert served.headers["x-content-type-options"] == "nosniff"
        assert served.headers["content-disposition"].startswith("inline;")


async def test_joins_and_status_keep_the_photo_on_the_live_card_not_its_older_copy(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await attach(api, OPEN, WEBP, claimed="application/octet-stream")  # the bytes say WebP
        image = (await card_of(api))["image"]
        assert image.endswith("/photo.webp")

        [joined, edited] = (await api.say("family", "bob", "+1"))["replies"]
        assert "Bob" in joined["text"]
        assert (edited["edited"], edited["image"]) == (True, image)
        assert "1. Bob ×1" in edited["text"]

        await api.say("family", "cat", "进度")
        older, latest = [m for m in await api.messages("family") if m["card_of"] == 1]
        assert older["text"] == "⬇️ 这张卡片已更新，请看最新的一张（#1 海南贵妃芒 5斤）"
        assert (older["image"], latest["image"]) == (None, image)  # the pointer is one line, no photo
        assert "1. Bob ×1" in latest["text"]
        served = await api.client.get(image.removeprefix("http://playground"))
        assert (served.content, served.headers["content-type"]) == (WEBP, "image/webp")


async def test_an_image_that_is_not_one_or_too_large_is_a_422_that_posts_nothing(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        text_file = await attach(api, OPEN, b"this is not a picture", claimed="image/png")
        svg = await attach(api, OPEN, b'<svg xmlns="http://www.w3.org/2000/svg"/>', claimed="image/svg+xml")
        empty = await attach(api, OPEN, b"")
        large = await attach(api, OPEN, png() + b"\x00" * MAX_IMAGE_BYTES)
        missing = await attach(api, OPEN, None)
        bad_field = await attach(api, OPEN, png(), update_id="seven")
        too_big = await attach(api, OPEN, png() + b"\x00" * (MAX_IMAGE_BYTES + 70_000))

        not_image = f"image is not {RULE} (its first bytes say what it is)"
        assert (text_file.status_code, text_file.json()) == (422, {"error": not_image})
        assert (svg.status_code, svg.json()) == (422, {"error": not_image})
        assert (empty.status_code, empty.json()) == (422, {"error": f"image is empty: it must be {RULE}"})
        size = len(png()) + MAX_IMAGE_BYTES
        assert (large.status_code, large.json()) == (
            422,
            {"error": f"image is {size} bytes: it must be {RULE}"},
        )
        assert (missing.status_code, missing.json()["error"]) == (
            422,
            f"image is required in a multipart message: {RULE} (text alone: JSON)",
        )
        assert bad_field.status_code == 422
        assert bad_field.json()["error"] == "update_id must be a whole number from 1 to 2147483647"
        assert (too_big.status_code, too_big.json()) == (
            413,
            {"error": "the request body is larger than 2162688 bytes"},
        )
        assert await api.messages("family") == []  # nothing was posted, no group buy opened
        assert (await api.say("family", "bob", "+1"))["replies"][0]["text"].startswith(
            "这个群里现在没有进行中的团购。"
        )


async def test_an_image_without_a_command_is_chatter_and_a_repeat_posts_nothing_again(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        bare = await attach(api, "", png(), update_id="5")
        talk = await attach(api, "看看这芒果多新鲜", png())
        again = await attach(api, "", png(), update_id="5")

        assert bare.status_code == talk.status_code == again.status_code == 200
        assert bare.json()["replies"] == talk.json()["replies"] == []
        assert again.json()["duplicate"] is True
        shown = await api.messages("family")
        assert [(m["from"], m["text"], m["image"] is not None) for m in shown] == [
            ("amy", "", True),
            ("amy", "看看这芒果多新鲜", True),
        ]
        assert shown[0]["image"] != shown[1]["image"]  # each message its own file
