"""Review 51, finding 8: Mia read "…and pay it to paynow 91234567", "I've kept paynow 91234567 as your
payout account", then "…was paid to PayNow ···4567": the same account three ways. Now every message to
her names it as the payment does, the method's proper name and the account's end (`PayNow ···4567`,
`微信 ···888`): the request, the account kept, the payment; the admin's list still reads it in full.
(PayNow is paid out in an SGD shop only, rep69 #4: this shop is in S$.)"""

from __future__ import annotations

import pytest

from tests.unit.handlers.shared_durian import shared_durian

SAID = {
    "en": (
        "/payout paynow 91234567",
        "Payout #1 of S$88 requested. An admin will approve it and pay it to PayNow ···4567;",
        "Your payout #1 of S$88 was paid to PayNow ···4567.",
        "/payout 5 paynow 81239999",
        "Your payout account is now PayNow ···9999 instead of PayNow ···4567",
    ),
    "zh": (
        "提现 paynow 91234567",
        "已申请提现 #1：S$88。管理员审核后打到 PayNow ···4567，",
        "你的提现 #1（S$88）已付款，付到 PayNow ···4567。",
        "提现 5 微信 wes888",
        "收款账号已从 PayNow ···4567 改成 微信 ···888",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_payout_account_is_named_the_same_way_everywhere(lang: str) -> None:
    chat, _ = await shared_durian(lang, sharer="mia", currency="SGD")  # S$88 available
    ask, requested, paid, again, kept = SAID[lang]

    said = chat.said(await chat.say("mia", ask, private=True, language=lang))
    assert said.startswith(requested), said
    listed = chat.said(await chat.say("eve", "/payouts", private=True))
    assert "PayNow 91234567" in listed, listed  # the admin pays it: in full, its method in her words
    await chat.say("eve", "/payouts approve 1", private=True)
    told = chat.private(await chat.say("eve", "/payouts paid 1", private=True))["mia"]
    assert told == paid, told

    nothing_left = chat.said(await chat.say("mia", again, private=True, language=lang))  # ¥0 now: kept
    assert kept in nothing_left, nothing_left
