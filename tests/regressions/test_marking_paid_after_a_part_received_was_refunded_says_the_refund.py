"""s38: `只收到 1-1 50`, `退款 1-1 ¥20`, then `已收 1-1`: the answer
(`订单 #1-1（Dan，¥60）已标记为已付款。`) and Dan's notice (`…的付款 ¥60`) said nothing of the ¥20 given
back. Both now say what came before, what went back and the rest this payment is; a refund of all of
it says so too."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"zh": ("接龙 粽子 20", "截单", "已收 1-1"), "en": ("/groupbuy Dumplings 20", "/close", "/paid 1-1")}
REFUND = {"zh": "退款 1-1 ¥{amount}", "en": "/refund 1-1 ¥{amount}"}
# in her words (s43-lang: a private slash command alone follows the words she typed before)
PART_PAID = {"zh": "只收到 1-1 50", "en": "/paid 1-1 50 only"}


async def _received_then_refunded(lang: str, refunded: int) -> Chat:
    room = fake_chat()
    if lang == "en":
        await room.say("amy", "/lang en")
    opened, closed, _ = OPEN[lang]
    await room.say("amy", opened)
    await room.say("dan", "+3")  # ¥60
    await room.say("amy", closed)
    await room.say("amy", PART_PAID[lang], private=True)
    await room.say("amy", REFUND[lang].format(amount=refunded), private=True)
    return room


PART = {
    "zh": ("#1-1（Dan）之前收到的 ¥50 里已退 ¥20，留下 ¥30，这次记为余下的 ¥30 也已收到，共 ¥60。",
           "之前收到的 ¥50 里已退你 ¥20，这次收到的是余下的 ¥30。"),
    "en": ("#1-1 (Dan): of the ¥50 received before, ¥20 was given back, leaving ¥30; this marks the "
           "rest (¥30) received, ¥60 in all.",
           "Of the ¥50 received before, ¥20 was given back to you; this payment is the rest, ¥30."),
}  # fmt: skip
ALL = {
    "zh": ("#1-1（Dan）之前收到的 ¥50 已全部退回，这次记为全额 ¥60 已收到。",
           "之前收到的 ¥50 已全部退给你，这次收到的是全额 ¥60。"),
    "en": ("#1-1 (Dan): the ¥50 received before was all given back; this marks the whole ¥60 received.",
           "The ¥50 received before was all given back to you; this payment is the whole ¥60."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("private", [True, False])
async def test_paid_after_a_part_refund_says_what_came_and_went_back(lang: str, private: bool) -> None:
    room = await _received_then_refunded(lang, 20)
    replies = await room.say("amy", OPEN[lang][2], private=private)
    organiser, buyer = PART[lang]
    told = room.private(replies)
    said = room.said(replies) if private else told["amy"]
    assert organiser in said
    assert buyer in told["dan"]
    assert ("¥60" in told["dan"]) and ("¥20" in told["dan"])


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_paid_after_all_of_it_was_refunded_says_so(lang: str) -> None:
    room = await _received_then_refunded(lang, 50)
    replies = await room.say("amy", OPEN[lang][2], private=True)
    organiser, buyer = ALL[lang]
    assert organiser in room.said(replies)
    assert buyer in room.private(replies)["dan"]


async def test_the_rest_typed_says_the_refund_too() -> None:
    room = await _received_then_refunded("zh", 20)
    replies = await room.say("amy", "已收 1-1 30", private=True)
    assert "#1-1（Dan）之前收到的 ¥50 里已退 ¥20，留下 ¥30，这次 ¥30，共 ¥60，已付清。" in room.said(replies)
