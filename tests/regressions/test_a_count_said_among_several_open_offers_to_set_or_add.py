"""rep78 #7: Zhou held 1盒 on 土鸡蛋 #3 and 1 份 on 苹果 #4, four buys open. `要两份` (a count, not "more")
answered only `土鸡蛋发 +2 #3`, and following it gave her 3, not 2. As with one open (`要改成 2 份 就发
改成2份；要再加 2 份 就发 +2`), each line she holds is offered both: set it to 2, or add 2."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _zhou_on_two(openers: list[str]) -> Chat:
    chat = fake_chat()
    for opener in openers:
        await chat.say("bob", opener)
    await chat.say("zhou", f"+1 #{len(openers) - 1}")
    await chat.say("zhou", f"+1 #{len(openers)}")
    return chat


async def test_a_count_without_more_offers_set_or_add_on_each_line_she_holds() -> None:
    chat = await _zhou_on_two(
        [
            "接龙 梨 价格 10 截止 3d",
            "接龙 橙子 价格 10 截止 3d",
            "接龙 土鸡蛋 45元/盒 截止 3d",
            "接龙 苹果 价格 10 截止 3d",
        ]
    )

    said = chat.said(await chat.say("zhou", "要两份"))

    assert "梨发 +2 #1，橙子发 +2 #2，" in said
    assert "土鸡蛋发 改成2盒 #3（改成 2盒）或 +2 #3（再加 2盒）" in said
    assert "苹果发 改成2份 #4（改成 2 份）或 +2 #4（再加 2 份）" in said
    assert "这次没有加上" in said

    done = chat.said(await chat.say("zhou", "改成2盒 #3"))
    assert "现在共 2盒 土鸡蛋（#3）" in done


async def test_a_plus_two_still_offers_only_the_add() -> None:
    chat = await _zhou_on_two(
        ["接龙 梨 价格 10 截止 3d", "接龙 橙子 价格 10 截止 3d", "接龙 苹果 价格 10 截止 3d"]
    )

    said = chat.said(await chat.say("zhou", "+2"))

    assert "橙子发 +2 #2，苹果发 +2 #3" in said
    assert "改成" not in said


async def test_in_english_i_want_2_offers_make_it_2_or_2_more() -> None:
    chat = await _zhou_on_two(
        [
            "/groupbuy Pears price 10 ends 3d",
            "/groupbuy Eggs price 10 ends 3d",
            "/groupbuy Apples price 10 ends 3d",
        ]
    )

    said = chat.said(await chat.say("zhou", "I want 2"))

    assert "Pears: +2 #1; Eggs: make it 2 #2 (2 in all) or +2 #2 (2 more); Apples: make it 2 #3" in said
    done = chat.said(await chat.say("zhou", "make it 2 #3"))
    assert "now 2 × Apples in all (#3)" in done
