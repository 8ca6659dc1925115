"""With no per-person limit, `+5000` from a member already holding 3 said "一行最多 999 份（已有 0 份）":
her line is not read on that path (joins stay cheap), so the count was 0. The refusal now reads the line
(on this refusal only) and names what she holds, in English too."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_refusal_names_what_she_holds() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 1")
    await chat.say("bob", "+3")

    assert chat.said(await chat.say("bob", "+5000")) == "一行最多 999 份（已有 3 份），没有改动。"
    assert chat.said(await chat.say("cat", "+5000")) == "一行最多 999 份（已有 0 份），没有改动。"
    assert "1. Bob ×3" in await chat.card()


async def test_the_refusal_names_what_she_holds_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Eggs price 1 target 2")
    await chat.say("bob", "+3")

    refused = chat.said(await chat.say("bob", "+5000"))

    assert refused == "One line can hold at most 999 (it has 3): nothing was changed."
