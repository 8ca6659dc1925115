"""Bob holding all the limit allows (限购 2, 2 on his line) typed `候补` while units were left and was told
"还剩 8 份，不用候补：直接发 +1 跟团", a `+1` then refused by the limit; one below it was offered `+3`
beyond what he may take. A member at the limit is now told so, sold out or not, nothing changed; a `+N`
offered instead of a wait is never more than one may still take."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_at_the_limit_is_refused_with_units_left_or_sold_out() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 库存 10 限购 2 截止 3d")
    await chat.say("bob", "+2")

    assert chat.said(await chat.say("bob", "候补")) == (
        "芒果 每人限购 2 份，你已经有 2 份了，不能再候补。没有任何改动。"
    )
    assert chat.said(await chat.say("bob", "/wait 3")) == (  # no English words: the chat's language
        "芒果 每人限购 2 份，你已经有 2 份了，不能再候补。没有任何改动。"
    )
    await chat.say("cat", "+1")
    assert chat.said(await chat.say("cat", "候补 3")) == (
        "芒果（#1）还剩 7 份，不用候补：直接发 +1 跟团。没有任何改动。"
    )
    for user in ("dan", "eve", "amy"):
        await chat.say(user, "+2")
    await chat.say("cat", "+1")  # sold out: 10 of 10
    assert chat.said(await chat.say("cat", "候补 1")) == (
        "芒果 每人限购 2 份，你已经有 2 份了，不能再候补。没有任何改动。"
    )
    assert "候补" not in await chat.card(1)
