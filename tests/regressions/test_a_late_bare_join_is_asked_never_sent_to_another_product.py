"""rep46 #7: Jo's `+1` right after Mangoes (#1) closed joined Avocados (#2), a product she never asked
for. Three hours after Avocados failed, every join of #6 still said "Avocados (#2) has just closed". Once
everything had ended, Kim's `+1` was told "Group buy #2 (Avocados) did not reach its minimum and ended".

Now a bare `+1` within 30 minutes of a close here, with another open, is asked which she meant (the
closed one said as closed, nothing joined; her next `+1` joins); a failed one is said not to have
reached its target, and a close at a deadline long past is no news; with nothing open, she is told so
and whom to ask for one."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def _mangoes_just_closed(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "zh":
        await chat.say("ben", "接龙 芒果 价格 20 截止 3d", name="Ben")
        await chat.say("ben", "接龙 牛油果 价格 3 截止 3d", name="Ben")
        await chat.say("amy", "+1 #1", name="Amy")
        await chat.say("ben", "截单 #1", name="Ben")
    else:
        await chat.say("ben", "/groupbuy Mangoes price 20 ends 3d", name="Ben")
        await chat.say("ben", "/groupbuy Avocados price 3 ends 3d", name="Ben")
        await chat.say("amy", "+1 #1", name="Amy")
        await chat.say("ben", "/close #1", name="Ben")
    return chat


async def test_in_english_a_bare_join_right_after_a_close_asks_and_joins_nothing() -> None:
    chat = await _mangoes_just_closed("en")

    asked = chat.said(await chat.say("jo", "+1", name="Jo"))

    assert asked == (
        "Mangoes (#1) has just closed, so nothing was joined. "
        "Open here: Avocados (#2); to join it, send +1 #2."
    )
    assert "Jo" not in await chat.card(2)
    joined = chat.said(await chat.say("jo", "+1", name="Jo"))  # told once: now she means Avocados
    assert joined.startswith("Jo is in: 1 × Avocados (#2).")
    assert "just closed" not in joined


async def test_in_chinese_a_bare_join_right_after_a_close_asks_and_joins_nothing() -> None:
    chat = await _mangoes_just_closed("zh")

    asked = chat.said(await chat.say("jo", "+2", name="Jo"))

    assert asked == "芒果（#1）刚截单，没有任何改动。现在在接龙的是 牛油果（#2），要跟就发 +2 #2。"
    assert "Jo" not in await chat.card(2)


async def test_a_failed_one_is_said_as_not_reaching_its_target_and_only_while_it_is_news() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="en")
    await chat.say("ben", "/groupbuy Avocados price 3 target 4 ends 2h", name="Ben")
    await chat.say("amy", "+1", name="Amy")
    await chat.say("ben", "/groupbuy Mangos price 20 ends 3d", name="Ben")
    clock.advance(hours=2, minutes=5)
    await chat.app.expire(1)  # failed at its deadline, five minutes ago

    asked = chat.said(await chat.say("jo", "+1", name="Jo"))

    assert asked == (
        "Avocados (#1) has just ended without reaching its target, so nothing was joined. "
        "Open here: Mangos (#2); to join it, send +1 #2."
    )


async def test_a_close_at_a_deadline_hours_ago_is_no_news() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="en")
    await chat.say("ben", "/groupbuy Avocados price 3 target 4 ends 2h", name="Ben")
    await chat.say("amy", "+1", name="Amy")
    await chat.say("ben", "/groupbuy Mangos price 20 ends 3d", name="Ben")
    clock.advance(hours=5)
    await chat.app.expire(1)  # its close runs late: the deadline was three hours ago

    joined = chat.said(await chat.say("jo", "+1", name="Jo"))

    assert joined == "Jo is in: 1 × Mangos (#2). Now ¥20 each."


async def test_with_everything_ended_a_bare_join_says_nothing_is_open_and_whom_to_ask() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="en")
    await chat.say("ben", "/groupbuy Avocados price 3 target 4 ends 2h", name="Ben")
    await chat.say("amy", "+1", name="Amy")
    clock.advance(hours=2, minutes=1)
    await chat.app.expire(1)

    plus = chat.said(await chat.say("kim", "+1", name="Kim"))
    join = chat.said(await chat.say("kim", "/join", name="Kim"))
    her = chat.said(await chat.say("amy", "+1", name="Amy"))  # she was on it: the same answer

    expected = (
        "There is no open group buy in this chat now (the last one was Avocados, #1): nothing was changed. "
        "If you want one, ask the organiser, Ben, to open one."
    )
    assert plus == join == her == expected
    assert "minimum" not in plus


async def test_in_chinese_with_everything_ended_a_bare_join_names_the_organiser_to_ask() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language="zh")
    await chat.say("lijie", "接龙 芒果 价格 20 成团 5 截止 2小时", name="Lijie")
    await chat.say("wang", "+1", name="王阿姨")
    clock.advance(hours=2, minutes=1)
    await chat.app.expire(1)

    said = chat.said(await chat.say("qian", "+1", name="Qian"))
    own = chat.said(await chat.say("lijie", "+1", name="Lijie"))

    assert (
        said == "这个群里现在没有进行中的团购（最近的一个是 芒果，#1），没有任何改动。"
        "想要的话请 @团长 Lijie 开一团。"
    )
    assert (
        own
        == "这个群里现在没有进行中的团购（最近的一个是 芒果，#1），没有任何改动。要再开一团就发 再开一团 #1"
    )


async def test_a_join_for_a_friend_is_joined_with_the_close_said_beside_it() -> None:
    chat = await _mangoes_just_closed("en")

    said = chat.said(await chat.say("jo", "+1 for my mum", name="Jo"))

    assert said.endswith("Mangoes (#1) has just closed; this joined Avocados (#2)."), said


async def test_a_group_buy_opened_since_the_close_is_joined_without_asking() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ben", "/groupbuy Mangoes price 20 ends 3d", name="Ben")
    await chat.say("amy", "+1", name="Amy")
    await chat.say("ben", "/close", name="Ben")
    await chat.say("ben", "/groupbuy Apples price 12 ends 3d", name="Ben")

    said = chat.said(await chat.say("jo", "+1", name="Jo"))

    assert said == "Jo is in: 1 × Apples (#2). Now ¥12 each."  # the one opened since is meant (rep53 #9)
