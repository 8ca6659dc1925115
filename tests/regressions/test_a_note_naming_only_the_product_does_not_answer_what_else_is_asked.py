"""With 海南贵妃芒 5斤 open and a friend's note that it is sweet, `问 芒果贵吗` quoted the sweet note (贵 is
in its name, 贵妃芒) and `问 芒果酸吗` / `/ask are the mangoes sour?` quoted `芒果超甜` (naming the product
was half the question's words). A note answers a question that asks more than what friends think of the
product only when its own words say some of the rest, the product's name aside: `芒果贵吗` is answered
with the price, `芒果酸吗` with "I can't answer that"; `芒果甜吗` and `芒果好吃吗` still quote the note."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api, said_in

# Review 31: a question about a group buy no friend's note speaks to, while notes on it exist, quotes
# them saying they do not mention it: the note is still never given as the answer
NOT_MENTIONED = ("的笔记没有提到这个，他们说过：", "do not mention that; they said:")


def unanswered(answer: str, dont_know: str) -> bool:
    """Not answered by a note: "I can't answer that", or the notes on it said not to mention it."""
    return answer.startswith(dont_know) or answer.split("\n")[0].endswith(NOT_MENTIONED)


BOB = "群里的朋友说过：\n笔记 #1 Bob：「这款贵妃芒超甜，回购三次了」\n"
CAT = "群里的朋友说过：\n笔记 #1 Cat：「芒果超甜，果肉很嫩」\n"
DONT_KNOW = "这个我答不上来：团购里没有记着。"


def said(response: dict[str, Any]) -> list[str]:
    return said_in(response, "g")


async def test_a_name_inside_the_title_is_not_what_is_asked(tmp_path: Path, with_reranker: None) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
            ("bob", "+1"),
            ("bob", "种草 这款贵妃芒超甜，回购三次了"),
        ]:
            await api.say("g", user, text)

        assert said(await api.say("g", "dan", "问 芒果贵吗")) == ["海南贵妃芒 5斤（#1）：当前 ¥88/份。"]
        for question in ("问 芒果酸吗", "问 芒果新鲜吗"):
            [answer] = said(await api.say("g", "dan", question))
            assert unanswered(answer, DONT_KNOW), question
        for question in ("问 芒果甜吗", "问 甜不甜", "问 芒果好吃吗", "问 芒果怎么样"):
            [answer] = said(await api.say("g", "dan", question))
            assert answer.startswith(BOB), question


async def test_naming_the_product_alone_does_not_answer(tmp_path: Path) -> None:
    # Words only: with the reranker `芒果酸吗` and `芒果超甜，果肉很嫩` score 0.905 in meaning, over its
    # floor (0.90), as close as `葡萄怎么保存` and the note that answers it in other words (0.909).
    async with playground_api(tmp_path) as api:
        for user, text in [
            ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
            ("cat", "+1"),
            ("cat", "种草 #1 芒果超甜，果肉很嫩"),
            ("amy", "/groupbuy Mangoes 5kg price 88"),
            ("eve", "+1 #2"),
            ("eve", "/note #2 So sweet, these mangoes"),
        ]:
            await api.say("g", user, text)

        [answer] = said(await api.say("g", "dan", "问 芒果酸吗"))
        assert unanswered(answer, DONT_KNOW)
        [answer] = said(await api.say("g", "dan", "问 芒果甜吗"))
        assert answer.startswith(CAT)
        [answer] = said(await api.say("g", "dan", "/ask #2 are the mangoes sour?"))
        assert unanswered(answer, "I can't answer that: the group buy does not record it.")
        [answer] = said(await api.say("g", "dan", "/ask #2 are the mangoes sweet?"))
        assert answer.startswith("What friends said:\nNote #2 Eve: “So sweet, these mangoes”\n")
