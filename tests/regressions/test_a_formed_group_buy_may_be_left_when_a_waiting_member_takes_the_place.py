"""rep40 #2: 鸡蛋 #8 (target 3, stock 3) formed with Aa ×2 and Bb ×1, and Cc waited (`候补 1`). Aa's `-1`
and Bb's `退出` were refused "已经成团（3 份），现在减掉会让大家的团不成了", and at the close Cc was left out.
A leave the waiting list makes up for is now made: the waiting member moves in as for any freed unit (the
group told `🎉 候补补上了`, mentioning her), the target holds. Only when the waiting members cannot make it up
is the leave refused as before, nothing changed."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import Chat, fake_chat


async def _formed_with_a_wait(*, english: bool = False, waits: int = 1) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("amy", "/groupbuy Eggs price 40 target 3 stock 3 ends 3d")
    else:
        await chat.say("amy", "接龙 鸡蛋 30枚 价格 40 成团 3 库存 3 截止 3d")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")
    await chat.say("dan", f"/waitlist {waits}" if english else f"候补 {waits}")
    return chat


async def test_in_chinese_a_reduction_lets_the_waiting_member_in_and_the_target_holds() -> None:
    chat = await _formed_with_a_wait()

    replies = await chat.say("bob", "-1")

    said = [(reply.text, reply.mention) for reply in replies if reply.text and not reply.private_to]
    assert said == [
        ("Bob 现在是 1 × 鸡蛋 30枚（#1）。当前 ¥40/份。", ()),
        ("🎉 候补补上了 鸡蛋 30枚（#1）：Dan ×1。", ("dan",)),
    ]
    card = await chat.card(1)
    assert "Bob ×1" in card and "Dan ×1" in card and "3/3" in card and "✅ 已成团" in card


async def test_in_chinese_a_whole_leave_lets_the_waiting_member_in() -> None:
    chat = await _formed_with_a_wait()

    replies = await chat.say("cat", "退出")

    said = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert said == ["Cat 退出了 鸡蛋 30枚（#1）。", "🎉 候补补上了 鸡蛋 30枚（#1）：Dan ×1。"]
    card = await chat.card(1)
    assert "Cat" not in card and "Dan ×1" in card and "3/3" in card


async def test_in_chinese_a_wait_that_cannot_make_it_up_still_refuses_the_leave() -> None:
    chat = await _formed_with_a_wait(waits=2)  # Dan waits for 2: one unit freed does not fit him

    said = Chat.said(await chat.say("cat", "退出"))

    assert said == (
        "鸡蛋 30枚（#1）已经成团（成团要 3 份，现在共 3 份），你退出后只剩 2 份，"
        "不够成团，大家的团就不成了，没有改动。"
        "截单前要退出：等有人再跟、超过成团数以后就能退；或者请团长 Amy 把你移出。"
    )
    card = await chat.card(1)
    assert "Cat ×1" in card and "Dan" not in card.split("\n\n", 1)[-1]


async def test_in_english_a_leave_lets_the_waiting_member_in_and_the_target_holds() -> None:
    chat = await _formed_with_a_wait(english=True)

    replies = await chat.say("cat", "/leave")

    said = [reply.text for reply in replies if reply.text and not reply.private_to]
    assert said == ["Cat left Eggs (#1).", "🎉 In from the waiting list of Eggs (#1): Dan ×1."]
    assert "Dan ×1" in await chat.card(1)


async def test_in_english_without_a_waiting_member_the_leave_is_refused() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Eggs price 40 target 3 stock 3 ends 3d")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")

    said = Chat.said(await chat.say("bob", "-1"))

    assert said == (
        "Eggs (#1) has formed (3 units taken, target 3 units): taking that off would bring it down to "
        "2 units, below its target, and undo it for everyone, so nothing was changed. "
        "To lower it before it closes: once more have joined and it is above its target, you can; "
        "or ask the organiser, Amy, to change it."
    )
    assert "Bob ×2" in await chat.card(1)


async def test_on_sqlite_the_leave_and_the_move_in_are_stored_together(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 鸡蛋 价格 40 成团 3 库存 3 截止 3d")
        await api.say("family", "bob", "+2")
        await api.say("family", "cat", "+1")
        await api.say("family", "dan", "候补 1")

        answer = await api.say("family", "bob", "-1")

        said = [reply["text"] for reply in answer["replies"] if reply["text"] and not reply["card_of"]]
        assert said == ["Bob 现在是 1 × 鸡蛋（#1）。当前 ¥40/份。", "🎉 候补补上了 鸡蛋（#1）：Dan ×1。"]
        card = (await api.card("family", 1))["text"]
        assert "Bob ×1" in card and "Dan ×1" in card and "3/3" in card
