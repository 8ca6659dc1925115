"""Session 26 (rep37 finding 10): right after 阳光玫瑰 #2 closed, Qin (who wanted the grapes) sent `+1` and
was answered "Qin 跟团：1 × 土鸡蛋 30枚（#1）", the only other one open, with no word that the grapes had
just closed. Within 30 minutes of a close here, a join naming no group buy that joins another one says so
on a line of its own; one naming its group buy, or later, reads as before. Since rep46 #7 the first such
join is asked which one she meant, nothing joined; her next joins and reads no hint."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def _grapes_just_closed(lang: str = "zh") -> tuple[Chat, FakeClock]:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language=lang)
    if lang == "zh":
        await chat.say("lin", "接龙 土鸡蛋 价格 45 截止 3d", name="Lin")
        await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 3d", name="Amy")
        await chat.say("bob", "+1 #2", name="Bob")
        await chat.say("amy", "截单 #2", name="Amy")
    else:
        await chat.say("lin", "/groupbuy Eggs price 45 ends 3d", name="Lin")
        await chat.say("amy", "/groupbuy Grapes price 68 ends 3d", name="Amy")
        await chat.say("bob", "+1 #2", name="Bob")
        await chat.say("amy", "/close #2", name="Amy")
    return chat, clock


async def test_in_chinese_a_bare_join_just_after_a_close_says_which_one_it_joined() -> None:
    chat, _ = await _grapes_just_closed()

    said = chat.said(await chat.say("qin", "+1", name="Qin"))

    assert said == "阳光玫瑰（#2）刚截单，没有任何改动。现在在接龙的是 土鸡蛋（#1），要跟就发 +1 #1。"
    again = chat.said(await chat.say("qin", "+1", name="Qin"))
    assert again == "Qin 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"


async def test_in_english_a_bare_join_just_after_a_close_says_which_one_it_joined() -> None:
    chat, _ = await _grapes_just_closed("en")

    said = chat.said(await chat.say("qin", "+1", name="Qin"))

    assert (
        said
        == "Grapes (#2) has just closed, so nothing was joined. Open here: Eggs (#1); to join it, send +1 #1."
    )


async def test_a_join_naming_its_group_buy_or_later_says_nothing_of_it() -> None:
    chat, clock = await _grapes_just_closed()

    named = chat.said(await chat.say("qin", "+1 #1", name="Qin"))
    clock.advance(minutes=31)
    later = chat.said(await chat.say("ray", "+1", name="Ray"))

    assert named == "Qin 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert later == "Ray 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"


async def test_a_close_at_the_deadline_counts_too() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="zh")
    await chat.say("lin", "接龙 土鸡蛋 价格 45 截止 3d", name="Lin")
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 2小时", name="Amy")
    await chat.say("bob", "+1 #2", name="Bob")
    clock.advance(hours=2, minutes=1)
    await chat.app.expire(2)

    said = chat.said(await chat.say("qin", "+1", name="Qin"))

    assert said == "阳光玫瑰（#2）刚截单，没有任何改动。现在在接龙的是 土鸡蛋（#1），要跟就发 +1 #1。"


async def test_a_bare_join_of_the_next_round_of_what_closed_says_nothing_of_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 3d", name="Amy")
    await chat.say("bob", "+1", name="Bob")
    await chat.say("amy", "截单", name="Amy")
    await chat.say("amy", "再开一团 #1", name="Amy")

    said = chat.said(await chat.say("yan", "+1", name="Yan"))

    assert said == "Yan 跟团：1 × 阳光玫瑰（#2）。当前 ¥68/份。"  # the new round: nothing to warn of
