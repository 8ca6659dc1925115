"""With only 海南贵妃芒 open, `问 荔枝甜吗` and `问 荔枝超甜吗` got `这个我答不上来：团购里没有记着。
要不要转给团长 Amy？`: a lychee question offered to the mango organiser, while `问 荔枝还有吗` was told
`本群没有「荔枝」的团购…`. An opinion question naming a product nobody sells here, that no friend's note
mentions, now gets that same answer; a friend's note on 荔枝 is still quoted (without passing the
question to the mango organiser); a question about "it" still offers the organiser."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

NO_LYCHEES = "本群没有「荔枝」的团购。进行中的是：#1 海南贵妃芒 5斤（问的时候带上团号，例如：问 #1 还有吗）。"


async def test_an_opinion_of_a_product_nobody_sells_here_says_so() -> None:
    factory = FakeUnitOfWorkFactory()
    room = fake_chat(factory)
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 2")

    for question in ("问 荔枝甜吗", "问 荔枝超甜吗", "问 荔枝还有吗"):
        assert room.said(await room.say("bob", question)) == NO_LYCHEES, question
    assert room.said(await room.say("bob", "/ask are the lychees sweet")).startswith(
        "There is no group buy of “lychees” here. Open here: #1 海南贵妃芒 5斤"
    )
    assert not factory.state.questions  # nothing was passed to Amy
    assert "转给团长 Amy" in room.said(await room.say("bob", "问 好吃吗"))  # "it": the mangoes


async def test_a_friends_note_on_the_product_is_still_quoted() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 海南贵妃芒 5斤 78 成团 2")
    await room.say("cat", "种草 上周买的荔枝超甜，核很小")

    said = room.said(await room.say("bob", "问 荔枝甜吗"))
    assert said.startswith("群里的朋友说过：\n笔记 #1 Cat：「上周买的荔枝超甜，核很小」"), said
    assert "Amy" not in said
