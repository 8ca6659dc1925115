"""The copy of a photo group buy's card that a share code opened in a private chat was text alone
(`"image": null`) while the group's card showed the photo. Now the private copy carries the group buy's
photo too, when it is posted and after the edits a join makes, as the group's card does."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.playground_api import playground_api
from tests.unit.bot.test_playground_photos import attach, png


async def test_a_share_code_opens_the_card_with_its_photo_in_private(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        opened = await attach(api, "接龙 芒果 价格 30 成团 5", png())
        assert opened.status_code == 200, opened.text
        group_card = await api.card("family", 1)
        assert group_card["image"] and group_card["image"].endswith("/photo.png")

        shared = await api.say("family", "amy", "分享")
        sent = [r["text"] for r in shared["replies"] if r["chat"] == "amy"]  # to her privately
        code = re.search(r"团1-[0-9A-Z]+", " ".join(sent))
        assert code is not None
        await api.say("family", "eve", "你好")  # a member: her copy shows the group's list
        [copy] = [r for r in (await api.say("eve", "eve", code.group()))["replies"] if r["card_of"]]
        assert copy["text"].startswith("🛒 芒果（#1）")
        assert copy["image"] == group_card["image"]

        await api.say("family", "bob", "+1")
        [shown] = [m for m in await api.messages("eve") if m["card_of"]]
        assert "1. Bob ×1" in shown["text"] and shown["image"] == group_card["image"]
        served = await api.client.get(shown["image"].removeprefix("http://playground"))
        assert served.status_code == 200 and served.headers["content-type"] == "image/png"
