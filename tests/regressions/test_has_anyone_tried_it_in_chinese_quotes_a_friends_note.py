"""With 海南贵妃芒 5斤 open and Bob's note `这款贵妃芒超甜，回购三次了` on it, `问 有人买过芒果吗` and
`问 有人吃过芒果吗` got "这个我答不上来：团购里没有记着", while `问 芒果好吃吗` quoted Bob (and English
`/ask anyone tried the avocados?` a friend's note on them): 买过, 吃过 (cut by the search into 吃 and
过) were read as what the question is about. Has anyone tried, bought, used or eaten it, in Chinese,
asks what friends think of the product, as `anyone tried …` does, and is answered with a friend's note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api, said_in

BOB = "群里的朋友说过：\n笔记 #1 Bob：「这款贵妃芒超甜，回购三次了」\n"
DONT_KNOW = "这个我答不上来：团购里没有记着。"


def said(response: dict[str, Any]) -> list[str]:
    return said_in(response, "g")


async def test_has_anyone_tried_it_in_chinese_quotes_a_friends_note(
    tmp_path: Path, with_reranker: None
) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
            ("bob", "+1"),
            ("bob", "种草 这款贵妃芒超甜，回购三次了"),
        ]:
            await api.say("g", user, text)

        for question in (
            "问 有人买过芒果吗",
            "问 有人吃过芒果吗",
            "问 有人用过芒果吗",
            "问 有人试过芒果吗",
            "问 有没有人吃过芒果",
            "问 芒果有人买过吗",
            "问 谁买过芒果",
            "@tuan_bot 有人买过这个芒果吗？",
            "问 有人买过吗",
            "问 芒果值得买吗",
            "问 芒果靠谱吗",
            "问 芒果好吃吗",
        ):
            [answer] = said(await api.say("g", "dan", question))
            assert answer.startswith(BOB), question
        for question in ("问 有人买过荔枝吗", "问 谁吃过榴莲"):  # another fruit: not Bob's mangoes
            [answer] = said(await api.say("g", "dan", question))
            assert not answer.startswith(BOB), question
