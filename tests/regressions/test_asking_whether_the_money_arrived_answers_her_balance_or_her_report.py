"""rep66 findings 7 and 8: `钱到了吗` was answered about notes (`你所在群的笔记里没有找到答案…`) unless a
payout had been asked for: from Tom with ¥10 to withdraw and no request, and from Bob whose payment
report waited. Now one with commission and no payout is told she has not asked and how much she may
(`你还没有申请提现：可提现 ¥44，发“提现”申请。`), a buyer with a report waiting is told its state. Asked in
the group it was silence: now hers is sent privately and the group reads `Cat，已私信回复你。`; one with
none of these stays unanswered there (talk)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, cat_earned_half_of_bobs_durian


async def _earned(lang: str) -> Chat:
    chat = await cat_earned_half_of_bobs_durian(lang, "dan")
    await chat.say("dan", "/ipaid 1-2")
    return chat


async def test_commission_without_a_payout_and_a_report_waiting_are_answered_in_private() -> None:
    chat = await _earned("zh")

    sharer = Chat.said(await chat.say("cat", "钱到了吗", private=True))
    buyer = Chat.said(await chat.say("dan", "钱到了吗", private=True))

    assert sharer == "你还没有申请提现：可提现 ¥44，发“提现”申请。"
    assert buyer == "你报的订单 #1-2 付款 ¥88 团长还没确认，确认后会通知你。"


async def test_asked_in_the_group_hers_is_sent_privately_and_nobodys_stays_talk() -> None:
    chat = await _earned("zh")

    replies = await chat.say("cat", "提现的钱到了吗")
    nobody = await chat.say("fay", "钱到了吗")

    assert Chat.said(replies) == "Cat, I replied to you privately."  # the group reads its card's (rep73 #8)
    assert Chat.private(replies) == {"cat": "你还没有申请提现：可提现 ¥44，发“提现”申请。"}
    assert not [reply for reply in nobody if reply.text], nobody


async def test_english_likewise() -> None:
    chat = await _earned("en")

    sharer = Chat.said(await chat.say("cat", "did my payout arrive?", private=True))
    buyer = await chat.say("dan", "have I been paid?")

    assert sharer == "You haven't asked for a payout yet: ¥44 to withdraw, send /payout to ask for it."
    assert Chat.said(buyer) == "Dan, I replied to you privately."
    assert Chat.private(buyer) == {
        "dan": "Your payment of ¥88 for order #1-2 is not confirmed by the organiser yet;"
        " you'll be told when it is."
    }
