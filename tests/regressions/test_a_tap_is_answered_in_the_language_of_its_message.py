"""Session 9: Amy, in an English group, tapped "✅ Received ¥240" on the bot's English message in her
private chat and was answered in Chinese ("订单 #1-1（Bob，¥240）已标记为已付款。", a Chinese toast), while
"✖ Not received" answered in English, and the toast of a used button was Chinese; her English
`/remove #1 @Bob` in private was answered in the group's Chinese. A tap now speaks the language of the
message it is on (its group's, as the bot wrote to her), a typed command the language typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api


async def _tap(api: PlaygroundApi, user: str, message: dict[str, Any], data: str) -> list[str]:
    body = {"chat": user, "user": user, "message_id": message["message_id"], "data": data}
    response = await api.client.post("/api/buttons", json=body)
    assert response.status_code == 200, response.text
    return [r["toast"] or r["text"] for r in response.json()["replies"] if r["chat"] == user]


async def test_a_tap_is_answered_in_the_language_of_its_message(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "/lang en"),
            ("amy", "/groupbuy Mangoes price 120"),
            ("bob", "+2"),
            ("amy", "/close"),
            ("bob", "I paid"),
        ]:
            await api.say("family", user, text)
        [ask] = [m for m in await api.messages("amy") if m["text"].startswith("💸 Bob")]
        [[received, not_received]] = ask["buttons"]
        assert received["label"] == "✅ Received ¥240"

        assert await _tap(api, "amy", ask, received["data"]) == [
            "Order #1-1 of Bob (¥240) is marked as paid.",
            "Order #1-1 is marked as paid",
        ]
        again = ["Order #1-1 is already marked as paid: nothing was changed."]
        assert await _tap(api, "amy", ask, received["data"]) == again
        undo = f"{again[0]} If that was a mistake, send /unpaid 1-1"
        assert await _tap(api, "amy", ask, not_received["data"]) == [undo]


async def test_an_english_command_in_private_is_answered_in_english(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [("amy", "接龙 芒果 价格 20"), ("bob", "+1")]:
            await api.say("family", user, text)
        # a slash command alone speaks her own language: English once she wrote English to the bot
        # (her `接龙 芒果 …` alone would make it Chinese)
        await api.say("amy", "amy", "my orders")

        answer = await api.say("amy", "amy", "/remove #1 @Bob")

        assert [
            (r["chat"], r["text"])
            for r in answer["replies"]
            if r["text"] and r["card_of"] is None and r["chat"] != "bob"
        ] == [
            ("family", "Amy 把 Bob（×1）移出了 芒果（#1）。当前 ¥20/份。"),
            ("amy", "You removed Bob (×1) from 芒果 (#1); “family” was told. Now ¥20 each."),
        ]
