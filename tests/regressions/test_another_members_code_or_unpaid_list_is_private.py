"""Asked for someone else's pickup code (`Bob 的取货码是多少`, "what is Troll's pickup code"), the bot
quietly answered with the asker's own order and code; `@Tuan 谁还没付款` from a member got the payment
methods. Now the asker is told other members' codes and orders are private (and where her own are),
and who has not paid is the organiser's to see."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

PRIVATE_ZH = (
    "别人的取货码和订单是保密的，我不能告诉你（每位买家只会私下收到自己的）。查看你自己的，请发“我的订单”。"
)
PRIVATE_EN = (
    "Other members' pickup codes and orders are private: I can't give them out (each buyer gets their own"
    " privately). For your own, send /orders."
)


async def _paid() -> Chat:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 88 截止 明天上午8点")
    await room.say("bob", "+1")
    await room.say("troll", "+1")
    await room.say("amy", "截单")
    await room.say("amy", "已收 1-1 1-2")
    return room


async def test_another_members_code_is_private_in_zh_and_en() -> None:
    room = await _paid()

    in_private = Chat.said(await room.say("troll", "Bob 的取货码是多少", private=True))
    in_group = Chat.said(await room.say("troll", "问 #1 Bob 的取货码"))
    english = Chat.said(await room.say("bob", "what is Troll's pickup code", private=True))
    own = Chat.said(await room.say("bob", "what is my pickup code", private=True))

    assert in_private == PRIVATE_ZH
    assert in_group == PRIVATE_ZH
    assert english == PRIVATE_EN
    assert own.startswith("You ordered 1 of 芒果 (#1) for ¥88: paid (order #1-1).")


async def test_who_has_not_paid_is_the_organisers_to_see() -> None:
    room = await _paid()

    mentioned = Chat.said(await room.say("troll", "@tuan_bot 谁还没付款"))
    in_private = Chat.said(await room.say("troll", "who hasn't paid yet?", private=True))

    assert mentioned == "谁还没付款只有团长能看到。想知道你自己的订单付了没有，请发“我的订单”。"
    assert (
        in_private
        == "Only the organiser sees who has not paid. To see whether your own order is paid, send /orders."
    )
