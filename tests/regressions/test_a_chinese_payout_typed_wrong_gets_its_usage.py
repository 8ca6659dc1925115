"""dan's `提现 abc` and `提现 -5` in his private chat were answered "我没看懂。发“帮助”…", while
`/payout abc` got the usage. The Chinese word typed with something that is not an amount gets the
same usage; `提现了吗？` stays a question."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

USAGE = (
    "发「提现 微信 你的微信号」提取全部可提现金额，或「提现 50 微信 你的微信号」提取一部分（最低 ¥10）。"
    "你的可提现余额是 ¥0。没有提交申请。"
)


async def test_a_chinese_payout_typed_wrong_gets_its_usage() -> None:
    chat = fake_chat()
    english = chat.said(await chat.say("dan", "/payout abc", private=True))
    assert "send /payout wechat your-WeChat-ID for everything available" in english, english
    for typed in ("提现 abc", "提现 -5", "提现 ¥abc"):
        said = chat.said(await chat.say("dan", typed, private=True))
        assert said == f"“{typed[3:]}”不是能提现的金额：{USAGE}", typed
    assert chat.said(await chat.say("dan", "提现 abc")) == "请私聊我申请提现：提现。没有提交申请。"
    asked = chat.said(await chat.say("dan", "提现了吗？", private=True))
    assert "不是能提现的金额" not in asked  # a question, not the command
