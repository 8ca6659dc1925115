"""rep92 #5: a pasted list's friend line typed alone with the option (`帮妈妈 小盒1`, `帮陈奶奶 小盒 1`,
`帮我妈 小盒1`) got no answer at all, while `帮我妈 2` was asked which option (its example `+2 帮 妈妈 小盒`).
It now joins as `+1 帮 妈妈 小盒`: the friend's line of that option, said so, on the card."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("typed", "friend", "n", "option"),
    [("帮妈妈 小盒1", "妈妈", 1, "小盒"), ("帮陈奶奶 小盒 1", "陈奶奶", 1, "小盒"),
     ("帮我妈 小盒1", "妈妈", 1, "小盒"), ("帮妈妈 2 大盒", "妈妈", 2, "大盒"),
     ("帮姐姐 小盒2份", "姐姐", 2, "小盒")],
)  # fmt: skip
async def test_the_friends_line_with_its_option_joins(typed: str, friend: str, n: int, option: str) -> None:
    price = {"大盒": 98, "小盒": 58}[option]
    said = f"老陈 帮 {friend} 跟团：{n} × 月饼 {option}（#1）。{option} 现价 ¥{price}/份。"
    line = f"老陈 帮 {friend} {option} ×{n}"
    chat = fake_chat()
    await chat.say("li", "接龙 月饼 规格 大盒:98:5,小盒:58 限购 3 截止 明晚8点", name="李姐")
    await chat.say("chen", "+1 小盒", name="老陈")

    assert chat.said(await chat.say("chen", typed, name="老陈")) == said
    assert line in await chat.card()


async def test_talk_after_the_friend_stays_talk() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 月饼 规格 大盒:98:5,小盒:58 限购 3 截止 明晚8点", name="李姐")

    assert chat.said(await chat.say("chen", "帮我妈 2", name="老陈")) == (
        "月饼（#1）帮 妈妈 要哪个规格？大盒 ¥98 / 小盒 ¥58。跟团时带上规格，例如 +2 帮 妈妈 小盒。"
    )
    assert [reply for reply in await chat.say("chen", "帮妈妈 问问 1", name="老陈") if reply.text] == []
