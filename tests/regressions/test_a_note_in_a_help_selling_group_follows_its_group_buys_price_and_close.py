"""Bob help-sells (帮卖) Amy's 荔枝 #1 in 公司群 and wrote a note about it there. The group buy reached its
¥90 tier, then Amy closed it: its cards in both groups were edited, but the note's card in 公司群 never
was: `🛒 荔枝（#1）¥100/份`, its `+1 团1-…` and a 跟团 button after the close. Only notes in the organiser's
own group were refreshed; now the notes of every group that lists the group buy are, each card in its
own group's language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.helpsell_chats import listed_in_the_english_club
from tests.unit.bot.playground_api import playground_api


def _button_labels(card: dict[str, Any]) -> list[str]:
    return [str(button["label"]) for row in card.get("buttons") or [] for button in row]


async def test_a_note_in_a_help_selling_group_follows_its_group_buys_price_and_close(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("hs_fam", "Amy", "接龙 荔枝 价格 100 阶梯 3:90 成团 1 库存 20 截止 明天20:00")
        await api.say("hs_fam", "Amy", "帮卖 开 10%")
        await api.say("hs_office", "Bob", "帮卖 #1")
        await api.say("hs_office", "Bob", "种草 #1 荔枝很甜，公司同事都说好")

        async def note_card() -> dict[str, Any]:
            [card] = [m for m in await api.messages("hs_office") if m["card_of"] == -1]
            return card

        before = await note_card()
        assert str(before["text"]).splitlines()[2] == "🛒 荔枝（#1）¥100/份"
        assert "跟团" in _button_labels(before)

        await api.say("hs_office", "Cat", "+1")
        await api.say("hs_fam", "Dan", "+1")
        await api.say("hs_fam", "Eve", "+1")  # 3 units: the ¥90 tier
        at_tier = await note_card()
        assert str(at_tier["text"]).splitlines()[2] == "🛒 荔枝（#1）¥90/份"
        assert "跟团" in _button_labels(at_tier)

        await api.say("hs_fam", "Amy", "截单")
        closed = await note_card()
        lines = str(closed["text"]).splitlines()
        assert lines[2:4] == ["🛒 荔枝（#1）¥90/份", "已成团"]
        assert not any("+1" in line for line in lines)
        assert _button_labels(closed) == [label for label in _button_labels(closed) if "👍" in label]


async def test_a_note_in_an_english_help_selling_group_is_refreshed_in_english() -> None:
    family, club = await listed_in_the_english_club()
    await club.say("gil", "/note #1 So sweet, everyone at work loves them")
    assert (await club.card(-1)).splitlines()[2].startswith("🛒 草莓 (#1) ¥78 each")

    await club.say("kim", "+1")
    closed = await family.say("amy", "截单")
    assert any(reply.card_of == -1 and reply.chat_id == "club" for reply in closed)  # the note's card edited
    card = await club.app.render_card(-1)
    assert card.text.splitlines()[2:4] == ["🛒 草莓 (#1) ¥78 each", "Succeeded"]
    assert all("👍" in button.label for row in card.buttons for button in row)  # no Join after the close
