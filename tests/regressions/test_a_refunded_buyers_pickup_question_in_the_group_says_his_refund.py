"""Review 93 #8: in the group, Bob, whose only order (#1-1) was refunded, asked `/ask when can I pick up?`
and read the pickup with "Still want to ask Amy?" and its button, while privately the same question told
him the order was refunded and there is nothing to collect. Asked of the bot in the group (`/ask`, `问`,
`@Tuan`) he now hears that story too, privately, as `什么时候到` tells it, the group reading one line."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat

SET_UP = (
    ("amy", "接龙 芒果 价格 88"),
    ("bob", "+1"),
    ("cat", "+1"),
    ("amy", "截单"),
    ("amy", "自提 #1 小区南门 明天下午5点"),
    ("amy", "已收 1-1"),
    ("amy", "退款 1-1"),
)
HIS_ZH = "你有 1 个订单已退款：#1-1（芒果），没有要取的货。退款的情况发 退款到了吗 查看。"
HIS_EN = (
    "1 order of yours here was refunded, so there is nothing to collect: #1-1 (芒果)."
    ' To check the refund, send "did I get my refund?"'
)


async def _room() -> Chat:
    room = fake_chat()
    for who, typed in SET_UP:
        await room.say(who, typed)
    return room


def _no_button(replies: list[Reply]) -> bool:
    return not any(reply.buttons for reply in replies)


async def test_asked_in_english_he_hears_his_refund_not_the_offer_to_ask_amy() -> None:
    room = await _room()
    replies = await room.say("bob", "/ask when can I pick up?")
    assert room.private(replies) == {"bob": HIS_EN}
    assert "Amy" not in room.said(replies) and _no_button(replies)
    private = room.said(await room.say("bob", "when can I pick up?", private=True))
    assert private.startswith("1 order of yours was refunded, so there is nothing to collect: #1-1")


async def test_asked_in_chinese_and_of_the_bot_too() -> None:
    room = await _room()
    for asked in ("问 什么时候取货", "@tuan_bot 什么时候取货？", "问 #1 什么时候取货"):
        replies = await room.say("bob", asked)
        assert room.private(replies) == {"bob": HIS_ZH}, asked
        assert room.said(replies) == "Bob，已私信回复你。", asked


async def test_a_buyer_with_an_order_to_collect_and_a_member_with_none_still_hear_the_pickup() -> None:
    room = await _room()
    pickup = "芒果（#1）取货：小区南门 · 11月24日 周二 17:00"
    assert room.said(await room.say("cat", "问 什么时候取货")) == pickup
    assert room.said(await room.say("dan", "问 什么时候取货")) == pickup
