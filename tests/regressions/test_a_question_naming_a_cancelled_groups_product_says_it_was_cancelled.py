"""Session 14 (fl report, item 9): Eve was on Ken's 东北大米 #1, which he cancelled. `问 我的大米订单呢` and
`问 大米什么时候到` said "已经结束了，没有成交", never that it was cancelled and nobody is charged (as
`问 #1` does); with other group buys open (none selling rice), `问 大米还有吗` asked which of them. Now
it says it was cancelled (已取消, nobody charged), and that no open group buy sells 大米."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _rice_cancelled(language: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=language)
    title = "东北大米 10斤" if language == "zh" else "Northeast rice 10kg"
    await chat.say("ken", f"接龙 {title} 价格 59")
    await chat.say("eve", "+1")
    await chat.say("ken", "取消 #1 确认")
    return chat


async def test_a_question_naming_a_cancelled_groups_product_says_it_was_cancelled() -> None:
    chat = await _rice_cancelled()

    mine = chat.private(await chat.say("eve", "问 我的大米订单呢"))
    when = chat.said(await chat.say("eve", "问 大米什么时候到"))
    await chat.say("amy", "接龙 赣南脐橙 价格 30")
    await chat.say("amy", "接龙 芒果 价格 30")
    left = chat.said(await chat.say("cat", "问 大米还有吗"))

    assert mine["eve"] == "东北大米 10斤（#1）已取消：不成团，没有取货，不收任何款项。"
    assert when.startswith("本群开过 东北大米 10斤（#1），已取消：没有取货，不收任何款项。")
    assert left == (
        "本群开过 东北大米 10斤（#1），已取消：没有取货，不收任何款项。现在没有卖「大米」的团，"
        "进行中的是：#2 赣南脐橙 · #3 芒果（问的时候带上团号，例如：问 #2 还有吗）。"
    )


async def test_in_english_too() -> None:
    chat = await _rice_cancelled("en")

    mine = chat.private(await chat.say("eve", "/ask where is my rice order"))
    await chat.say("amy", "/groupbuy Oranges price 30")
    await chat.say("amy", "/groupbuy Mangoes price 30")
    left = chat.said(await chat.say("cat", "/ask any rice left?"))

    assert mine["eve"] == "Northeast rice 10kg (#1) was cancelled: there is no pickup and nobody is charged."
    assert left == (
        "Northeast rice 10kg (#1) ran here and was cancelled: there is no pickup and nobody is charged. "
        "No group buy open here sells “rice”. Open here: #2 Oranges · #3 Mangoes "
        "(name one by its number, e.g. /ask #2 any left?)."
    )
