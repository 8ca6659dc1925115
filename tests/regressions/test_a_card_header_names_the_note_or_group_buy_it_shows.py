"""A playground card's header read `团购 #-1` on a note's card (its body: `笔记 #1`) and `团购 #2051239161` on
the copy a share code opened in a private chat (its body: `🛒 芒果（#1）`): the page printed the key the card
is filed under (`card_of`: a note's negated number, a private copy's slot above 2,000,000,000). Now each
card message carries `card_label`, what it shows by the number members know, in the card's language."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from handlers.card_copies import COPY_KEYS
from tests.unit.bot.playground_api import playground_api


def cards(answer: dict[str, Any]) -> list[dict[str, Any]]:
    return [reply for reply in answer["replies"] if reply["card_of"] is not None]


async def test_note_cards_and_a_private_copy_are_headed_with_their_own_numbers(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        [card] = cards(await api.say("family", "amy", "接龙 芒果 价格 30 成团 5"))
        assert (card["card_of"], card["card_label"]) == (1, "团购 #1")

        [amys] = cards(await api.say("family", "amy", "种草 #1 超甜，回购三次"))
        [bobs] = cards(await api.say("family", "bob", "种草 #1 同感，很新鲜"))
        assert amys["text"].startswith("笔记 #1") and bobs["text"].startswith("笔记 #2")
        assert [amys["card_label"], bobs["card_label"]] == ["笔记 #1", "笔记 #2"]

        shared = await api.say("family", "amy", "分享")
        sent = [r["text"] for r in shared["replies"] if r["chat"] == "amy"]  # to her privately
        code = re.search(r"团1-[0-9A-Z]+", " ".join(sent))
        assert code is not None
        [copy] = cards(await api.say("eve", "eve", code.group()))
        assert copy["card_of"] > COPY_KEYS  # its key, not a number Eve knows
        assert copy["text"].startswith("🛒 芒果（#1）")
        assert copy["card_label"] == "团购 #1"

        # a join edits both cards: the headers stay; a reload shows them as they were
        await api.say("family", "bob", "+1")
        shown = {m["card_of"]: m["card_label"] for m in await api.messages("family") if m["card_of"]}
        assert shown == {1: "团购 #1", -1: "笔记 #1", -2: "笔记 #2"}
        [eves] = [m for m in await api.messages("eve") if m["card_of"]]
        # an outsider's copy counts the group's lines, never names them
        assert "已有 1 条跟团（名单只在群里显示）" in eves["text"] and "Bob" not in eves["text"]
        assert eves["card_label"] == "团购 #1"


async def test_a_card_in_an_english_chat_is_headed_in_english(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        [card] = cards(await api.say("family", "amy", "/groupbuy Mangoes price 30 target 5"))
        [note] = cards(await api.say("family", "bob", "/note #1 So sweet"))
        assert [card["card_label"], note["card_label"]] == ["Group buy #1", "Note #1"]
