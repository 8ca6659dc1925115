"""Review 102 #2: Cookies (#2) formed (target 3, 4 taken); `/edit #2 stock 2` advised "or a buyer sends -1",
and Lee's `-1 #2` was then refused (it would take the formed group buy below its target: only the organiser
may), each side told to ask the other. Where a buyer's own leave would be refused, the stock refusal now
says first to lower the target to the new stock (`/edit #1 target 2`), then to free the units by /remove or
a buyer's -1, then the stock; followed, each step goes through. Before the group buy forms, or where the
target still holds, it names both ways at once. (Session 41 had named /remove alone: updated.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_formed_group_buy_lowers_its_target_first_then_the_advice_works() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Cookies price 10 target 3 stock 5 ends 3d")
    await chat.say("kim", "+1 for mum")
    await chat.say("lee", "+3")
    card = await chat.card(1)

    said = chat.said(await chat.say("ann", "/edit #1 stock 2"))

    assert said == (
        "Stock 2 won't work yet, nothing was changed: 4 units are already taken, 2 units more than stock 2; "
        "the target 3 units is above stock 2. First send /edit #1 target 2 to lower the target to 2 units "
        "(it has formed: until then a buyer's own -1 would take it below its target and is refused); "
        'then free 2 units: "/remove #1 @name" takes a buyer\'s whole line off, or a buyer sends -1 #1 to '
        "give one unit back; then send: /edit #1 stock 2 target 2"
    )
    assert await chat.card(1) == card
    assert chat.said(await chat.say("ann", "/edit #1 target 2")) == "Updated Cookies (#1): target 2."
    assert chat.said(await chat.say("lee", "-1 #1")) == "Lee now has 2 × Cookies (#1). Now ¥10 each."
    assert chat.said(await chat.say("lee", "-1 #1")) == "Lee now has 1 × Cookies (#1). Now ¥10 each."
    done = chat.said(await chat.say("ann", "/edit #1 stock 2 target 2"))
    assert done == "Updated Cookies (#1): stock 2.\n🈵 Sold out!"


async def test_in_chinese_the_target_step_comes_first() -> None:
    chat = fake_chat()
    await chat.say("ann", "接龙 曲奇 价格 10 成团 3 库存 5 截止 3d")
    await chat.say("kim", "+1")
    await chat.say("lee", "+3")

    said = chat.said(await chat.say("ann", "修改 #1 库存 2"))

    assert (
        "先发 修改 #1 成团 2 把成团数降到 2 份（已成团，不先降的话买家发 -1 会低于成团数，会被拒绝）；"
        "再空出 2 份：" in said
    ), said


async def test_where_the_target_still_holds_both_ways_are_named() -> None:
    chat = fake_chat()
    await chat.say("ann", "接龙 曲奇 价格 10 成团 2 库存 10 截止 3d")
    await chat.say("kim", "+2")
    await chat.say("lee", "+3")

    said = chat.said(await chat.say("ann", "修改 #1 库存 4"))

    assert (
        "先空出 1 份：“踢出 #1 @名字”去掉一位买家的整行，或请买家发 -1 #1 退出一份；"
        "再发：修改 #1 库存 4" in said
    ), said
    assert "成团数降到" not in said
