"""s28 review: with one group buy open, a bare `+1` that must ask which option gave an option sold out on
its own as the example (`e.g. +1 big` with big gone). The example is now an option still to be had, the
sold-out one marked 🈵 among the choices; with every option sold out, the join is told it is sold out
and how to wait, never asked which."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

EN = (
    "Which option of Zongzi (#1)? small ¥20 / big ¥30 🈵. Send it with your join, e.g. {example}, "
    "or tap its Join button."
)
ZH = "粽子（#1）要哪个规格？小盒 ¥20 / 大盒 ¥30 🈵。跟团时带上规格，例如 {example}，或点对应的跟团按钮。"


@pytest.mark.parametrize(
    ("english", "join", "example"),
    [(True, "+1", "+1 small"), (True, "+2 gate 3", "+2 small gate 3"), (False, "+1", "+1 小盒"),
     (False, "+2 3号楼", "+2 小盒 3号楼")],
)  # fmt: skip
async def test_the_example_is_an_option_still_to_be_had(english: bool, join: str, example: str) -> None:
    chat = fake_chat()
    await chat.say(
        "amy", "/groupbuy Zongzi options small:20,big:30:1" if english else "接龙 粽子 规格 小盒:20,大盒:30:1"
    )
    await chat.say("cat", "+1 big" if english else "+1 大盒")
    said = (EN if english else ZH).format(example=example)
    assert chat.said(await chat.say("bob", join)) == said


async def test_every_option_sold_out_is_said_sold_out() -> None:
    for english in (True, False):
        chat = fake_chat()
        opened = (
            "/groupbuy Zongzi options small:20:1,big:30:1"
            if english
            else "接龙 粽子 规格 小盒:20:1,大盒:30:1"
        )
        await chat.say("amy", opened)
        await chat.say("cat", "+1 big" if english else "+1 大盒")
        await chat.say("cat", "+1 small" if english else "+1 小盒")
        assert chat.said(await chat.say("bob", "+1")) == (  # a wait naming an option (rep80 #8)
            "Bob: Sorry, Zongzi is sold out. To wait for it, say which option, e.g. /waitlist big 1 "
            "(small ¥20 / big ¥30): whatever comes free goes to the first in line whose quantity fits."
            if english
            else "Bob：抱歉，粽子 已经卖完了。想候补请说要哪一种，"
            "比如发“候补 大盒 1”（小盒 ¥20 / 大盒 ¥30）：空出的数量按排队顺序，补给数量放得下的人。"
        )
