"""rep65 finding 9: right after her payout was paid, 小李 asked privately `钱到了吗` and was told
`你所在群的笔记里没有找到答案…`: an answer about notes. From a member who asked for a payout, a question
whether it arrived (`钱到了吗`, `提现到账了没`, `到账了吗`; `did my payout arrive?`) is answered with her
newest payout's status as her earnings list it, where it was paid, and where to see the rest; from one
with no payout, nothing to pay and no commission, that is said in one line."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, cat_earned_half_of_bobs_durian


async def _shared_and_asked(lang: str) -> Chat:
    chat = await cat_earned_half_of_bobs_durian(lang)
    await chat.say("cat", "/payout wechat xiaoli_888", private=True)
    return chat


@pytest.mark.parametrize("asked", ["钱到了吗", "提现到账了没？", "到账了吗", "钱还没到吗"])
async def test_a_chinese_payout_question_gets_her_payouts_status(asked: str) -> None:
    chat = await _shared_and_asked("zh")

    before = Chat.said(await chat.say("cat", asked, private=True))
    await chat.say("eve", "/payouts approve 1", private=True)
    await chat.say("eve", "/payouts paid 1", private=True)
    after = Chat.said(await chat.say("cat", asked, private=True))

    rest = "\n全部收益和提现记录发“我的收益”查看。"
    assert before == f"提现 #1：¥44，已申请。{rest}", asked
    assert after == f"提现 #1：¥44，已付给你（打到 微信 ···_888）。{rest}", asked


async def test_an_english_payout_question_gets_her_payouts_status() -> None:
    chat = await _shared_and_asked("en")
    await chat.say("eve", "/payouts approve 1", private=True)

    approved = Chat.said(await chat.say("cat", "did my payout arrive?", private=True))
    await chat.say("eve", "/payouts paid 1", private=True)
    paid = Chat.said(await chat.say("cat", "has my payout arrived?", private=True))

    assert approved == (
        "Payout #1: ¥44, approved, on its way.\nSend “my earnings” for all your earnings and payouts."
    )
    assert paid == (
        "Payout #1: ¥44, paid to you (WeChat ···_888).\nSend “my earnings” for all your earnings and payouts."
    )


async def test_one_without_a_payout_or_anything_to_pay_is_told_so() -> None:
    chat = await _shared_and_asked("zh")

    said = Chat.said(await chat.say("bob", "钱到了吗", private=True))

    # his order paid and picked up, no payout, no commission: said in one line (s33), not the notes search; a
    # picked-up order is still a paid order to ask about, its payment confirmed (s39, rep91 #10)
    assert said == "团长 Amy 已确认收到你订单 #1-1 的付款 ¥88。", said
