"""In a Chinese chat the playground's card header read `updated 06:56 AM`: English, on a 12-hour clock. A card
message now carries its language (`"lang"`: the card's, its chat's `/lang` else the language it was opened
in), which the page's header speaks (`06:56 更新`), on a 24-hour clock as the card's own times."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_card_message_carries_its_chats_language(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        opened = await api.say("family", "amy", "接龙 芒果 价格 30 成团 5")
        joined = await api.say("family", "bob", "+1")
        await api.say("other", "cat", "/groupbuy Plums price 20")

        assert [r["lang"] for r in opened["replies"] if r["card_of"]] == ["zh"]
        assert [r["lang"] for r in joined["replies"] if r["card_of"]] == ["zh"]
        card = await api.card("family", 1)
        assert card["edited_at"] and card["lang"] == "zh"
        assert (await api.card("other", 2))["lang"] == "en"
        plain = [m for m in await api.messages("family") if not m["card_of"]]
        assert plain and all(m["lang"] is None for m in plain)

        await api.say("family", "amy", "/lang en")  # the chat's language: the card follows it
        assert (await api.card("family", 1))["lang"] == "en"


def test_the_page_says_when_a_card_was_updated_in_its_language_on_a_24_hour_clock() -> None:
    page = (Path(__file__).parents[2] / "bot" / "playground" / "static" / "app.js").read_text()

    assert "zh: (at) => `${at} 更新`" in page
    assert "CARD_UPDATED[message.lang]" in page
    assert 'hourCycle: "h23"' in page
    assert "`updated ${time(" not in page
