"""Session 41 (s40 noticed, "Joins and pastes"): on a sold-out group buy (limit 3), Kay holding 2 sending
`+2` was told "还能再要 1 份" and Bob's `+4` "最多发 +3": there was none to have. Over the limit with nothing
left she is told it is sold out and how to wait, the wait never past her limit; another option's example
never past it either."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, chat_in, fake_chat

WAIT = "{name}：抱歉，月饼 已经卖完了。想候补请发“候补 {n}”：空出的数量按排队顺序，补给数量放得下的人。"


async def _sold_out() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10 库存 4 限购 3")
    await chat.say("amy", "+2")
    await chat.say("kay", "+2")
    return chat


async def test_over_her_limit_on_a_sold_out_buy_is_told_it_is_sold_out() -> None:
    chat = await _sold_out()

    reply = chat.said(await chat.say("kay", "+2"))

    assert reply == WAIT.format(name="Kay", n=1)
    card = await chat.card()
    assert "1. Amy ×2" in card and "2. Kay ×2" in card and "3." not in card


async def test_a_first_join_over_the_limit_is_told_it_is_sold_out_and_a_wait_within_it() -> None:
    chat = await _sold_out()

    reply = chat.said(await chat.say("bob", "+4"))

    assert reply == WAIT.format(name="Bob", n=3)
    assert "Bob" not in await chat.card()


async def test_in_english() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Tea price 5 stock 3 limit 3")
    await chat.say("bo", "+3")

    reply = chat.said(await chat.say("cy", "+4"))

    assert reply == (
        "Cy: Sorry, Tea is sold out. To wait for it, send /waitlist 3: whatever comes free goes to the first "
        "in line whose quantity fits."
    )
    assert "Cy" not in await chat.card()


async def test_a_sold_out_options_other_option_is_offered_within_the_limit() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8:2,咸蛋黄:9 限购 3")
    await chat.say("amy", "+2 豆沙")

    reply = chat.said(await chat.say("kay", "+4 豆沙"))

    assert reply.startswith("Kay：抱歉，月饼 豆沙 已经卖完了。想候补请发“候补 豆沙 2”"), reply
    assert reply.endswith("还有 咸蛋黄 可以跟，例如 +3 咸蛋黄。"), reply
    assert "Kay" not in await chat.card()


async def test_at_her_limit_on_a_sold_out_buy_is_told_the_limit() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10 库存 3 限购 3")
    await chat.say("kay", "+3")

    reply = chat.said(await chat.say("kay", "+1"))

    assert "限购 3 份" in reply and "不能再要了" in reply, reply
    assert "1. Kay ×3" in await chat.card()
