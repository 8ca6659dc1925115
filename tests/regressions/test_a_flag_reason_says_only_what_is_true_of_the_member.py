"""Review 26, finding 13: Wes's note was queued "an account with this one note" though he had two
notes in another group, and "raves about something they never bought" though he had bought it (an
order later refunded). The single-note reason now says what it counts, their only note in this group
in 30 days; and a refunded order is no purchase behind a rave (a ✅ needs a paid order kept), which the
reason says: no paid order of it, a refunded one not counting."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def queued(language: str, opening: str, note: str, flags: str) -> str:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=language)
    chat.admins = {"eve"}
    elsewhere = Chat(chat.app, chat_id="neighbours")
    await elsewhere.say("wes", "种草 去年的荔枝很好吃")
    await elsewhere.say("wes", "种草 小区门口的面包店不错")
    await chat.say("amy", opening)
    await chat.say("wes", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/refund 1-1")
    await chat.say("wes", note)
    queue = chat.private(await chat.say("eve", flags))["eve"].splitlines()
    assert len(queue) == 3, queue
    return queue[1]


async def test_the_reasons_say_only_note_here_and_that_a_refund_does_not_count() -> None:
    line = await queued("zh", "接龙 榴莲 价格 88", "种草 #1 买过了，强烈推荐！私聊我 13800138000", "待审笔记")

    assert line.startswith("#3 Wes：“买过了，强烈推荐！私聊我 13800138000”")
    assert line.endswith(
        "——没有这件商品的已付订单（已退款的不算）却极力推荐、30 天内在本群只发过这一条笔记、"
        "留联系方式拉人私下交易（微信、手机号、“私聊我”）"
    )


async def test_in_english_too() -> None:
    line = await queued(
        "en", "/groupbuy Durian price 88", "/note #1 I bought these, highly recommend! DM me", "/flags"
    )

    assert line.startswith("#3 Wes: “I bought these, highly recommend! DM me”")
    assert line.endswith(
        ": raves about it with no paid order of it (a refunded one does not count), their only note in "
        'this group in 30 days, offers a contact to buy through elsewhere (a handle, a number, "DM me")'
    )
