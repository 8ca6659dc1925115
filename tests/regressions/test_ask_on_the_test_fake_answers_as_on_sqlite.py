"""The unit tests' in-memory note search (tests/fake_digest.py) split a search on spaces and matched its
pieces inside a note's text, where SQLite cuts both into words with jieba: `/ask are they good?`, `问 甜不甜`
and `问 芒果甜吗` quoted Cat's note on SQLite (the playground) but not on the fake, so a unit test of Ask
could pass or fail for the wrong reason. The fake cuts words as storage.segment does: each question gets
the same answer on both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import fake_chat

SETUP = [
    ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
    ("cat", "+1"),
    ("amy", "截单"),
    ("amy", "已收 1-1"),
    ("amy", "再开一团 #1"),
    ("cat", "种草 #1 芒果超甜，果肉很嫩，回购第三次了"),
    ("eve", "/note #2 So sweet and juicy, these mangoes"),
]
CAT = "群里的朋友说过：\n笔记 #1 ✅ Cat：「芒果超甜，果肉很嫩，回购第三次了」\n"
EVE = "Note #2 Eve: “So sweet and juicy, these mangoes”\n"
CAT_EN = "What friends said:\nNote #1 ✅ Cat: “芒果超甜，果肉很嫩，回购第三次了”\n"
ASKED = {
    "/ask are they good?": CAT_EN + EVE,
    "/ask are the mangoes sweet?": CAT_EN + EVE,  # 超甜 says sweet (`qualities`)
    "问 甜不甜": CAT,
    "问 芒果甜吗": CAT,
    "问 有人买过芒果吗": CAT,
    "问 荔枝甜吗": "本群没有「荔枝」的团购。",  # nobody sells 荔枝 here: said so, as for 荔枝还有吗
}


def said(response: dict[str, Any]) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"] and not r["card_of"] and r["chat"] == "g"]


async def test_ask_on_the_test_fake_answers_as_on_sqlite(tmp_path: Path) -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), bot_username="tuan_bot")
    for user, text in SETUP:
        await room.say(user, text)
    on_the_fake = {question: room.said(await room.say("dan", question)) for question in ASKED}

    async with playground_api(tmp_path) as api:
        for user, text in SETUP:
            await api.say("g", user, text)
        on_sqlite = {question: said(await api.say("g", "dan", question))[0] for question in ASKED}

    for question, start in ASKED.items():
        assert on_sqlite[question].startswith(start), (question, on_sqlite[question])
        assert on_the_fake[question] == on_sqlite[question], question
