"""Review 96 #7: 土鸡蛋 #1 (限购 1) and 草莓 #2 both sold out; `候补 3` was asked which with the example
`候补 #1 3`, which the limit then refused. The question's example is a wait that would pass."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_example_names_one_whose_limit_allows_the_quantity() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 土鸡蛋 价格 30 库存 1 限购 1 截止 3d")
    await chat.say("bob", "+1")
    await chat.say("amy", "接龙 草莓 价格 25 库存 3 截止 3d")
    await chat.say("cat", "+3 #2")

    asked = chat.said(await chat.say("rae", "候补 3"))

    assert asked.endswith("例如 候补 #2 3。"), asked
    assert "候补 #1 3" not in asked
