"""Review 26 (12): Wes, a buyer, sent `已提货` in his private chat with the bot and was answered
with the organiser's form "请这样写：已取货 12-3（订单编号）或 已取 @名字", which he cannot use;
`已收` likewise. A member who organises nothing is told that only the organiser marks it, and
what he can do: show his pickup code (his paid order's, else that 我的订单 shows it once paid),
or tell her he paid (`我已付款 1-2`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _bob_paid_cat_owes(english: bool = False) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("amy", "/lang en")
    for user, text in [
        ("amy", "接龙 芒果 价格 68"),
        ("bob", "+1"),
        ("cat", "+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1"),
    ]:
        await chat.say(user, text)
    return chat


async def _code(chat: Chat) -> str:
    mine = chat.said(await chat.say("bob", "我的订单", private=True))
    return mine.split("取货码 ")[1][:4]


async def test_a_buyers_picked_up_in_private_gives_his_pickup_code() -> None:
    chat = await _bob_paid_cat_owes()
    code = await _code(chat)

    for text in ("已提货", "已取", "已取 1-1"):
        assert chat.said(await chat.say("bob", text, private=True)) == (
            f"只有团长可以标记已取货，没有任何改动。取货时把取货码给团长看：#1-1 {code}（订单号 取货码）。"
        )
    assert chat.said(await chat.say("cat", "已取货", private=True)) == (
        "只有团长可以标记已取货，没有任何改动。团长确认你付款后，发“我的订单”就能看到取货码，取货时给团长看。"
    )


async def test_a_buyers_paid_in_private_says_how_to_report_paying() -> None:
    chat = await _bob_paid_cat_owes()

    assert chat.said(await chat.say("cat", "已收", private=True)) == (
        "只有团长可以确认收款，没有任何改动。你付了款请发“我已付款 1-2”告诉团长。"
    )
    assert chat.said(await chat.say("dan", "已收 1-1", private=True)) == (
        "只有团长可以确认收款，没有任何改动。你没有待付款的订单（发“我的订单”可查看）。"
    )


async def test_in_english_too() -> None:
    chat = await _bob_paid_cat_owes(english=True)

    assert chat.said(await chat.say("cat", "/pickedup", private=True)) == (
        "Only the organiser marks pickups; nothing was changed. Once the organiser confirms your payment, "
        "/orders shows your pickup code: show it at pickup."
    )
    assert chat.said(await chat.say("cat", "/paid", private=True)) == (
        "Only the organiser confirms payments; nothing was changed. If you paid, tell the organiser with "
        "/ipaid 1-2."
    )
    said = chat.said(await chat.say("bob", "/pickedup", private=True))
    assert said.startswith(
        "Only the organiser marks pickups; nothing was changed. At pickup, show the organiser"
    )
    assert "#1-1 " in said


async def test_the_organiser_still_gets_her_form() -> None:
    chat = await _bob_paid_cat_owes()

    assert (
        chat.said(await chat.say("amy", "已取", private=True))
        == "请这样写：已取货 1-1（订单编号）或 已取 @名字"  # Bob's, paid: one she could mark
    )
