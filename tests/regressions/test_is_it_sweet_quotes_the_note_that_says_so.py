"""Cat's verified note on the mangoes says "So sweet and juicy" (`芒果超甜，果肉很嫩`). With the playground's
reranker `/ask is it sweet` and `/ask are they juicy?` got "I can't answer that": a short question's
meaning scored just under the floor though the note says the very word asked; and with or without it
`/ask are they good?` and `问 好吃吗` (what friends think of "it", naming nothing) found no note at all.
A note saying every word asked is quoted however the question scores in meaning, and a question asking
only what friends think of "it" is answered with the notes on the chat's one open group buy (and on the
one it was opened again from)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api, said_in

CAT_EN = "What friends said:\nNote #1 ✅ Cat: “So sweet and juicy, my third time buying these mangoes”\n"
CAT_ZH = "群里的朋友说过：\n笔记 #1 ✅ Cat：「芒果超甜，果肉很嫩，回购第三次了」\n"
DONT_KNOW = "I can't answer that: the group buy does not record it."


def said(response: dict[str, Any]) -> list[str]:
    return said_in(response, "g")


async def test_is_it_sweet_quotes_the_note_that_says_so(tmp_path: Path, with_reranker: None) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "/groupbuy Mangoes 5kg price 88"),
            ("cat", "+1"),
            ("amy", "/close"),
            ("amy", "/paid 1-1"),
            ("amy", "/copy #1"),
            ("cat", "/note #1 So sweet and juicy, my third time buying these mangoes"),
        ]:
            await api.say("g", user, text)

        for question in (
            "/ask is it sweet",
            "/ask are they sweet?",
            "@tuan_bot are they sweet?",
            "/ask are they juicy?",
            "/ask are they good?",
        ):
            [answer] = said(await api.say("g", "dan", question))
            assert answer.startswith(CAT_EN), question
        for question in ("/ask are they sour?", "/ask is the wifi fast?"):
            [answer] = said(await api.say("g", "dan", question))
            assert answer.startswith(DONT_KNOW), question
        # a product nobody sells here is said so, never answered with the mango note
        [answer] = said(await api.say("g", "dan", "/ask are the lychees sweet?"))
        assert answer.startswith("There is no group buy of “lychees” here."), answer


async def test_tian_ma_quotes_the_note_that_says_so(tmp_path: Path, with_reranker: None) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
            ("cat", "+1"),
            ("amy", "截单"),
            ("amy", "已收 1-1"),
            ("amy", "再开一团 #1"),
            ("cat", "种草 #1 芒果超甜，果肉很嫩，回购第三次了"),
        ]:
            await api.say("g", user, text)

        for question in (
            "问 甜不甜",
            "问 甜吗",
            "问 芒果甜吗",
            "请问芒果甜吗",
            "@tuan_bot 芒果甜吗？",
            "问 好吃吗",
        ):
            [answer] = said(await api.say("g", "dan", question))
            assert answer.startswith(CAT_ZH), question
        for question in ("问 电梯什么时候能修好", "问 新鲜吗"):
            [answer] = said(await api.say("g", "dan", question))
            assert answer.startswith("这个我答不上来"), question
        [answer] = said(await api.say("g", "dan", "问 荔枝甜吗"))
        assert answer.startswith("本群没有「荔枝」的团购。"), answer
