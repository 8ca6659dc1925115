"""rep38 finding 5: Amy's 阳光玫瑰 #1 had just closed while Lin's eggs #2 (opened after it) were still open;
P10's `再开一团` was answered "…想要的话请 @团长 Lin 再开一团。" — the organiser of the newest group buy,
not of the one that ended. It now names the organiser of what ended last here. (`再开一团` alone is the
Chinese words' form; English has only `/reopen`, `/copy`, which name the group buy they would copy.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_buyers_reopen_names_who_ran_what_just_ended() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 3d", name="Amy")
    await chat.say("lin", "接龙 土鸡蛋 价格 45 截止 3d", name="Lin")
    await chat.say("bob", "+1 #1", name="Bob")
    await chat.say("amy", "截单 #1", name="Amy")

    said = chat.said(await chat.say("p10", "再开一团", name="P10"))

    assert said == "只有团长才能再开一团，没有任何改动。想要的话请 @团长 Amy 再开一团。"
    # with nothing ended here, the newest group buy's organiser, as before
    other = fake_chat()
    await other.say("lin", "接龙 土鸡蛋 价格 45 截止 3d", name="Lin")
    assert other.said(await other.say("p10", "再开一团", name="P10")).endswith("@团长 Lin 再开一团。")


async def test_a_buyers_bare_reopen_in_english_names_who_ran_what_just_ended() -> None:
    """rep39 finding 2: Kim's bare `/reopen`, Amy's buy closed and Bob's open, said "ask @Bob"."""
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Grapes price 68 ends 3d", name="Amy")
    await chat.say("bob", "/groupbuy Eggs price 45 ends 3d", name="Bob")
    await chat.say("cat", "+1 #1", name="Cat")
    await chat.say("amy", "/close #1", name="Amy")

    said = chat.said(await chat.say("kim", "/reopen", name="Kim"))

    assert said == (
        "Only the organiser can open another round: nothing was changed. If you want some, ask @Amy to"
        " open another round."
    )
