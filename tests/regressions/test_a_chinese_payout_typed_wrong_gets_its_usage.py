"""dan's `提现 abc` and `提现 -5` in his private chat were answered "我没看懂。发“帮助”…", while
`/payout abc` got the usage. The Chinese word typed with something that is not an amount gets the
same usage; `提现了吗？` stays a question. (s26: with no commission ever earned, the amount's usage gives way
to what bare `提现` says: test_a_payout_amount_typed_wrong_with_no_commission_says_there_is_none.py)"""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat
from tests.unit.handlers.shared_durian import shared_durian

USAGE = (
    "发「提现 微信 你的微信号」提取全部可提现金额，或「提现 50 微信 你的微信号」提取一部分（最低 ¥10）。"
    "你的可提现余额是 ¥88。没有提交申请。"
)


async def test_a_chinese_payout_typed_wrong_gets_its_usage() -> None:
    chat, _ = await shared_durian("zh", sharer="dan", payout_minimum=10, buyers=("bob", "kim"))
    english = chat.said(await chat.say("dan", "/payout abc", private=True))
    assert "send /payout wechat your-WeChat-ID for everything available" in english, english
    for typed in ("提现 abc", "提现 -5", "提现 ¥abc"):
        said = chat.said(await chat.say("dan", typed, private=True))
        assert said == f"“{typed[3:]}”不是能提现的金额：{USAGE}", typed
    assert chat.said(await chat.say("dan", "提现 abc")) == (  # no account kept: the form naming one
        "请私聊我申请提现：提现 微信 你的微信号（也可以写 支付宝 或 银行卡 加账号）。没有提交申请。"
    )
    assert chat.said(await chat.say("eve", "提现 abc", private=True)) == "你还没有可提现的佣金。"
    chat = fake_chat()
    asked = chat.said(await chat.say("dan", "提现了吗？", private=True))
    assert "不是能提现的金额" not in asked  # a question, not the command
