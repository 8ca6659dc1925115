"""A private notice to another member speaks the recipient's language, not the language of the admin's
command that sent it: `/payouts approve 3` reaches a member who asked with `提现` in Chinese, `/hide`
and `/mute` reach a Chinese member in Chinese (handlers.recipients), as `/answer` already did."""

from __future__ import annotations

from dataclasses import replace

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat
from tests.unit.handlers.sharer_payout import sharer_asked


async def test_a_payout_decided_in_english_is_told_in_the_members_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await sharer_asked(factory)

    approved = await chat.say("guanli", "/payouts approve 1", private=True)
    assert chat.said(approved) == "Payout #1 to Ahua (¥44) approved."  # the admin's own answer: his
    assert chat.private(approved) == {"ahua": "你的提现 #1（¥44）已批准，很快到账。"}
    paid = await chat.say("guanli", "/payouts paid 1", private=True)
    assert chat.private(paid) == {"ahua": "你的提现 #1（¥44）已付款，付到 微信 ···a8。"}


async def test_a_payout_goes_by_the_members_own_private_setting_first() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, payout_admins=frozenset({"guanli"}), payout_minimum=1)
    await chat.say("amy", "接龙 海南贵妃芒 价格 88 成团 1")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    factory.state.orders[1].sharer_id = "dan"
    factory.state.group_buys[1] = replace(factory.state.group_buys[1], sharer_rate_bp=5000)
    await chat.say("amy", "已收 1-1")
    await chat.say("amy", "已取 1-1")
    await chat.say("dan", "/lang en", private=True)
    await chat.say("dan", "提现 微信 w8", private=True)

    rejected = await chat.say("guanli", "提现审核 拒绝 1", private=True)
    assert chat.private(rejected) == {
        "dan": "Your payout #1 of ¥44 was rejected and went back to your balance: your available balance "
        "is now ¥44 (/earnings)."
        "\nYour account WeChat ···8 is kept for your next payout."
    }


async def test_hide_and_mute_typed_in_english_reach_a_chinese_member_in_chinese() -> None:
    chat = fake_chat()
    chat.chat_id, chat.admins = "office", {"guanli"}
    await chat.say("amy", "接龙 面膜 价格 30")
    await chat.say("xiaozhang", "种草 #1 用了一周，补水不错")
    await chat.say("daliu", "种草 #1 味道有点重，但是效果好")

    hidden = await chat.say("guanli", "/hide 1 spam")
    assert chat.said(hidden) == "群管理员隐藏了笔记 #1。"  # s36: the Chinese group reads its own language
    assert chat.private(hidden) == {"xiaozhang": "你的笔记 #1 被群管理员隐藏了。原因：spam。"}
    muted = await chat.say("guanli", "/mute @Daliu")
    assert chat.private(muted) == {
        "daliu": "群管理员停止了你在群里发笔记。原因：群管理员的决定。评论也发不了，点赞和跟团不受影响。"
    }
    unmuted = await chat.say("guanli", "/unmute @Daliu")
    assert chat.private(unmuted) == {"daliu": "群管理员允许你重新在群里发笔记了。"}
