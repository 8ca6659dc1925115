"""Session 16 review (ra 6): `+2条` with 苹果 (by the 份) and 烟台苹果 (per 斤) open asked which one with
the example `苹果发 +2条 #1`, which was then refused (`“2条”不是它的数量`). A count word none of the open
group buys takes leaves the examples in her number alone (`+2 #1`), each one a join that works."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "first", "second", "question", "followed", "joined"),
    [
        (
            "zh",
            "接龙 苹果 价格 10",
            "接龙 烟台苹果 价格 15元/斤",
            "这个群里有 2 个团在接龙：#1 苹果 · #2 烟台苹果。这次没有加上，请带上编号："
            "苹果发 +2 #1 3号楼，烟台苹果发 +2 #2 3号楼（也可以直接回复编号或名称）。",
            "+2 #1 3号楼",
            "Cat 跟团：2 × 苹果（#1）",
        ),
        (
            "en",
            "/groupbuy Apples price 10",
            "/groupbuy Fuji Apples price 15/kg",
            "2 group buys are open here: #1 Apples · #2 Fuji Apples. Nothing was added: say which with its "
            "number (Apples: +2 #1 3号楼; Fuji Apples: +2 #2 3号楼), or reply with its number or name.",
            "+2 #1 3号楼",
            "Cat is in: 2 × Apples (#1).",
        ),
    ],
)
async def test_a_count_word_no_open_group_buy_takes_gets_examples_that_work(
    lang: str, first: str, second: str, question: str, followed: str, joined: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", first)
    await chat.say("amy", second)

    assert chat.said(await chat.say("cat", "+2条 3号楼")) == question
    assert chat.said(await chat.say("cat", followed)).startswith(joined)


async def test_a_count_word_one_of_them_takes_is_kept_in_its_example() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 苹果 价格 10")
    await chat.say("amy", "接龙 烟台苹果 价格 15元/斤")

    assert chat.said(await chat.say("cat", "+2箱")) == (
        "这个群里有 2 个团在接龙：#1 苹果 · #2 烟台苹果。这次没有加上，请带上编号："
        "苹果发 +2箱 #1（也可以直接回复编号或名称）。"
    )
