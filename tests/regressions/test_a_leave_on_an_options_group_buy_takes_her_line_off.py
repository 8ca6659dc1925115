"""rep38 #8: after Eve's `-1` took her 小盒 off 水蜜桃, her `退出` was told "你还没有跟 水蜜桃 这个团。
跟团请发 +1", read as `退出` not working on a buy with options, and `+1` alone is only asked which
option. `退出` on it takes her one line off, asks which of two, and one on none is told so with an option
to join."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _peaches(*, english: bool = False) -> Chat:
    chat = fake_chat()
    await chat.say(
        "amy",
        "/groupbuy Peaches options large:88,small:58" if english else "接龙 水蜜桃 规格 大盒:88,小盒:58",
    )
    return chat


async def test_leave_takes_her_one_line_off_and_asks_which_of_two() -> None:
    chat = await _peaches()
    await chat.say("eve", "+1 小盒")
    assert chat.said(await chat.say("eve", "退出")) == "Eve 退出了 水蜜桃 小盒（#1）。"
    await chat.say("eve", "+1 小盒")
    await chat.say("eve", "+1 大盒")
    assert chat.said(await chat.say("eve", "退出")) == (
        "你在 水蜜桃 有几个规格：小盒 ×1 / 大盒 ×1。请说明是哪个，例如 -1 大盒。"
    )


async def test_on_none_she_is_told_so_with_an_option_to_join() -> None:
    chat = await _peaches()
    assert chat.said(await chat.say("eve", "退出")) == (
        "你还没有跟 水蜜桃 这个团，没有可以退出的。跟团请发 +1 小盒（可选：大盒 ¥88 / 小盒 ¥58）"
    )
    await chat.say("amy", "接龙 大葱 价格 7")
    assert chat.said(await chat.say("eve", "退出 #1")) == (
        "你还没有跟 水蜜桃 这个团，没有可以退出的。跟团请发 +1 小盒 #1（可选：大盒 ¥88 / 小盒 ¥58）"
    )


async def test_in_english() -> None:
    chat = await _peaches(english=True)
    await chat.say("eve", "+1 small")
    assert chat.said(await chat.say("eve", "/leave")) == "Eve left Peaches small (#1)."
    assert chat.said(await chat.say("eve", "/leave")) == (
        "You are not on the list of Peaches, so there is nothing to leave. Join with +1 small "
        "(options: large ¥88 / small ¥58)"
    )
