"""Session 27 review (rep40), "what a 团长 missed": a wrong 已取 could not be undone; `撤销已取货 3-5` and
`撤销已取 3-5` got silence. Now the organiser, or the pickup helper who marked it, undoes it: the order
is paid and not picked up again (its pickup code works again, `谁还没取货` lists it); the buyer, told
"已提货" by the pickup, is told privately that it was undone (review 45). Anyone else is refused, and an
order not picked up has nothing to undo."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _picked_up() -> tuple[Chat, str]:
    room = fake_chat()
    await room.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 截止 明天上午8点 自提 小区南门 明天上午10点")
    await room.say("fay", "+2")
    await room.say("gus", "+1")
    await room.say("cat", "我来帮忙")
    await room.say("amy", "截单")
    confirmed = await room.say("amy", "已收 1-1 1-2")
    code = room.private(confirmed)["fay"].split("取货码：")[1][:4]
    await room.say("amy", "已取 1-1")
    return room, code


async def test_the_organiser_undoes_a_wrong_pickup() -> None:
    room, code = await _picked_up()

    replies = await room.say("amy", "撤销已取 1-1")
    again = room.said(await room.say("amy", "撤销已取货 1-1"))
    listed = room.said(await room.say("amy", "谁还没取货", private=True))

    assert room.said(replies) == (
        "已撤销 #1-1（Fay，阳光玫瑰 2斤装）的已取货：订单回到已付款、未取货，"
        "取货码照旧可以核销。已私信告诉买家。"
    )
    assert list(room.private(replies)) == ["fay"]  # told once, as she was told of the pickup
    assert again == "订单 #1-1 还没取货，不用撤销，没有任何改动。"
    assert "  Fay ×2（1-1）" in listed
    handed = room.said(await room.say("amy", f"核销 {code}"))
    assert handed.startswith(f"✅ 取货码 {code}：Fay 的订单 #1-1")


async def test_in_english_and_in_private() -> None:
    room, _ = await _picked_up()

    en = room.said(await room.say("amy", "/unpickup 1-1", private=True, language="en"))
    bare = room.said(await room.say("amy", "/unpickup", private=True, language="en"))

    assert en == (
        "Pickup of #1-1 (Fay, 阳光玫瑰 2斤装) undone: the order is paid and not picked up again,"
        " and its pickup code works again. The buyer was told privately."
    )
    assert bare == "Send it like this: /unpickup 12-3 (one order number at a time)"


async def test_only_the_organiser_or_the_helper_who_marked_it() -> None:
    room, _ = await _picked_up()
    await room.say("amy", "设置帮手 @Cat")
    await room.say("amy", "已取 1-2")

    buyer = room.said(await room.say("gus", "撤销已取 1-1"))
    helper_not_hers = room.said(await room.say("cat", "撤销已取 1-1"))
    undone = room.said(await room.say("amy", "撤销已取 1-2"))
    code = room.said(await room.say("gus", "我的取货码", private=True)).split("取货码：")[1][:4]
    await room.say("cat", f"核销 {code}")
    helper_hers = room.said(await room.say("cat", "撤销已取 1-2"))

    assert buyer == "只有团长（Amy）或标记它已取的核销帮手可以撤销已取，没有任何改动。"
    assert helper_not_hers == buyer
    assert undone.startswith("已撤销 #1-2（Gus")
    assert helper_hers.startswith("已撤销 #1-2（Gus，阳光玫瑰 2斤装）的已取货")
