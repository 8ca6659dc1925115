"""Session 27 review (rep40), finding 5: Uma joined #9 by its share code and asked in private
`什么时候取货` / `在哪里取`: "私聊里问团购请带上团号，例如：问 #N 什么时候取货。", a literal #N. Qin, on
one open group buy only, got "…例如：问 #4 …" though the bot knew which. A private pickup question
naming no group buy now answers of each group buy she is on or has an order to collect from (at
most 5); with none, it says she has nothing to pick up, never a literal #N."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def _open_with_pickup() -> Chat:
    room = fake_chat()
    await room.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 截止 明天上午8点 自提 小区南门 明天上午10点")
    return room


async def test_joined_by_share_code_is_answered_of_that_buy() -> None:
    room = await _open_with_pickup()
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    await room.say("uma", f"+1 {found.group(0)}", private=True)

    when = room.said(await room.say("uma", "什么时候取货", private=True))
    where = room.said(await room.say("uma", "在哪里取", private=True))
    en = room.said(await room.say("uma", "when is pickup", private=True))

    assert when == where
    assert when.startswith("阳光玫瑰 2斤装（#1）取货：小区南门")
    assert "#N" not in when + en
    assert en.startswith("阳光玫瑰 2斤装 (#1) pickup: 小区南门")


async def test_on_one_in_the_group_is_answered_not_asked_which() -> None:
    room = await _open_with_pickup()
    await room.say("qin", "+1")

    zh = room.said(await room.say("qin", "什么时候取货", private=True))
    en = room.said(await room.say("qin", "where do I collect", private=True))

    assert zh.startswith("阳光玫瑰 2斤装（#1）取货：小区南门") and "例如" not in zh
    assert en.startswith("阳光玫瑰 2斤装 (#1) pickup: 小区南门")


async def test_on_two_each_is_answered() -> None:
    room = await _open_with_pickup()
    await room.say("amy", "接龙 砂糖橘 5斤 价格 30 自提 3号楼")
    await room.say("qin", "+1 #1")
    await room.say("qin", "+1 #2")

    zh = room.said(await room.say("qin", "什么时候取货", private=True))

    assert zh.splitlines()[0] == (
        "砂糖橘 5斤（#2）取货：3号楼。取货时间团长 Amy 还没定，定了会通知，也可以直接问团长。"
    )
    assert zh.splitlines()[1].startswith("阳光玫瑰 2斤装（#1）取货：小区南门")


async def test_with_nothing_to_collect_she_is_told_so() -> None:
    room = await _open_with_pickup()

    zh = room.said(await room.say("dan", "什么时候取货", private=True))
    en = room.said(await room.say("dan", "when is pickup", private=True))
    await room.say("cat", "好的")  # a member of the group, on no buy: no example of a buy not hers (rep78 #8)
    member = room.said(await room.say("cat", "在哪里取", private=True))

    assert zh == (
        "你现在没有要取的货：没有已付款、还没取的订单，也没有在跟的团。"
        "跟团后再问，就会告诉你在哪、什么时候取。"
    )
    assert en == (
        "You have nothing to pick up: no order paid and not yet collected, and no open group buy"
        " you are on. Ask again once you join one."
    )
    assert member == zh
