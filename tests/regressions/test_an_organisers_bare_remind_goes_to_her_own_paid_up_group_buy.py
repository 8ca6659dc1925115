"""Amy and Bob run group buys in the same group. Bob's #2 closed and all paid (`已收 2-1`), Amy's #1 still
owed: Bob's bare `催款` answered "只有团长（Amy）可以这样做，没有任何改动。" (the only group buy owed here is
Amy's) while `催款 #2` said nobody owes. An organiser's bare `催款` now goes to her own newest closed
group buy and gives that same answer; someone who runs none here is still told only Amy may."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def amys_owed_and_bobs_paid_up() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")  # #1: Cat owes Amy
    await chat.say("bob", "接龙 草莓 价格 20")
    await chat.say("eve", "+1")
    await chat.say("bob", "截单")  # #2
    await chat.say("bob", "已收 2-1")  # all paid
    return chat


async def test_an_organisers_bare_remind_is_answered_about_her_own_paid_up_group_buy() -> None:
    chat = await amys_owed_and_bobs_paid_up()

    assert chat.said(await chat.say("bob", "催款")) == "#2 草莓 大家都付过款了，不用催。"
    assert chat.said(await chat.say("bob", "催款 #2")) == "#2 草莓 大家都付过款了，不用催。"


async def test_an_organisers_bare_remind_in_english_too() -> None:
    chat = await amys_owed_and_bobs_paid_up()

    answer = chat.said(await chat.say("bob", "/remind", language="en"))  # his app: English

    assert answer == "Everyone has paid for #2 草莓: nobody to remind."


async def test_a_member_who_runs_nothing_here_still_hears_only_the_organiser_may() -> None:
    chat = await amys_owed_and_bobs_paid_up()

    assert chat.said(await chat.say("eve", "催款")) == "只有团长（Amy）可以这样做，没有任何改动。"
