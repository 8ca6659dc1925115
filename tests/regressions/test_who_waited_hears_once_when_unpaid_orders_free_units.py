"""rep37 finding 6: Pat and Eve waited (候补) for 2 each and were told at the close "已截单，你候补的 2 份这次
没有补上"; when the organiser then cancelled 6 unpaid orders nobody told them. Nobody moves in after a close
(README: a closed group buy takes nobody more), so those who waited are told privately, once, how many
came free and to ask the organiser; her answer names them and how to serve them (再开一团)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed_with_a_wait(*, english: bool = False) -> tuple[Chat, list[str]]:
    """芒果 (stock 3) sold out to Bob, Cat, Dan; Eve waited for 2; closed: what Eve was told then."""
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Mangoes price 78 stock 3" if english else "接龙 芒果 价格 78 库存 3")
    for user in ("bob", "cat", "dan"):
        await chat.say(user, "+1")
    await chat.say("eve", "/waitlist 2" if english else "候补 2")
    closed = await chat.say("amy", "/close" if english else "截单")
    return chat, [reply.text for reply in closed if reply.private_to == "eve"]


async def test_who_waited_is_told_once_what_came_free() -> None:
    chat, at_close = await _closed_with_a_wait()
    assert at_close == ["芒果（#1）已截单，你候补的 2 份这次没有补上。"]
    await chat.say("bob", "我已付款")  # Bob's is kept
    replies = await chat.say("amy", "取消未付款 确认")
    assert chat.said(replies).endswith(
        "截单时候补的 Eve ×2 已私信告知空出的数量（截单后不会自动补上；要给他们可以 再开一团 #1）。"
    )
    assert chat.private(replies)["eve"] == (
        "芒果（#1）截单后有未付款订单取消，空出了 2 份。你截单时候补 2 份；已截单的团不会自动补上，"
        "还想要的话请直接联系团长 Amy。"
    )
    await chat.say("amy", "未收到 1-1")  # Bob's report turned down: his order is unpaid again
    again = await chat.say("amy", "取消未付款 确认")
    assert "eve" not in chat.private(again)  # once
    assert "候补" not in chat.said(again)


async def test_in_english() -> None:
    chat, at_close = await _closed_with_a_wait(english=True)
    assert at_close == ["Mangoes (#1) closed and your wait for 2 did not get in this time."]
    replies = await chat.say("amy", "/cancelunpaid 1 confirm")
    assert chat.private(replies)["eve"] == (
        "Unpaid orders of Mangoes (#1) were cancelled after the close: 3 came free. You were waiting for 2 "
        "at the close; nobody moves in once it has closed, so if you still want them, please contact the "
        "organiser, Amy."
    )
    assert chat.said(replies).endswith(
        " Told privately what came free, as they waited at the close: Eve ×2 (nobody moves in after the "
        "close; to serve them, /copy 1)."
    )


async def test_nobody_waited_nothing_said() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    replies = await chat.say("amy", "取消未付款 确认")
    assert sorted(chat.private(replies)) == ["amy", "bob"]  # Amy: whose they were
    assert "候补" not in chat.said(replies)
