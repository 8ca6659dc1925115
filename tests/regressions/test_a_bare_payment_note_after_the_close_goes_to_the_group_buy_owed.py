"""Amy's #1 closed with buyers owing; her newer #2 closed too, every order paid. Her bare
`收款方式 微信转账给 Amy` went to #2 and answered "…也没有还要付款的买家，所以没有通知任何人。" while
#1's buyers still owed. A bare 收款方式 after the close now goes to her newest closed group buy where
someone still owes, and those buyers are told."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_bare_payment_note_goes_to_her_closed_group_buy_still_owed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")  # #1: Bob and Cat owe
    await chat.say("amy", "接龙 苹果 价格 12")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单 #2")
    await chat.say("amy", "已收 2-1")  # #2: nobody owes

    answer = await chat.say("amy", "收款方式 微信转账给 Amy")

    assert chat.said(answer) == (
        "好的，芒果（#1）的付款方式：微信转账给 Amy。订单已经发出，我已私聊告诉还没付款的 2 位买家。"
    )
    assert set(chat.private(answer)) == {"bob", "cat"}


async def test_with_nobody_owing_it_goes_to_her_newest_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 1-1")

    answer = await chat.say("amy", "收款方式 微信转账给 Amy")

    assert chat.said(answer) == (
        "好的，芒果（#1）的付款方式：微信转账给 Amy。订单已经发出，也没有还要付款的买家，所以没有通知任何人。"
    )
