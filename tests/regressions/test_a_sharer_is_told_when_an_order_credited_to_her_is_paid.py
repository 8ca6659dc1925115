"""Review 35, finding 8: sharers were told their losses (a refund's clawback) but never a gain: after
`已收 1-3 1-5 1-8` Bob, Cat and Lin heard nothing. Now whoever an order paid credits (a sharer, a
help-seller) is told privately, once, in her own language, through the outbox with the payment:
`Jo 付款了：你赚了 ¥15.60 佣金…待入账：Jo 提货后即可提现，最晚…`; a repeated 已收 tells nothing
again; a sharer the loop rule refuses (the buyer brought her first) is told why in one line."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from commerce.domain.payments import sign_order_reference
from handlers import outbox
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 芒果 价格 156", "佣金 10%", "分享", "截单", "已收"),
    "en": ("/groupbuy Mangoes price 156", "/commission 10%", "/share", "/close", "/paid"),
}
EARNED = {
    "zh": "Jo 付款了：你赚了 ¥15.60 佣金（芒果 订单 #1-1），待入账："
    "Jo 提货后即可提现，最晚 11月30日 周一 12:00 可提现。"
    "\n收益明细发“我的收益”查看。",
    "en": "Jo paid: you earned ¥15.60 commission on order #1-1 "
    "of Mangoes. It is held until Jo picks it up, or "
    "Mon 30 Nov 12:00 at the latest; then it is yours to withdraw.\n"
    "Your earnings: /earnings",
}
LOOP = {
    "zh": "Ned 付款了（芒果 订单 #1-2）：这单不给你记佣金，因为你先通过 Ned 的分享跟了 芒果（#1），"
    "佣金不能互相返。",
    "en": "Ned paid (order #1-2 of Mangoes): it earns you no commission, as you joined Mangoes (#1) "
    "through Ned's share first, and commission never goes both ways.",
}


def _to(replies: Sequence[Reply], member: str) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == member]


async def _code(chat: Chat, member: str, lang: str) -> str:
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say(member, WORDS[lang][2], language=lang)))
    assert found is not None
    return found.group(0)


async def _opened(lang: str, **config: object) -> Chat:
    clock = config.pop("clock", None) or FakeClock()
    chat = fake_chat(clock=clock, default_language=lang, **config)  # type: ignore[arg-type]
    await chat.say("amy", WORDS[lang][0], language=lang)
    await chat.say("amy", WORDS[lang][1], language=lang)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_bob_is_told_once_when_jo_pays(lang: str) -> None:
    chat = await _opened(lang)
    await chat.say("jo", f"+1 {await _code(chat, 'bob', lang)}", private=True, language=lang)
    await chat.say("amy", WORDS[lang][3], language=lang)

    replies = await chat.say("amy", f"{WORDS[lang][4]} 1-1", language=lang)

    assert _to(replies, "bob") == [EARNED[lang]]
    again = await chat.say("amy", f"{WORDS[lang][4]} 1-1", language=lang)
    assert _to(again, "bob") == []


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_sharer_the_loop_rule_refuses_is_told_why(lang: str) -> None:
    clock = FakeClock()
    chat = await _opened(lang, clock=clock)
    await chat.say("may", f"+1 {await _code(chat, 'ned', lang)}", language=lang)  # Ned brought May
    clock.advance(hours=1)
    await chat.say("ned", f"+1 {await _code(chat, 'may', lang)}", language=lang)
    await chat.say("amy", WORDS[lang][3], language=lang)

    replies = await chat.say("amy", f"{WORDS[lang][4]} 1-2", language=lang)

    assert _to(replies, "may") == [LOOP[lang]]
    assert _to(replies, "ned")[0].startswith(("Amy", "Payment"))  # his own receipt only
    assert len(_to(replies, "ned")) == 1


async def test_it_goes_out_through_the_outbox_with_the_payment() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _opened("zh", factory=factory, outbox_platform="test")
    await chat.say("jo", f"+1 {await _code(chat, 'bob', 'zh')}", private=True)
    await chat.say("amy", "截单")
    before = len(factory.state.outbox)

    await chat.say("amy", "已收 1-1")

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    assert [row.text for row in rows if row.private_to == "bob"] == [EARNED["zh"]]


async def test_a_payment_made_at_checkout_tells_her_too() -> None:
    chat = fake_chat(default_language="en", payment_secret="secret")
    await chat.say("amy", "/groupbuy Jars price 50⭐")
    await chat.say("amy", "/commission 10%")
    await chat.say("jo", f"+1 {await _code(chat, 'bob', 'en')}", private=True)
    await chat.say("amy", "/close")

    replies = await chat.app.checkout.payment_succeeded(
        Request(platform="test", chat_id="jo", user_id="jo", display_name="Jo", chat_kind=ChatKind.PRIVATE),
        payload=sign_order_reference(1, "secret"),
        currency="XTR",
        total_amount=50,
        charge_id="charge-1",
        provider_charge_id="",
    )

    assert _to(replies, "bob") == [
        "Jo paid: you earned 5⭐ commission on order #1-1 of "
        "Jars. It is held until Jo picks it up, or Mon 30 Nov "
        "12:00 at the latest; then it is yours to withdraw.\nYour earnings: /earnings"
    ]
