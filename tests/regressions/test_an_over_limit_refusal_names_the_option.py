"""`接龙 粽子 规格 咸:10,甜:8 限购 3`: Bob with 3 咸 sending `+1 咸` was told
`抱歉，粽子 每人限购 3 份，你已经有 3 份了`, though the limit is per option (he may still take 甜).
The refusal names the option it is about: `粽子 咸 每人限购 3 份…` /
`Sorry, Zongzi sweet is limited to 3 per person…`. Without options the wording stays, and nothing
is changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_over_limit_join_names_the_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 咸:10,甜:8 限购 3 截止 明天 20:00")
    await chat.say("bob", "+1 咸")

    over = chat.said(await chat.say("bob", "+3 咸"))
    full = await chat.say("bob", "+2 咸")
    full_said = chat.said(await chat.say("bob", "+1 咸"))

    assert over == "抱歉，粽子 咸 每人限购 3 份，你已经有 1 份了，还能再要 2 份（发 +2 咸），没有任何改动。"
    assert chat.said(full) == "Bob 跟团：又加 2 份，现在共 3 × 粽子 咸（#1）。咸 现价 ¥10/份。"
    assert full_said == "抱歉，粽子 咸 每人限购 3 份，你已经有 3 份了，不能再要了，没有任何改动。"
    card = await chat.card()
    assert "1. Bob 咸 ×3" in card and "Bob 甜" not in card


async def test_an_english_over_limit_join_names_the_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Zongzi options salty:10,sweet:8 limit 3 ends 3d")
    await chat.say("bob", "+1 sweet")

    over = chat.said(await chat.say("bob", "+3 sweet"))

    assert over == (
        "Sorry, Zongzi sweet is limited to 3 per person and you already have 1, so you may take 2 more: "
        "send +2 sweet. Nothing was changed."
    )


async def test_without_options_the_refusal_names_the_product_only() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 价格 10 限购 3 截止 3d")
    await chat.say("bob", "+1")

    over = chat.said(await chat.say("bob", "+3"))

    assert over == "抱歉，粽子 每人限购 3 份，你已经有 1 份了，还能再要 2 份，没有任何改动。"
