"""s37: `-1 vanila` (the option after the count) answered "There is no option “vanila”. The options are:
…" without saying nothing changed or what to send, while `vanila -1` says both. Both answer alike now:
the leave to send names the option she meant, or the one she holds."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Ice options vanilla:10,chocolate:15 ends 1h")
    await chat.say("eve", "+1 vanilla")

    after = Chat.said(await chat.say("eve", "-1 vanila"))
    before = Chat.said(await chat.say("eve", "vanila -1"))
    await chat.say("cat", "+1 chocolate")
    other = Chat.said(await chat.say("cat", "-1 mint"))

    assert (
        after
        == before
        == (
            "Ice (#1) has no option “vanila”; its options: vanilla ¥10 / chocolate ¥15. "
            "Name one to leave it, e.g. -1 vanilla. Nothing was changed."
        )
    )
    assert other == (
        "Ice (#1) has no option “mint”; its options: vanilla ¥10 / chocolate ¥15. Name one to leave it, "
        "e.g. -1 chocolate. Nothing was changed."
    )
    assert "Eve vanilla ×1" in await chat.card(1)


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 规格 大盒:68,小盒:38", name="Amy")
    await chat.say("eve", "+1 小盒", name="Eve")

    said = Chat.said(await chat.say("eve", "-1 中盒", name="Eve"))

    assert said == (
        "粽子（#1）没有“中盒”这个规格，可选：大盒 ¥68 / 小盒 ¥38。"
        "退出时带上规格，例如 -1 小盒。没有任何改动。"
    )
    assert "Eve 小盒 ×1" in await chat.card(1)
