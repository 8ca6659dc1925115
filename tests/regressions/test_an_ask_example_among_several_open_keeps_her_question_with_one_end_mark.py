"""A friend's `/ask how much?` with more group buys open than a question is answered each of was shown
`e.g. /ask #1 how much?.`: the example's sentence put its own `.` (`。`) after her `?`. (An earlier
attempt took her `?` off instead.) Her question is now kept as she typed it, her end mark included
(`？`, `!`, `。`), and the sentence adds none after it; a question with no end mark ends as before."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

_TITLES = ("赣南脐橙 10斤", "阿克苏苹果 10斤", "荔枝", "东北大米", "西湖龙井", "百花蜂蜜")
_CHOICES = " · ".join(f"#{n} {title}" for n, title in enumerate(_TITLES, 1))
_ZH = f"这个群里有 6 个团在接龙：{_CHOICES}。请带上编号，例如 "
_EN = f"6 group buys are open here: {_CHOICES}. Say which with its number, e.g. "


async def _six_open() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for title in _TITLES:
        await chat.say("amy", f"接龙 {title} 价格 59")
    return chat


@pytest.mark.parametrize(
    ("asked", "answer"),
    [
        ("问 还有吗？", _ZH + "问 #1 还有吗？"),
        ("问 多少钱。", _ZH + "问 #1 多少钱。"),
        ("问 几点取货！", _ZH + "问 #1 几点取货！"),
        ("问 多少钱", _ZH + "问 #1 多少钱。"),
        ("/ask how much?", _EN + "/ask #1 how much?"),
        ("/ask any left?", _EN + "/ask #1 any left?"),
        ("/ask when is pickup!", _EN + "/ask #1 when is pickup!"),
        ("/ask how much", _EN + "/ask #1 how much."),
    ],
    ids=[
        "zh-question",
        "zh-full-stop",
        "zh-bang",
        "zh-none",
        "en-how-much",
        "en-any-left",
        "en-bang",
        "en-none",
    ],
)
async def test_the_example_keeps_her_question_and_ends_once(asked: str, answer: str) -> None:
    chat = await _six_open()

    assert chat.said(await chat.say("cat", asked)) == answer


async def test_a_number_named_nowhere_keeps_her_question_too() -> None:
    chat = await _six_open()

    assert chat.said(await chat.say("cat", "问 #9 多少钱？")) == (
        "这个群里没有团购 #9，没有任何改动。请用卡片上的编号，例如：问 #6 多少钱？"
    )
    assert chat.said(await chat.say("cat", "/ask #9 any left?")) == (
        "There is no group buy #9 in this chat: nothing was changed. Use the number on its card, "
        "e.g. /ask #6 any left?"
    )
