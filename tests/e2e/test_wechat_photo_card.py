"""A photo card through `tuan run wechat` and the real puppet service (the Node gateway): the photo a
member sends just before their `接龙 …` is fetched from WeChat by its message id and posted in the room
right before the group buy's first card, as an image message; the next card comes without it."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.adapters.wechat.gateway import Gateway, TuanWeChat

pytestmark = pytest.mark.e2e

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01 a mango, nearly ripe"


@pytest.fixture
def gateway(tmp_path: Path) -> Iterator[Gateway]:
    running = Gateway(tmp_path).start()
    yield running
    running.stop()


def test_the_photo_before_the_opening_is_posted_before_the_first_card(
    gateway: Gateway, tmp_path: Path
) -> None:
    tuan = TuanWeChat(tmp_path, gateway, TUAN_WECHAT_CARD_INTERVAL_SECONDS="1").start()
    try:
        photo = gateway.send_image("张三", JPEG, name="mango.jpg")
        opened = gateway.say("张三", "接龙 芒果 价格 30 成团 2")
        answer, image, card = gateway.bot_messages_after(opened["seq"], count=3)[:3]
        joined = gateway.say("李四", "+1")
        answered, again = gateway.bot_messages_after(joined["seq"], count=2)[:2]
    finally:
        assert tuan.stop() == 0, tuan.output()

    assert photo["image"] == {"name": "mango.jpg", "size": len(JPEG)}
    assert answer["room"] == gateway.room and answer["text"].startswith("@张三\u2005团购 #1 开团了：芒果")
    assert image["room"] == gateway.room and "file" in image
    assert base64.b64decode(image["file"]["base64"]) == JPEG  # the member's photo, as WeChat handed it
    assert card["room"] == gateway.room and card["text"].startswith("🛒 芒果（#1）\n团长：张三\n")
    assert answered["text"].startswith("李四 跟团")  # her name once, no @mention before it
    assert "file" not in again and again["text"].startswith("🛒 芒果（#1）")  # no photo again
    assert "1. 李四 ×1" in again["text"]
