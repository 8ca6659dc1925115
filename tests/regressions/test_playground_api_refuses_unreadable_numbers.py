"""Issue #9: the playground API answered 500 for `update_id` 1e309 or NaN and for a 20-digit `message_id`
(an infinity reached pydantic's error report, a huge id reached the database). Ids are whole numbers a
row can have (storage.tables.MAX_ROW_ID): anything else is a 422 saying which field and what it may be,
and nothing happens: no join, no message, no chat."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api

UPDATE_ID_RULE = "update_id must be a whole number from 1 to 2147483647"
MESSAGE_ID_RULE = "message_id must be a whole number from 1 to 2147483647"
# as they appear in the JSON body: Python's json reads NaN, Infinity and 1e309 (an infinity)
NOT_IDS = [
    "1e309",
    "-1e309",
    "NaN",
    "Infinity",
    "1e20",
    "99999999999999999999",
    "2147483648",
    "0",
    "-7",
    "1.5",
    "7.0",
    "true",
    "false",
    '"7"',
    "[7]",
    "{}",
]


async def test_an_update_id_that_is_no_id_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 10 成团 5")
        before = await api.everything()

        for value in NOT_IDS:
            body = f'{{"chat": "family", "user": "bob", "text": "+1", "update_id": {value}}}'
            response = await api.post("/api/messages", body.encode())

            assert (response.status_code, response.json()["error"]) == (422, UPDATE_ID_RULE), value

        assert await api.everything() == before


async def test_a_message_id_or_update_id_that_is_no_id_is_refused_on_a_tap(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        opened = await api.say("family", "amy", "接龙 芒果 价格 10 成团 5")
        card = next(reply for reply in opened["replies"] if reply["card_of"])
        join = card["buttons"][0][0]["data"]
        before = await api.everything()

        for value in NOT_IDS:
            taps = {
                MESSAGE_ID_RULE: f'"message_id": {value}',
                UPDATE_ID_RULE: f'"message_id": {card["message_id"]}, "update_id": {value}',
            }
            for rule, ids in taps.items():
                body = f'{{"chat": "family", "user": "bob", "data": "{join}", {ids}}}'
                response = await api.post("/api/buttons", body.encode())

                assert (response.status_code, response.json()["error"]) == (422, rule), body

        assert await api.everything() == before
        assert "Bob" not in (await api.card("family", card["card_of"]))["text"]
