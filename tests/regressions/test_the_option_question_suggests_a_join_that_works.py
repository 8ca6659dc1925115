"""rep66 finding 6: `+1 #2 要2份` on a group buy with options was asked which option with the example
`+1 #2 大盒 要2份`, and that very form is refused (`你写了 +1 和“要2份”…`). The example carries the
count its note asks for instead (`+2 #2 大盒`), which joins; made with a share code, the example keeps the
code (`+2 团1-XXXX 大盒`), in the group and in private."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_example_is_the_count_asked_with_the_option_and_it_joins() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 芒果 价格 88 成团 5 截止 2小时")
    await room.say("amy", "接龙 荔枝 规格 小盒:30,大盒:50 截止 2小时")

    asked = Chat.said(await room.say("eve", "+1 #2 要2份"))
    noted = Chat.said(await room.say("eve", "+1 #2 要2份 3号楼"))
    friend = Chat.said(await room.say("eve", "+1 #2 帮 小王 要2份"))

    assert asked == (
        "荔枝（#2）要哪个规格？小盒 ¥30 / 大盒 ¥50。跟团时带上规格，例如 +2 #2 大盒，或点对应的跟团按钮。"
    )
    assert "例如 +2 #2 大盒 3号楼，" in noted, noted
    assert "例如 +2 帮 小王 #2 大盒。" in friend, friend
    joined = Chat.said(await room.say("fay", "+2 #2 大盒"))
    assert joined.startswith("Fay 跟团：2 × 荔枝 大盒（#2）"), joined
    assert "大盒" in joined and "没有任何改动" not in joined, joined


async def test_english_likewise() -> None:
    room = fake_chat(default_language="en")
    await room.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")
    await room.say("amy", "/groupbuy Lychee options small:30,large:50 ends 2h")

    asked = Chat.said(await room.say("eve", "+1 #2 2 more"))

    assert "e.g. +2 #2 large, or tap its Join button." in asked, asked
    joined = Chat.said(await room.say("fay", "+2 #2 large"))
    assert joined.startswith("Fay is in: 2 × Lychee large (#2)"), joined


async def test_made_with_a_share_code_the_example_keeps_the_code() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 规格 小盒:30,大盒:50 截止 2小时")
    await room.say("amy", "佣金 10%")
    found = re.search(r"团1-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    code = found.group(0)

    group = Chat.said(await room.say("eve", f"+1 {code} 要2份"))
    private = Chat.said(await room.say("kim", f"+1 {code} 要2份", private=True))

    assert f"例如 +2 {code} 大盒，或点对应的跟团按钮。" in group, group
    assert private.endswith(f"例如 +2 {code} 大盒。"), private
    joined = Chat.said(await room.say("kim", f"+2 {code} 大盒", private=True))
    assert joined.startswith("你已跟团：2 × 荔枝 大盒（#1）"), joined
