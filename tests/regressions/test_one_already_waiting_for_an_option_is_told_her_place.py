"""rep81 #8: Tom, waiting for 月饼 小盒 (`候补 小盒 1`, first in line), sent `+1 小盒` and `还能要一份吗？`
and was told how to join the waiting list (`想候补 小盒 请发“候补 小盒 1”`); sending that wait again answered
`Tom 改为候补 1 份 月饼 小盒（#1），仍排第 1 位。` though nothing changed. One already waiting for the option
(or, asked without one, for any option of it) is told her place, never how to queue; the same wait sent
again says nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

PLACE_ZH = (
    "抱歉，月饼 小盒（#1）已经卖完了。你已经在候补名单上：候补 1 份，排第 1 位，"
    "空出来会按顺序补给你，不用再发。没有任何改动。"
)


async def _tom_waits(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Mooncakes options big:88:2,small:48 stock 3")
        await chat.say("ann", "+2 small", name="Ann")
        await chat.say("sam", "+1 big", name="Sam")
        await chat.say("tom", "/waitlist small 1", name="Tom")
    else:
        await chat.say("amy", "接龙 月饼 规格 大盒:88:2,小盒:48 库存 3")
        await chat.say("ann", "+2 小盒", name="Ann")
        await chat.say("sam", "+1 大盒", name="Sam")
        await chat.say("tom", "候补 小盒 1", name="Tom")
    return chat


async def test_her_join_of_the_option_is_told_her_place() -> None:
    chat = await _tom_waits()
    before = await chat.card()

    said = chat.said(await chat.say("tom", "+1 小盒", name="Tom"))

    assert said == f"Tom：{PLACE_ZH}", said
    assert await chat.card() == before


async def test_her_question_is_told_her_place() -> None:
    chat = await _tom_waits()

    said = chat.said(await chat.say("tom", "还能要一份吗？", name="Tom"))

    assert said == PLACE_ZH, said


async def test_the_same_wait_again_says_nothing_changed() -> None:
    chat = await _tom_waits()

    said = chat.said(await chat.say("tom", "候补 小盒 1", name="Tom"))

    assert said == (
        "Tom 已经在候补 月饼 小盒（#1）：候补 1 份，排第 1 位，空出来会按顺序补给你，不用再发。没有任何改动。"
    ), said


async def test_a_wait_for_more_still_changes_it() -> None:
    chat = await _tom_waits()

    said = chat.said(await chat.say("tom", "候补 小盒 2", name="Tom"))

    assert said == "Tom 改为候补 2 份 月饼 小盒（#1），仍排第 1 位。", said


async def test_another_member_is_still_told_how_to_wait() -> None:
    chat = await _tom_waits()

    said = chat.said(await chat.say("kim", "+1 小盒", name="Kim"))

    assert "请发“候补 小盒 1”" in said, said


async def test_in_english() -> None:
    chat = await _tom_waits("en")

    joined = chat.said(await chat.say("tom", "+1 small", name="Tom"))
    again = chat.said(await chat.say("tom", "/waitlist small 1", name="Tom"))

    assert joined == (
        "Tom: Sorry, Mooncakes small (#1) is sold out. You are already on its waiting list for 1, number 1 "
        "in line: freed units go down the list in order, so there is nothing more to send. "
        "Nothing was changed."
    ), joined
    assert again == (
        "Tom is already on the waiting list of Mooncakes small (#1) for 1, number 1 in line: freed units go "
        "down the list in order, so there is nothing more to send. Nothing was changed."
    ), again
