"""rep52 #5: `/helper #2 @Max` answered "Max can now take pickup codes…" in Lisa's group, where Max is
no member, and Max's private chat got nothing. Before that, Max's `/pickedup @Kim` in his help-selling
group said a pickup helper takes codes instead, and his `/pickupcode 2228` then said only the organiser
or a helper can: neither said to ask Lisa for `/helper #2 @Max`.

Now the helper is told privately what he can do, for which group buy and how, and the answer says he was
told; a help-seller who is no helper is told, in one line, to ask the organiser (named) for it."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def sold(lang: str) -> tuple[Chat, Chat]:
    """Amy's bread #1, Bob help-selling it in `street`, Cat and Ivy joined, closed, both paid."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    if lang == "en":
        family.admins, street.admins = {"amy"}, {"bob"}
        await family.say("amy", "/lang en")
        await street.say("bob", "/lang en")
        street.admins = set()  # a group's admin takes codes there: Bob is only its help-seller
        steps = ["/groupbuy Bread price 10", "/helpsell on 10%", "/helpsell #1", "/close", "/paid 1-1 1-2"]
    else:
        steps = ["接龙 面包 价格 10", "帮卖 开 10%", "帮卖 #1", "截单", "已收 1-1 1-2"]
    opening, rate, listing, close, paid = steps
    await family.say("amy", opening)
    await family.say("amy", rate)
    await family.say("cat", "+1")
    await street.say("bob", listing)
    await street.say("ivy", "+1")
    await family.say("amy", close)
    await family.say("amy", paid)
    return family, street


async def test_the_helper_is_told_privately_and_the_answer_says_so() -> None:
    family, _ = await sold("zh")

    replies = await family.say("amy", "设置帮手 #1 @Bob")

    assert Chat.said(replies).endswith("\n已私信告诉对方。")
    assert Chat.private(replies)["bob"] == (
        "Amy 把你设为 面包（#1）的核销帮手。买家给你看取货码时，在团购群或这里发 核销 和取货码"
        "（例如 核销 4827），订单就记为已取货。"
    )


async def test_the_helper_is_told_in_english() -> None:
    family, _ = await sold("en")

    replies = await family.say("amy", "/helper #1 @Bob")

    assert Chat.said(replies).endswith("\nTold them privately.")
    assert Chat.private(replies)["bob"] == (
        "Amy named you a pickup helper for Bread (#1). When a buyer shows you their pickup code, send"
        " /pickupcode and the code (e.g. /pickupcode 4827) in its group or here: their order is marked"
        " picked up."
    )


async def test_a_help_seller_who_is_no_helper_is_told_whom_to_ask() -> None:
    _, street = await sold("zh")
    ask = (
        "只有团长（Amy）或团长指定的核销帮手才能给 面包（#1）的订单办取货，没有任何改动。"
        "请 Amy 发 设置帮手 #1 @Bob，之后用 核销 4827 收买家的取货码。"
    )

    assert Chat.said(await street.say("bob", "已提货 @Ivy")) == ask
    assert Chat.said(await street.say("bob", "核销 2228")) == ask


async def test_a_help_seller_who_is_no_helper_is_told_whom_to_ask_in_english() -> None:
    _, street = await sold("en")
    ask = (
        "Only the organiser (Amy) or a pickup helper they named hands over orders of Bread (#1): nothing"
        " was changed. Ask Amy to send /helper #1 @Bob; then take each buyer's pickup code with"
        " /pickupcode 4827."
    )

    assert Chat.said(await street.say("bob", "/pickedup @Ivy")) == ask
    assert Chat.said(await street.say("bob", "/pickupcode 2228")) == ask
