"""Session 17 review, finding 3: in office, where the only mango note was Ivy's `同事买过这个芒果，很香`
(it smells good), `问 芒果酸不酸`, `问 芒果甜吗`, `问 芒果甜不甜` and, in private, `芒果甜吗？` quoted it, and
`/ask are the lychees sweet?` quoted "the lychees are juicy but small": with the reranker, a note close
in meaning was quoted for a yes/no question though it does not say the quality asked. Such a question
is answered only by a note saying it in its own words; otherwise "I can't answer that" with the offer
to pass it to the organiser. Checked on words only and with the playground's reranker."""

from __future__ import annotations

from typing import cast

import pytest

from bot.rerank import E5Reranker
from handlers.app import AppConfig, ChatApp
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

# Review 31: a question about a group buy no friend's note speaks to, while notes on it exist, quotes
# them saying they do not mention it: the note is still never given as the answer
NOT_MENTIONED = ("的笔记没有提到这个，他们说过：", "do not mention that; they said:")


def unanswered(answer: str, dont_know: str) -> bool:
    """Not answered by a note: "I can't answer that", or the notes on it said not to mention it."""
    return answer.startswith(dont_know) or answer.split("\n")[0].endswith(NOT_MENTIONED)


FRIENDS_ZH = "群里的朋友说过："
FRIENDS_EN = "What friends said:"


@pytest.fixture(params=["words", "reranker"])
def family(request: pytest.FixtureRequest) -> Chat:
    reranker = cast(E5Reranker, request.getfixturevalue("e5")) if request.param == "reranker" else None
    app = ChatApp(
        uow_factory=FakeUnitOfWorkFactory(),  # type: ignore[arg-type]
        clock=FakeClock(),
        config=AppConfig(),
        values=MemorySharedState().values,
        reranker=reranker,
    )
    return Chat(app)


async def _notes(family: Chat) -> Chat:
    await family.say("amy", "接龙 海南贵妃芒 5斤 价格 88 自提 小区南门")
    await family.say("amy", "/groupbuy Lychees price 15/斤")
    await family.say("amy", "帮卖 #1 开 10%")
    await family.say("dan", "/note the lychees are juicy but small")
    office = Chat(family.app, chat_id="office")
    await office.say("dan", "帮卖 #1")
    await office.say("ivy", "种草 #1 同事买过这个芒果，很香")
    return office


async def test_a_note_that_does_not_say_the_quality_is_not_quoted(family: Chat) -> None:
    office = await _notes(family)

    for question in ("问 芒果酸不酸", "问 芒果甜吗", "问 芒果甜不甜"):
        answer = office.said(await office.say("jon", question))
        # 公司群 help-sells it (帮卖): the offer goes to its help-seller there, Dan (rep105 #2)
        offered = "这个我答不上来：团购里没有记着。要不要转给在本群帮卖的 Dan？"
        assert unanswered(answer, offered), (question, answer)
    private = office.said(await office.say("jon", "芒果甜吗？", private=True))
    assert private.startswith("你所在群的笔记里没有找到答案。"), private
    sweet = family.said(await family.say("kim", "/ask are the lychees sweet?"))
    assert unanswered(
        sweet, "I can't answer that: the group buy does not record it. Pass it to the organiser"
    )


async def test_a_note_that_says_it_is_still_quoted(family: Chat) -> None:
    office = await _notes(family)

    smell = office.said(await office.say("jon", "问 芒果香吗"))
    juicy = family.said(await family.say("kim", "/ask are the lychees juicy?"))

    assert smell.startswith(f"{FRIENDS_ZH}\n笔记 #2 Ivy：「同事买过这个芒果，很香」"), smell
    assert juicy.startswith(f"{FRIENDS_EN}\nNote #1 Dan: “the lychees are juicy but small”"), juicy
