"""Session 42: `豆沙 2` joined as `+2 豆沙` (s42-forms), so the same 接龙 line sent again made it 4, and
`small 2` added where `2 small` was already an echo. An option and its count alone is her count: sent again
it changes nothing and says how to add; another count asks whether she means that many in all or more."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_chinese_line_sent_again_is_an_echo() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 规格 豆沙:10,咸蛋黄:12")

    assert chat.said(await chat.say("bob", "豆沙 2")) == "Bob 跟团：2 × 月饼 豆沙（#1）。豆沙 现价 ¥10/份。"
    again = chat.said(await chat.say("bob", "豆沙 2"))

    assert again == "你已跟团 豆沙 ×2；要再加请发 +2 豆沙。这次没有改动。"
    assert chat.said(await chat.say("bob", "2 豆沙")) == again


async def test_in_english_the_count_first_or_last_reads_alike() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ann", "/groupbuy Buns options small:3,large:4")
    await chat.say("bob", "small 2")

    assert chat.said(await chat.say("bob", "small 2")) == (
        "You're already in for 2 × small; to add more, send +2 small. Nothing changed."
    )
    assert chat.said(await chat.say("bob", "small 4")) == (
        "You're in for 2 × small: to make it 4, send +2 small; to add 4 more, send +4 small. Nothing changed."
    )
