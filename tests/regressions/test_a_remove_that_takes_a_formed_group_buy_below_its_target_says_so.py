"""rep55 #5: 土鸡蛋 #7 was 4/3 (🎉 已成团); Wang's `踢出 @Sun 全部` answered "…共 2 份。当前 ¥30/份。" and the
card read 2/3: nobody, the organiser included, was told it was no longer on, while a member's own `-1`
there is refused for that very reason. The organiser may do it; the group and she now read that it is
below its target, what it has, and what happens at the deadline."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_removing_all_of_a_members_lines_below_the_target_says_so_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 30 成团 3 截止 今晚8点")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("cat", "+1 帮 妈妈")
    await chat.say("dan", "+1")  # 4/3: 🎉 已成团

    said = Chat.said(await chat.say("amy", "踢出 @Cat 全部", mentions=["cat"]))

    assert said.endswith(
        "\n⚠️ 这样就不够成团了：成团要 3 份，现在只有 2 份，不再是已成团。"
        "截止（11月23日 周一 20:00）前补够 3 份才成团，否则到时未成团、自动结束，谁都不用付款。"
    ), said


async def test_removing_one_line_below_the_target_says_so_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Eggs price 30 target 2 ends tonight 8pm")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")  # 2/2: on

    said = Chat.said(await chat.say("amy", "/remove @Cat", mentions=["cat"]))

    assert said.endswith(
        "\n⚠️ That takes it below its target: it needs 2 and now has 1, so it is no longer on. Unless it gets"
        " back to 2 by the deadline (Mon 23 Nov 20:00), it ends then without going ahead and nobody pays."
    ), said


async def test_a_removal_that_leaves_the_target_reached_says_nothing_of_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Eggs price 30 target 2 ends tonight 8pm")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("dan", "+1")  # 3/2

    said = Chat.said(await chat.say("amy", "/remove @Cat", mentions=["cat"]))

    assert "target" not in said
