"""A `-1` right after a group buy's target was met is refused (README: once "🎉 成团" is announced, a leave
that would drop below it is the organiser's to make). The refusal said only "已经成团…要退出请联系团长":
with several open it named no group buy, and it never said the leave works once more have joined. Now it
names the group buy and both ways out before the close; once more have joined, her `-1` goes through."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_leave_that_would_lose_the_target_names_it_and_the_ways_out() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 价格 30 截止 3d")
    await chat.say("amy", "接龙 土鸡蛋 价格 50 成团 3 截止 3d")
    await chat.say("bob", "+2 #2")
    await chat.say("cat", "+1 #2")  # 🎉 已成团

    said = Chat.said(await chat.say("cat", "-1 #2"))

    assert said == (
        "土鸡蛋（#2）已经成团（成团要 3 份，现在共 3 份），你退出后只剩 2 份，不够成团，大家的团就不成了，"
        "没有改动。截单前要退出：等有人再跟、超过成团数以后就能退；或者请团长 Amy 把你移出。"
    )
    await chat.say("dan", "+1 #2")
    assert Chat.said(await chat.say("cat", "-1 #2")) == "Cat 退出了 土鸡蛋（#2）。"


async def test_in_english_a_leave_that_would_lose_the_target_names_it_and_the_ways_out() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Eggs 50 each target 3 ends 3d")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")

    said = Chat.said(await chat.say("cat", "-1"))

    assert said == (
        "Eggs (#1) has formed (3 units taken, target 3 units): your leaving would bring it down to 2 units, "
        "below its target, and undo it for everyone, so nothing was changed. To leave before it closes: once "
        "more have joined and it is above its target, you can; or ask the organiser, Amy, to take you off."
    )
    assert "Cat" in await chat.card()  # nothing changed
