"""`候补 2` where only 草莓味 was sold out asked which option, listing 巧克力 too and suggesting
`候补 巧克力 1`, which was then refused "还剩 3 份". With one sold-out option the wait now goes to it;
with several the question lists only those."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_one_sold_out_option_is_waited_for_directly() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 蛋糕 规格 草莓味:30:2,巧克力:30:3 截止 3d")
    await chat.say("bob", "+2 草莓味")

    said = await chat.say("dan", "候补 2")

    assert chat.said(said).startswith("Dan 已候补 蛋糕 草莓味（#1）2 份，排第 1 位。")


async def test_with_several_sold_out_only_those_are_offered() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cake options strawberry:30:1,chocolate:30:3,matcha:30:1 ends 3d")
    await chat.say("bob", "+1 strawberry")
    await chat.say("cat", "+1 matcha")

    said = await chat.say("dan", "/waitlist")

    assert chat.said(said) == (
        "Which option of Cake (#1) do you want to wait for? strawberry ¥30 / matcha ¥30. "
        "E.g. /waitlist matcha 1, or tap its Wait button."
    )


async def test_with_none_sold_out_the_wait_is_told_to_join() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 蛋糕 规格 草莓味:30:2,巧克力:30:3 截止 3d")

    said = await chat.say("dan", "候补")

    assert chat.said(said) == (
        "蛋糕（#1）每个规格都还够 1 份，不用候补：直接跟团，例如 +1 巧克力。没有任何改动。"
    )
