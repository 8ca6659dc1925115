"""rep82 #6: a refund taking back commission that was only held told the organiser `Bob was paid out
already and now owes ¥3`, a debt an earlier refund had made; and when a refund took back commission already
paid out, the earner's own notice never said so (only `/earnings` did). Now the organiser's answer says
what is owed only when this refund takes back money the earner could withdraw, and the earner's notice
says it was paid out to her and what she owes now."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
WORDS = {
    "zh": ("接龙 榴莲 价格 30", "佣金 50%", "分享", "截单 #1", "已收 1-{n}", "已取 1-{n}", "提现 20 微信 m8",
           "提现审核 批准 1", "提现审核 已付 1", "退款 1-{n}"),
    "en": ("/groupbuy Durian price 30", "/commission 50%", "/share", "/close #1", "/paid 1-{n}",
           "/pickedup 1-{n}", "/payout 20 wechat m8", "/payouts approve 1", "/payouts paid 1",
           "/refund 1-{n}"),
}  # fmt: skip


async def _room(lang: str) -> Chat:
    """Ann's Durian at ¥30, sharers 50%: Bob, Dan and Cat joined with Mei's code (¥15 each to Mei); all
    paid, Bob's and Dan's picked up (¥30 Mei may withdraw), Cat's not (¥15 held); Mei was paid out ¥20."""
    opened, rate, share, close, paid, picked, payout, approve, pay, _ = WORDS[lang]
    chat = fake_chat(default_language=lang, payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("ann", opened)
    await chat.say("ann", rate)
    code = CODE.search(chat.shared(await chat.say("mei", share)))
    assert code is not None
    for buyer in ("bob", "dan", "cat"):
        await chat.say(buyer, f"+1 {code.group(0)}")
    await chat.say("ann", close, private=True)
    for n in (1, 2, 3):
        await chat.say("ann", paid.format(n=n))
    for n in (1, 2):
        await chat.say("ann", picked.format(n=n))
    await chat.say("mei", payout, private=True)
    await chat.say("eve", approve, private=True)
    await chat.say("eve", pay, private=True)
    return chat


PAID_OUT = {
    "zh": ("分享人 Mei 的佣金 ¥15 已扣回。Mei 已提现过，现在欠 ¥5，之后的佣金会先抵扣。",
           "这笔佣金之前已经提现给你了，现在你欠 ¥5，会从你之后的佣金里先抵扣。"),
    "en": ("Mei's commission of ¥15 on it was taken back. Mei was paid out already and now owes ¥5; it comes "
           "off their next commission first.",
           "That commission had been paid out to you already, so you now owe ¥5; it comes off what you earn "
           "next."),
}  # fmt: skip
HELD = {
    "zh": "订单 #1-3（Cat，¥30）已标记为退款。请直接把钱退给对"
    "方。已私信告诉对方。分享人 Mei 的佣金 ¥15 已扣回。",
    "en": "Order #1-3 of Cat is marked refunded (¥30). Give the money back to them directly. They were told "
    "privately. Mei's commission of ¥15 on it was taken back.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_paid_out_commission_taken_back_is_said_to_both_held_commission_owes_nothing(lang: str) -> None:
    room = await _room(lang)
    refund = WORDS[lang][-1]
    said, hers = PAID_OUT[lang]
    first = await room.say("ann", refund.format(n=1), private=True)
    assert room.said(first).endswith(said)
    assert room.private(first)["mei"].endswith("\n" + hers)

    held = await room.say("ann", refund.format(n=3), private=True)  # Cat's: only held commission
    assert room.said(held) == HELD[lang]
    assert hers not in room.private(held)["mei"]
