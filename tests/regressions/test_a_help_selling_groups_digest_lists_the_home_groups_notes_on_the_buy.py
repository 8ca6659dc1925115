"""`/digest` (`摘要`) and the evening digest in a help-selling group (帮卖: Bob lists Amy's 芒果 #1 in
公司群) listed only that group's own notes, while `/top` listed the note of Amy's group on 芒果 too: both
now hold the seller group's notes on the group buys help-sold there, after the group's own, their authors
named as `/top` and Ask name them (`#1 Cat（来自团长 Amy 的群）`); never a note of that group on anything
else. In Chinese and English."""

from __future__ import annotations

from handlers.digest import NoteDigests
from tests.fakes import FakeClock
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

CAT = "芒果超甜，汁多"


async def _office() -> Chat:
    family, office = await help_sold(
        "接龙 芒果 价格 35 成团 1 截止 2小时", clock=FakeClock(), family_title="家庭群"
    )
    await family.say("cat", f"种草 #1 {CAT}")
    await family.say("dan", "种草 我家楼下的面包店不错")  # #2: Amy's group, on no group buy
    office.admins = {"fay"}
    return office


async def evening_digest(office: Chat) -> str:
    clock = office.app.clock
    assert isinstance(clock, FakeClock)
    clock.advance(hours=8)  # 20:00 in Shanghai: the evening digest is due
    digests = NoteDigests(
        uow_factory=office.app.uow_factory, clock=clock, config=office.app.config, outbox=office.app
    )
    [sent] = [d for d in await digests() if d.chat_id == office.chat_id]
    return sent.text


async def test_the_helping_groups_digest_lists_the_home_groups_note_on_the_buy() -> None:
    office = await _office()

    said = office.said(await office.say("fay", "摘要"))
    assert said.splitlines()[:2] == [
        "📰 过去 24 小时的笔记精选（1 条）",
        f"1. #1 Cat（来自团长 Amy 的群）：{CAT} 👍 0 · 💬 0",
    ], said
    assert "面包店" not in said

    await office.say("fay", "摘要 开")
    sent = await evening_digest(office)
    assert sent.splitlines()[:2] == [
        "📰 今日笔记精选（1 条）",
        f"1. #1 Cat（来自团长 Amy 的群）：{CAT} 👍 0 · 💬 0",
    ]
    assert "面包店" not in sent


async def test_its_own_notes_come_first_in_english_too() -> None:
    office = await _office()
    await office.say("eve", "种草 #1 芒果很新鲜")  # #3: a note of 公司群 itself

    said = office.said(await office.say("joe", "/digest", language="en")).splitlines()

    assert said[:3] == [
        "📰 The best notes of the last 24 hours (2)",
        "1. #3 Eve: 芒果很新鲜 👍 0 · 💬 0",
        f"2. #1 Cat (from organiser Amy's group): {CAT} 👍 0 · 💬 0",
    ], said
