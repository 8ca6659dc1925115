"""`is the durian good?` and `芒果甜吗？` sent to the bot privately were answered "I didn't understand",
though README promises any question in a private chat is answered: a private question no fact answers is
answered with what friends said in the notes of the member's groups (never another group's), else with
where to ask instead."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def said(response: dict[str, Any], chat: str) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == chat]


async def test_a_question_in_a_private_chat_is_answered_from_ones_groups_notes(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家人群", "amy", "接龙 海南贵妃芒 价格 88 截止 2小时")
        await api.say("家人群", "cat", "种草 #1 这个芒果超甜，回购三次了")
        await api.say("家人群", "bob", "种草 The durian was good and creamy")
        await api.say("邻居群", "eve", "种草 榴莲一般，芒果也很甜")  # a group dan is not in
        await api.say("家人群", "dan", "+1")

        assert said(await api.say("dan", "dan", "芒果甜吗？"), "dan") == [
            "群里的朋友说过：\n笔记 #1 Cat，关于 海南贵妃芒（#1）：「这个芒果超甜，回购三次了」\n"
            "发“笔记 编号”看全文。"
        ]
        assert said(await api.say("dan", "dan", "is the durian good?"), "dan") == [
            "What friends said:\nNote #2 Bob: “The durian was good and creamy”\n"
            "Send /note and its number to read one whole."
        ]
        [nothing] = said(await api.say("dan", "dan", "is the pizza oven hot?"), "dan")
        assert nothing.startswith("No note in your groups answers that.")
        [hint] = said(await api.say("dan", "dan", "hello"), "dan")
        assert hint.startswith("I didn't understand that.")
