"""rep92 #9: on storage (the playground, production) the question which option of the only group buy
open here listed an option sold out on its own with no 🈵 (`pork ¥20 / veg ¥18`: the chat's open group
buys are read without what each option sold), so `pork` was tried and refused; and the which-group-buy
question's example for one holding the sold-out option was that option (`+1 #1 pork`). The question now
marks it 🈵 and never offers it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api


def _said(answer: dict[str, Any]) -> list[str]:
    return [reply["text"] for reply in answer["replies"] if reply["text"] and not reply["card_of"]]


async def test_the_which_option_question_marks_the_sold_out_option(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("nb", "amy", "/lang en")
        await api.say("nb", "amy", "/groupbuy Dumplings options pork:20:3,veg:18 limit 3 ends tomorrow 20:00")
        await api.say("nb", "cat", "+2 pork")
        await api.say("nb", "eve", "+1 pork")

        asked = _said(await api.say("nb", "quinn", "+1"))
        too = _said(await api.say("nb", "quinn", "me too"))

        said = (
            "Which option of Dumplings (#1)? pork ¥20 🈵 / veg ¥18. Send it with your join, e.g. +1 veg, "
            "or tap its Join button."
        )
        assert asked == [said]
        assert too == [said]


async def test_in_chinese_the_question_marks_it_too(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("fam2", "李姐", "接龙 月饼 规格 大盒:98:2,小盒:58 限购 2 截止 明晚8点")
        await api.say("fam2", "阿May", "+1 大盒")
        await api.say("fam2", "小美", "+1 大盒")

        said = _said(await api.say("fam2", "老陈", "我也要"))

        assert said == [
            "月饼（#1）要哪个规格？大盒 ¥98 🈵 / 小盒 ¥58。跟团时带上规格，例如 +1 小盒，或点对应的跟团按钮。"
        ]


async def test_the_which_one_example_is_never_the_sold_out_option_she_holds(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("nb", "amy", "/lang en")
        await api.say("nb", "amy", "/groupbuy Dumplings options pork:20:3,veg:18 limit 3 ends tomorrow 20:00")
        await api.say("nb", "amy", "/groupbuy Cookies price 12 stock 5 limit 2 ends tomorrow 20:00")
        await api.say("nb", "cat", "+2 #1 pork")
        await api.say("nb", "eve", "+1 #1 pork")

        said = _said(await api.say("nb", "cat", "me too"))

        assert said == [
            "2 group buys are open here: #1 Dumplings (you have 2) · #2 Cookies. Nothing was added: say "
            "which with its number (Dumplings: +1 #1 veg; Cookies: +1 #2), or reply with its number or name. "
            "Sold out: #1 Dumplings pork."
        ]
