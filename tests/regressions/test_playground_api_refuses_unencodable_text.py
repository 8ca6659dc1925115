"""Issue #9: a lone surrogate (JSON's "\\ud800") in the text, a name or the button data made the playground
API answer 500 (the database and the response could not encode it). Every string field is checked: a
lone surrogate, a NUL, a name that is no name, text too long, a number where text belongs: each is a 422
naming the field and what it may be, and nothing is stored."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api

SURROGATE = "must be valid Unicode text (it holds a lone surrogate)"
NAME_RULE = "must be 1 to 32 letters, digits, spaces, '.', '-' or '_', starting with a letter or digit"
TEXT_RULE = "must be 1 to 4096 characters of text"

MESSAGES = [
    ('{"chat": "family", "user": "bob", "text": "\\ud800"}', f"text {SURROGATE}"),
    ('{"chat": "family", "user": "bob", "text": "+1 \\udfff"}', f"text {SURROGATE}"),
    ('{"chat": "family", "user": "bob", "text": "+1\\u0000"}', "text must not hold NUL characters"),
    ('{"chat": "\\ud800", "user": "bob", "text": "+1"}', f"chat {SURROGATE}"),
    ('{"chat": "family", "user": "b\\ud800", "text": "+1"}', f"user {SURROGATE}"),
    ('{"chat": "family", "user": "bob", "text": 1}', f"text {TEXT_RULE}"),
    ('{"chat": "family", "user": "bob", "text": ["+1"]}', f"text {TEXT_RULE}"),
    ('{"chat": "family", "user": "bob", "text": "' + "+" * 4097 + '"}', f"text {TEXT_RULE}"),
    ('{"chat": "family", "user": true, "text": "+1"}', f"user {NAME_RULE}"),
    ('{"chat": "family", "user": "' + "b" * 33 + '", "text": "+1"}', f"user {NAME_RULE}"),
    ('{"chat": "family", "user": "<b>", "text": "+1"}', f"user {NAME_RULE}"),
    ('{"chat": 7, "user": "bob", "text": "+1"}', f"chat {NAME_RULE}"),
    ('{"chat": "family", "user": "bob", "text": "+1", "\\ud800": 1}', f"the request body {SURROGATE}"),
]


async def test_unencodable_or_wrong_strings_in_a_message_are_refused_and_change_nothing(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 10 成团 5")
        before = await api.everything()

        for body, reason in MESSAGES:
            response = await api.post("/api/messages", body.encode())

            assert (response.status_code, response.json()["error"]) == (422, reason), body

        assert await api.everything() == before


async def test_unencodable_button_data_and_chat_names_are_refused(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        opened = await api.say("family", "amy", "接龙 芒果 价格 10 成团 5")
        card = next(reply for reply in opened["replies"] if reply["card_of"])
        before = await api.everything()
        tap = '{{"chat": "family", "user": "bob", "message_id": ' + str(card["message_id"]) + ', "data": {}}}'

        refused = {
            tap.format('"gb:join:1\\ud800"'): f"data {SURROGATE}",
            tap.format('"gb:join:1\\u0000"'): "data must not hold NUL characters",
            tap.format('"' + "x" * 65 + '"'): "data must be at most 64 bytes",
            tap.format("1"): "data must be 1 to 64 bytes of text",
        }
        for body, reason in refused.items():
            response = await api.post("/api/buttons", body.encode())
            assert (response.status_code, response.json()["error"]) == (422, reason), body
        new_chat = await api.post("/api/chats", b'{"name": "\\ud800"}')
        assert (new_chat.status_code, new_chat.json()["error"]) == (422, f"name {SURROGATE}")
        long_path = await api.client.get("/api/chats/" + "x" * 33 + "/messages")
        assert (long_path.status_code, long_path.json()["error"]) == (422, f"chat {NAME_RULE}")

        assert await api.everything() == before
