"""Session 28's reviews (rep48 #11): after a `/cancel` (`取消`) took away her only line, a bare `+1` with
nothing open here read as silent or only "was cancelled: nothing was changed". Replayed as users type it, in
zh and en: the group buy she was on called off (her own `/cancel` / `取消` first answered that only the
organiser can), or her only order cancelled after the close (`取消订单 1-1`), her bare `+1` says nothing
is open here, names the last one and whom to ask (the organiser: the command that opens it again)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

NOTHING_OPEN = {
    "zh": "这个群里现在没有进行中的团购（最近的一个是 芒果，#1），没有任何改动。"
    "想要的话请 @团长 Amy 开一团。",
    "en": (
        "There is no open group buy in this chat now (the last one was Mangos, #1): nothing was changed. "
        "If you want one, ask the organiser, Amy, to open one."
    ),
}
FORMS = {
    "zh": ("接龙 芒果 价格 45", "取消", "取消 #1 确认"),
    "en": ("/groupbuy Mangos price 45", "/cancel", "/cancel #1 confirm"),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_her_line_called_off_then_a_bare_join_says_nothing_is_open(lang: str) -> None:
    opening, cancel, confirm = FORMS[lang]
    chat = fake_chat()
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    assert "Amy" in chat.said(await chat.say("bob", cancel))  # only the organiser can: nothing changed
    await chat.say("amy", cancel)
    await chat.say("amy", confirm)
    assert chat.said(await chat.say("bob", cancel))  # answered, never silent
    assert chat.said(await chat.say("bob", "+1")) == NOTHING_OPEN[lang]
    assert chat.said(await chat.say("bob", "+1")) == NOTHING_OPEN[lang]  # each time


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_organisers_own_line_called_off_then_her_bare_join_says_how_to_open_it_again(
    lang: str,
) -> None:
    opening, cancel, confirm = FORMS[lang]
    chat = fake_chat()
    await chat.say("amy", opening)
    await chat.say("amy", "+1")
    await chat.say("amy", cancel)
    await chat.say("amy", confirm)
    said = chat.said(await chat.say("amy", "+1"))
    assert said.endswith(
        {"zh": "没有任何改动。要再开一团就发 再开一团 #1", "en": "To open another round, send /copy #1"}[lang]
    )


async def test_her_only_order_cancelled_after_the_close_then_a_bare_join_says_nothing_is_open() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "接龙 芒果 价格 45")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "取消订单 1-1")
    just = chat.said(await chat.say("bob", "+1"))
    assert just == "团购 #1（芒果）已经截单了，没有任何改动。想要的话请 @团长 Amy 再开一团。"
    clock.advance(minutes=40)
    assert chat.said(await chat.say("bob", "+1")) == NOTHING_OPEN["zh"]
