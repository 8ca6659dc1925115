"""rep38 #8: Hu's `付了50` in a group where he had no order (his unpaid ones were in another group) was
"这里没有订单 #50…", and before the close `付了50` said the same while `我已付款` said "还没截单…请截单后再
付款". 50 after 付了 / paid is an amount, never an order number (one looks like 50-1 or #50): it is answered
as `我已付款` is there: before the close, when her order comes; with no order here, that, and that the
orders she owes in another group are in 我的订单 (never named in this group). From someone who owes
nothing anywhere it is answered so only as the whole message (s28); with more words it stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OWED = {  # another group's orders are never named here (s28): they are in 我的订单, sent privately
    "zh": (
        "你在本群没有订单，没有任何改动。你在别的群还有待付款的订单：发 我的订单 查看（会私信发给你），"
        "付了就在那个群发 我已付款。"
    ),
    "en": (
        "You have no order in this chat: nothing was changed. You have unpaid orders in another chat: send "
        "/orders to see them (I send them to you privately), and once you have paid, send “I paid” there."
    ),
}
WORDS = {
    "zh": ("接龙 土鸡蛋 价格 50 成团 1", "接龙 阳光玫瑰 价格 68 截止 2小时", "截单", "我已付款", "付了50"),
    "en": (
        "/groupbuy Eggs price 50 target 1",
        "/groupbuy Grapes price 68 ends 2h",
        "/close",
        "I paid",
        "paid 50",
    ),
}


async def _owes_in_another_group(language: str) -> tuple[FakeUnitOfWorkFactory, Chat]:
    """Hu owes #1-1 (¥50) in qun2; in qun (where he has no order) Amy's #2 is open."""
    factory = FakeUnitOfWorkFactory()
    qun = fake_chat(factory)
    qun.chat_id = "qun"
    qun2 = Chat(qun.app, chat_id="qun2")
    eggs, grapes, close, _, _ = WORDS[language]
    for chat in (qun, qun2):
        await chat.say("amy", f"/lang {language}")
    await qun2.say("amy", eggs)
    await qun2.say("hu", "+1")
    await qun2.say("amy", close)
    await qun.say("amy", grapes)
    return factory, qun


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_an_amount_paid_where_she_has_no_order_names_the_one_she_owes_elsewhere(language: str) -> None:
    factory, qun = await _owes_in_another_group(language)
    *_, i_paid, paid_50 = WORDS[language]

    assert qun.said(await qun.say("hu", paid_50)) == OWED[language]
    assert qun.said(await qun.say("hu", i_paid)) == OWED[language]
    assert factory.state.orders[1].reported_paid_at is None
    # owes nothing anywhere: only the amount said, answered as `我已付款` is (s28); with more words, talk
    assert qun.said(await qun.say("kim", paid_50)) == qun.said(await qun.say("kim", i_paid))
    assert await qun.say("kim", f"{paid_50} 谢啦" if language == "zh" else f"{paid_50} thx amy!") == []


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_an_amount_paid_before_the_close_says_when_the_order_comes(language: str) -> None:
    factory, qun = await _owes_in_another_group(language)
    *_, i_paid, paid_50 = WORDS[language]
    await qun.say("hu", "+1")

    before = qun.said(await qun.say("hu", i_paid))

    assert qun.said(await qun.say("hu", paid_50)) == before
    assert before.startswith("阳光玫瑰（#2）还没截单" if language == "zh" else "Grapes (#2) is still open")
    assert factory.state.orders[1].reported_paid_at is None


async def test_an_organisers_number_after_the_words_is_still_an_order_to_confirm() -> None:
    _, qun = await _owes_in_another_group("zh")  # Amy runs #2 in qun

    said = qun.said(await qun.say("amy", "已付款 7"))

    assert said.startswith("这里没有订单 #7，没有任何改动。"), said
