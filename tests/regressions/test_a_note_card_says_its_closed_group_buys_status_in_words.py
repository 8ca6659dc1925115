"""An English note card of a closed group buy ended with a bare lowercase "successful" ("🛒 Durian Musang
King (#2) ¥120 each\nsuccessful") where the Chinese one said 已成团. Every status now reads as a catalog
sentence in both languages ("Succeeded"), never a raw or lowercase word."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, Terms
from commerce.domain.notes import Note
from commerce.services.notes import NoteView
from handlers.notes import render
from tests.unit.bot.playground_api import playground_api

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
SAID = {
    "en": {
        GroupBuyStatus.SUCCEEDED: "Succeeded",
        GroupBuyStatus.FAILED: "Did not reach its target",
        GroupBuyStatus.CANCELLED: "Cancelled",
        GroupBuyStatus.FULFILLED: "Handed out",
    },
    "zh": {
        GroupBuyStatus.SUCCEEDED: "已成团",
        GroupBuyStatus.FAILED: "未成团",
        GroupBuyStatus.CANCELLED: "已取消",
        GroupBuyStatus.FULFILLED: "已发货",
    },
}


async def test_an_english_note_card_of_a_closed_group_buy_says_succeeded(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("work", "Amy", "/groupbuy Durian Musang King price 120")
        await api.say("work", "Gina", "+1")
        await api.say("work", "Gina", "/note #1 Creamy and sweet")
        await api.say("work", "Amy", "/close")
        [card] = [m for m in await api.messages("work") if m["card_of"] == -1]
        assert str(card["text"]).splitlines()[2:4] == ["🛒 Durian Musang King (#1) ¥120 each", "Succeeded"]


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("status", [s for s in GroupBuyStatus if s is not GroupBuyStatus.OPEN])
def test_every_closed_status_reads_as_words(lang: str, status: GroupBuyStatus) -> None:
    group_buy = GroupBuy.open(
        chat_id="work",
        organiser_id="amy",
        organiser_name="Amy",
        terms=Terms(title="Durian Musang King", unit_price=12000),
        now=NOW,
    )
    group_buy.id, group_buy.status = 1, status
    note = Note(1, "work", "gina", "Gina", "Creamy and sweet", NOW, group_buy_id=1)

    text = render(NoteView(note, group_buy, ()), lang).text

    assert text.splitlines()[3] == SAID[lang][status]
    assert status.value not in text
