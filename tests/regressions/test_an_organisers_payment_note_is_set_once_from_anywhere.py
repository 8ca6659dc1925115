"""Found playing the organiser's day after the close:
- `收款方式 #1 微信 amy88` in her private chat (as her close summary tells her to send) was refused,
  "你没有开过团购 #1", though `自提 #1 …` and `修改 #1 …` work there;
- the same note sent twice messaged every buyer who owes a second time;
- a colon after the word, `收款方式：微信 amy88`, became part of the note every buyer read
  (`付款方式：：微信`).
"""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_set_in_private_after_the_close_once_without_the_colon() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20 库存 10 截止 明天上午8点")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    set_privately = await chat.say("amy", "收款方式 #1 微信 amy88", private=True)
    again = await chat.say("amy", "收款方式 #1 微信 amy88", private=True)
    colon = await chat.say("amy", "收款方式：微信 amy77")
    stranger = await chat.say("bob", "收款方式 #1 微信 bob", private=True)

    assert Chat.private(set_privately) == {"bob": "Amy 告诉你订单 #1-1（芒果，¥20）的付款方式：微信 amy88"}
    assert Chat.said(set_privately).startswith("好的，芒果（#1）的付款方式：微信 amy88。")
    assert Chat.private(again) == {}
    assert Chat.said(again) == "芒果（#1）的付款方式已经是：微信 amy88，没有任何改动（也没有再通知谁）。"
    assert Chat.private(colon) == {"bob": "Amy 告诉你订单 #1-1（芒果，¥20）的付款方式：微信 amy77"}
    assert Chat.said(stranger) == "你没有开过团购 #1（只有它的团长能这样做），没有任何改动。"


async def test_in_english_before_the_close_the_orders_carry_the_note_set_privately() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 9 ends tomorrow 8:00")
    await chat.say("bob", "+1")

    set_privately = Chat.said(await chat.say("amy", "/payment #1: cash at pickup", private=True))
    again = Chat.said(await chat.say("amy", "/payment #1 cash at pickup", private=True))
    closed = await chat.say("amy", "/close")

    assert set_privately == "How to pay for Tea (#1): cash at pickup. Every buyer's order will say so."
    assert again == (
        "The way to pay for Tea (#1) is already: cash at pickup. "
        "Nothing was changed (and nobody was told again)."
    )
    assert Chat.private(closed)["bob"].endswith("How to pay: cash at pickup")


async def test_a_bare_note_the_newest_has_already_goes_to_the_one_still_owed() -> None:
    """From the review: with 鸡蛋 (#2) paid up and noted `微信 lao`, a bare `收款方式 微信 lao` is set on 大米
    (#1), whose buyer still owes, and she is told: never "already set" of #2."""
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")
    await chat.say("bob", "+1")
    await chat.say("lao", "截单 #1")
    await chat.say("lao", "接龙 鸡蛋 价格 20 库存 10 截止 明天晚上8点")
    await chat.say("cat", "+1")
    await chat.say("lao", "收款方式 #2 微信 lao")
    await chat.say("lao", "截单 #2")
    await chat.say("lao", "已收 2-1")

    bare = await chat.say("lao", "收款方式 微信 lao")

    assert Chat.said(bare).startswith("好的，大米（#1）的付款方式：微信 lao。")
    assert Chat.private(bare) == {"bob": "Lao 告诉你订单 #1-1（大米，¥60）的付款方式：微信 lao"}
