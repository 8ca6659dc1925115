"""Review 95 (#14): with options, the opening announcement said `跟团时请带上规格：+1 小盒` while the card
it came with said `发“+1 大盒”抢第一个`. Both now name the first option."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_announcement_names_the_option_the_card_names() -> None:
    chat = fake_chat()
    opened = chat.said(await chat.say("amy", "接龙 荔枝 规格 大盒:25,小盒:15 截止 3d"))
    card = await chat.card()

    assert opened.endswith("跟团时请带上规格：+1 大盒。")
    assert "还没有人跟团，发“+1 大盒”抢第一个" in card
