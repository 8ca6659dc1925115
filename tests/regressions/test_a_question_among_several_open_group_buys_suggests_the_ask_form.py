"""`问 还有吗` with two group buys open answered "请带上编号，例如 +1 #3、-1 #3、进度 #3": the join
example, which joins or leaves when copied. A question is now shown how to ask with a number (with
more open than are answered each in a line: `handlers.ask.EACH_OPEN`)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

_TITLES = ("赣南脐橙 10斤", "阿克苏苹果 10斤", "荔枝", "东北大米", "西湖龙井", "百花蜂蜜")
_CHOICES = " · ".join(f"#{n} {title}" for n, title in enumerate(_TITLES, 1))


async def test_a_question_among_several_open_group_buys_suggests_the_ask_form() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for title in _TITLES:
        await chat.say("amy", f"接龙 {title} 价格 59")

    zh = chat.said(await chat.say("cat", "问 还有吗"))
    assert zh == f"这个群里有 6 个团在接龙：{_CHOICES}。请带上编号，例如 问 #1 还有吗。"
    en = chat.said(await chat.say("cat", "/ask how much?"))
    assert en == f"6 group buys are open here: {_CHOICES}. Say which with its number, e.g. /ask #1 how much?"
