"""Review 75 #12: in a help-selling group (帮卖: Bob lists Amy's 芒果 #1 in 公司群), the note of Amy's
group on 芒果 could be read (`笔记 1`), liked and quoted there, yet `/notes` answered
`这一周本群没有笔记。发“种草 …”写第一条吧。`. The list (`/notes`, `精选`, `/top`) now holds the notes of
the seller's group on the group buys help-sold there, after the group's own, their authors named as from that
group (as Ask quotes them); never a note of that group on anything else."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

CAT = "芒果超甜，汁多"


async def _office() -> tuple[Chat, Chat]:
    family, office = await help_sold(
        "接龙 芒果 价格 35 成团 1 截止 2小时", clock=FakeClock(), family_title="家庭群"
    )
    await family.say("cat", f"种草 #1 {CAT}")
    await family.say("dan", "种草 我家楼下的面包店不错")  # #2: Amy's group, on no group buy
    return family, office


async def test_the_helping_groups_notes_list_holds_the_home_groups_note_on_the_buy() -> None:
    _, office = await _office()

    for typed in ("/notes", "精选", "/top"):
        said = office.said(await office.say("fay", typed))
        assert said.splitlines()[:2] == [
            "🏆 本周最佳笔记（1 条）",
            f"1. #1 Cat（来自团长 Amy 的群）：{CAT} 👍 0 · 💬 0",
        ], (typed, said)
        assert "面包店" not in said

    await office.say("fay", "赞 1")  # liked there, counted on the note
    said = office.said(await office.say("fay", "/notes"))
    assert f"1. #1 Cat（来自团长 Amy 的群）：{CAT} 👍 1 · 💬 0" in said, said


async def test_in_english_too() -> None:
    _, office = await _office()
    said = office.said(await office.say("joe", "/notes", language="en"))

    assert said.splitlines()[:2] == [
        "🏆 The week's best note (1)",
        f"1. #1 Cat (from organiser Amy's group): {CAT} 👍 0 · 💬 0",
    ], said


async def test_its_own_notes_come_first() -> None:
    _, office = await _office()
    await office.say("eve", "种草 #1 芒果很新鲜")  # #3: a note of 公司群 itself

    said = office.said(await office.say("fay", "/notes")).splitlines()

    assert said[1] == "1. #3 Eve：芒果很新鲜 👍 0 · 💬 0", said
    assert said[2] == f"2. #1 Cat（来自团长 Amy 的群）：{CAT} 👍 0 · 💬 0", said
