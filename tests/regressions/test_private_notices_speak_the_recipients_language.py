"""The admin typed `/payouts approve 1`, `/hide 1 spam`, `/mute @Daliu` in English; 阿华 (who asked with
`提现`), 小张 and 大刘 (who write in Chinese, in a chat without a language setting) were told privately in
English. A private notice to another member now speaks the recipient's language."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_private_notices_speak_the_recipients_language() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, payout_admins=frozenset({"guanli"}), payout_minimum=1)
    chat.admins = {"guanli"}
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("bob", "+1")
    await chat.say("xiaozhang", "种草 #1 很甜，已经回购")
    await chat.say("daliu", "种草 #1 个头大，推荐")
    await chat.say("amy", "截单")
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    factory.state.orders[1].sharer_id = "ahua"
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    await chat.say("ahua", "提现 微信 w8", private=True)

    approved = await chat.say("guanli", "/payouts approve 1", private=True)
    assert chat.private(approved) == {"ahua": "你的提现 #1（¥44）已批准，很快到账。"}
    hidden = await chat.say("guanli", "/hide 1 spam")
    assert chat.private(hidden) == {"xiaozhang": "你的笔记 #1 被群管理员隐藏了。原因：spam。"}
    muted = await chat.say("guanli", "/mute @Daliu")
    assert chat.private(muted)["daliu"].startswith("群管理员停止了你在群里发笔记。")
