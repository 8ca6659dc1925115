"""Session 14 (fl report, item 1): Amy's 荔枝 #1 sold (Bob owes ¥45, pickup 小区北门 on Saturday); her
copy #2 (再开一团 #1) failed at its deadline. Bob's `问 荔枝什么时候取` answered of #2 ("未成团，已结束：
没有取货，不收任何款项"), hiding his unpaid order and its pickup. A question naming a product is about
the group buy the asker is on or has an order of first (then an open one, then the newest), never a
failed or cancelled one she is not on."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _sold_then_a_failed_copy(language: str = "zh") -> Chat:
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language=language)
    title = "荔枝" if language == "zh" else "Lychees"
    await chat.say("amy", f"接龙 {title} 价格 15元/斤 自提 小区北门 12月5日 10:00")
    await chat.say("bob", "+3斤")
    await chat.say("amy", "截单 #1")
    await chat.say("amy", "再开一团 #1")
    clock.advance(days=2)
    await chat.app.expire(2)  # the copy fails: nobody joined it
    return chat


async def test_a_question_by_product_name_answers_of_the_askers_group_buy() -> None:
    chat = await _sold_then_a_failed_copy()

    when = chat.said(await chat.say("bob", "问 荔枝什么时候取"))
    where = chat.said(await chat.say("bob", "问 荔枝在哪取货"))
    mine = chat.private(await chat.say("bob", "问 我的荔枝订单呢"))
    other = chat.said(await chat.say("cat", "问 荔枝什么时候取"))  # on neither: the newest

    assert when == "荔枝（#1）取货：小区北门 · 12月5日 周六 10:00"
    assert where == when
    assert mine["bob"] == "你在 荔枝（#1）订了 3斤，共 ¥45，待付款（订单 #1-1）。"
    assert other == "荔枝（#2）未成团，已结束：没有取货，不收任何款项。"


async def test_with_another_group_buy_open_too() -> None:
    chat = await _sold_then_a_failed_copy()
    await chat.say("ken", "接龙 赣南脐橙 价格 30")

    when = chat.said(await chat.say("bob", "问 荔枝什么时候取"))

    assert when == "荔枝（#1）取货：小区北门 · 12月5日 周六 10:00"


async def test_in_english_too() -> None:
    chat = await _sold_then_a_failed_copy("en")

    when = chat.said(await chat.say("bob", "/ask when is the lychee pickup?"))
    mine = chat.private(await chat.say("bob", "/ask where is my lychee order"))
    other = chat.said(await chat.say("cat", "/ask when is the lychee pickup?"))

    assert when == "Lychees (#1) pickup: 小区北门 · Sat 5 Dec 10:00"
    assert "#1-1" in mine["bob"] and "¥45" in mine["bob"]
    assert (
        other == "Lychees (#2) did not reach its target and ended: there is no pickup and nobody is charged."
    )
