"""rep83 #7: with 荔枝 #1 and 牛奶 #2 both open in a group and both sold out, Bob's `分享` there named only
荔枝, said `分享码不会带来佣金` though neither pays sharers anything, and was posted to the whole group;
`分享笔记 1` on the sold-out 荔枝 was answered in the group too, and told him to send `分享` again.
Now a share answered without a code goes privately, as a code does (the group reads one line), names every
sold-out group buy open there, speaks of commission only where one is paid, and says what to send again."""

from __future__ import annotations

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat


async def _both_sold_out(*, english: bool = False) -> Chat:
    room = fake_chat()
    room.title = "Family"
    if english:
        await room.say("amy", "/lang en")
        await room.say("amy", "/groupbuy Lychees price 20 stock 1")
        await room.say("amy", "/groupbuy Milk price 5 stock 1")
    else:
        await room.say("amy", "接龙 荔枝 价格 20 库存 1")
        await room.say("amy", "接龙 牛奶 价格 5 库存 1")
    await room.say("bob", "+1 #1")
    await room.say("cat", "+1 #2")
    await room.say("bob", "种草 #1 荔枝很甜" if not english else "/note #1 So sweet")
    return room


def _privately(room: Chat, replies: list[Reply]) -> tuple[str, str]:
    group = [reply for reply in replies if reply.text and not reply.private_to]
    sent = [reply for reply in replies if reply.text and reply.private_to]
    assert len(group) == 1 and len(sent) == 1 and sent[0].private_to == group[0].says_sent_to, replies
    return group[0].text, sent[0].text


async def test_a_bare_share_names_every_sold_out_buy_privately() -> None:
    room = await _both_sold_out()

    group, sent = _privately(room, await room.say("bob", "分享"))

    assert group == "Bob，已私信回复你。"
    assert sent == (
        "「Family」里在接龙的 2 个团都已经卖完了：#2 牛奶、#1 荔枝。现在分享出去，朋友也买不到，"
        "所以这次没有发分享码。等空出名额后再发“分享”。"
    )


async def test_a_bare_share_in_english() -> None:
    room = await _both_sold_out(english=True)

    group, sent = _privately(room, await room.say("bob", "/share"))

    assert group == "Bob, I replied to you privately."
    assert sent == (
        "Both open group buys in Family are sold out: #2 Milk, #1 Lychees. A friend could buy none now, "
        "so no share code was handed out. Send /share again if some comes free."
    )


async def test_a_note_share_goes_privately_and_says_to_send_it_again() -> None:
    room = await _both_sold_out()

    group, sent = _privately(room, await room.say("bob", "分享笔记 1"))

    assert group == "Bob，已私信回复你。"
    assert sent == (
        "荔枝（#1）已经卖完了：现在分享出去，朋友也买不到，所以这次没有发分享码。"
        "等空出名额后再发“分享笔记 1”。"
    )


async def test_a_note_share_in_english() -> None:
    room = await _both_sold_out(english=True)

    group, sent = _privately(room, await room.say("bob", "/share note 1"))

    assert group == "Bob, I replied to you privately."
    assert sent == (
        "Lychees (#1) is sold out: a friend you shared it with could not buy any now, so no share code was "
        "handed out. Send /share note 1 again if some comes free."
    )


async def test_commission_is_named_only_where_it_is_paid() -> None:
    room = await _both_sold_out()
    await room.say("amy", "佣金 #1 10%")

    _, paid = _privately(room, await room.say("bob", "分享 #1"))
    _, unpaid = _privately(room, await room.say("bob", "分享 #2"))

    assert paid == (
        "荔枝（#1）已经卖完了：现在分享出去，朋友也买不到，分享码不会带来佣金，所以这次没有发分享码。"
        "等空出名额后再发“分享 #1”。"
    )
    assert unpaid == (
        "牛奶（#2）已经卖完了：现在分享出去，朋友也买不到，所以这次没有发分享码。等空出名额后再发“分享 #2”。"
    )
