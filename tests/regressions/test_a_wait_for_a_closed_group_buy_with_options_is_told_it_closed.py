"""rep86 #2: after Bubble Tea (#2, options with stock) closed, `/waitlist 2` and `/waitlist #2 1` were told
`Every option of Bubble Tea (#2) still has 2 or more left, no need to wait: join instead, e.g. +2 large.`,
and that join was then refused as closed. A wait naming no option was asked about the options before the
group buy was found closed. Now it gets the closed answer a `+1` gets, naming whom to ask for a new round."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

WORDS = {
    "en": ("/groupbuy Bubble Tea options small:9:10,large:12:10", "+1 small", "+2 large", "/close #1",
           ("/waitlist 1", "/waitlist #1 1", "/waitlist 2", "/waitlist large 1"),
           "+1 large"),
    "zh": ("接龙 奶茶 规格 小杯:9:10,大杯:12:10", "+1 小杯", "+2 大杯", "截单 #1",
           ("候补 1", "候补 #1 1", "候补 2", "候补 大杯 1"), "+1 大杯"),
}  # fmt: skip
CLOSED = {
    "en": "Group buy #1 (Bubble Tea) has closed: nothing was changed. If you want some, ask its organiser "
    "@Amy to open another round.",
    "zh": "团购 #1（奶茶）已经截单了，没有任何改动。想要的话请 @团长 Amy 再开一团。",
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_wait_after_the_close_is_told_it_closed_as_a_join_is(lang: str) -> None:
    opened, small, large, close, waits, join = WORDS[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opened)
    await chat.say("bob", small)
    await chat.say("cat", large)
    await chat.say("amy", close)
    before = await chat.card(1)

    for typed in waits:
        assert chat.said(await chat.say("eve", typed)) == CLOSED[lang], typed
    assert chat.said(await chat.say("eve", join)) == CLOSED[lang]
    assert await chat.card(1) == before
