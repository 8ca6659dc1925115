"""Review 88 item 13: Kim held 1 of 散养土鸡蛋 (#1), 1 left, and pasted the 接龙 list with her line
`3. Kim 3`: the answer, `散养土鸡蛋 30枚/盒 只剩 1 份了，没有任何改动。例如：+1`, did not say she holds 1
already, nor that `+1` makes 2, the most she can have. Now it says both; nothing changed. Same for an
option's line."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

EGGS = "散养土鸡蛋 30枚/盒"


async def test_a_pasted_line_over_what_is_left_says_what_she_holds_and_the_most() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", f"接龙 {EGGS} 价格 45 成团 3 库存 8 限购 4", name="阿May")
    await chat.say("bob", "+3", name="王阿姨")
    await chat.say("dan", "+3", name="老王")
    await chat.say("kim", "+1", name="Kim")
    before = await chat.card(1)

    said = chat.said(await chat.say("kim", f"#接龙\n{EGGS}\n1. 王阿姨 3\n2. 老王 3\n3. Kim 3", name="Kim"))

    assert said == f"{EGGS} 只剩 1 份了：你已经有 1 份，最多能要到 2 份，没有任何改动。例如：+1", said
    assert await chat.card(1) == before


async def test_a_pasted_option_line_over_what_is_left_says_what_she_holds_of_it() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 月饼 规格 大盒:30:4,小盒:20 限购 4", name="阿May")
    await chat.say("bob", "+2 大盒", name="王阿姨")
    await chat.say("kim", "+1 大盒", name="小金")
    before = await chat.card(1)

    said = chat.said(await chat.say("kim", "#接龙\n月饼\n1. 王阿姨 大盒 2\n2. 小金 大盒 3", name="小金"))

    assert (
        said == "月饼 大盒 只剩 1 份了：你已经有 1 份 大盒，最多能要到 2 份，没有任何改动。例如：+1 大盒"
    ), said
    assert await chat.card(1) == before


async def test_a_typed_join_over_what_is_left_keeps_its_answer() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", f"接龙 {EGGS} 价格 45 库存 8 限购 4", name="阿May")
    await chat.say("bob", "+3", name="王阿姨")
    await chat.say("dan", "+3", name="老王")
    await chat.say("kim", "+1", name="Kim")

    said = chat.said(await chat.say("kim", "+2", name="Kim"))

    assert said == f"{EGGS} 只剩 1 份了，没有任何改动。例如：+1", said
