"""rep39 #6: `/cancelunpaid` named the unpaid buyers in the group ("Cancelled 5 unpaid orders …: Dee, Gil,
Hal, Ivy, Jon", the prompt too). The group now reads how many and what is freed; the names go to the
organiser privately (each buyer is told privately as before)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

UNPAID = ("bob", "cat", "dan")


async def _closed(*, english: bool = False) -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes 1kg price 78" if english else "接龙 芒果 价格 78")
    await chat.say("eve", "+2")
    for user in UNPAID:
        await chat.say(user, "+1")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("amy", "/paid 1-1" if english else "已收 1-1")  # Eve paid
    return chat


async def test_the_group_reads_how_many_and_the_organiser_whose() -> None:
    chat = await _closed()
    asked = await chat.say("amy", "取消未付款")
    assert not any(name in chat.said(asked) for name in ("Bob", "Cat", "Dan"))
    assert chat.said(asked).startswith("将取消 芒果（#1）的 3 个未付款订单，空出 3 份。")
    listed = "芒果（#1）的 3 个未付款订单（群里只说了数量）：#1-2 Bob、#1-3 Cat、#1-4 Dan"
    assert chat.private(asked) == {"amy": listed}
    done = await chat.say("amy", "取消未付款 #1 确认")
    assert chat.said(done) == (
        "已取消 芒果（#1）的 3 个未付款订单，空出 3 份。"
        "不再计入待收款，已私信告诉各位买家，名单已私信发给你。"
    )
    told = chat.private(done)
    assert told["amy"] == listed
    assert sorted(told) == ["amy", *UNPAID]


async def test_in_english() -> None:
    chat = await _closed(english=True)
    asked = await chat.say("amy", "/cancelunpaid")
    assert not any(name in chat.said(asked) for name in ("Bob", "Cat", "Dan"))
    done = await chat.say("amy", "/cancelunpaid 1 confirm")
    assert chat.said(done) == (
        "Cancelled 3 unpaid orders of Mangoes 1kg (#1), freeing 3 units. They are no longer owed; each "
        "buyer was "
        "told privately and you were sent the names."
    )
    assert chat.private(done)["amy"] == (
        "Mangoes 1kg (#1): the 3 unpaid orders (the group was told only how many): "
        "#1-2 Bob, #1-3 Cat, #1-4 Dan"
    )
