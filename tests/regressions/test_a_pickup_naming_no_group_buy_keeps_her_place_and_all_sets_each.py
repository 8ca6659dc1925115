"""rep52 #3: `/pickup Clubhouse Friday 6pm` with three group buys open answered "…Say which with its
number, e.g. /pickup #11 Gate 3 tomorrow 17:00": copying it set the wrong place and day. And
`/pickup all Gate 3 Tuesday 5pm` (`自提 全部 …`) got the same question, so four buys took four pickups.

Now the question's example keeps her place and time (as `/payment`'s keeps her note), and `all` / `全部`
sets it for every open group buy of hers here, answered with each one set; one refused refuses all,
nothing changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def two_open(lang: str) -> Chat:
    chat = fake_chat()
    if lang == "en":
        chat.admins = {"amy"}
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Apples price 20 target 1")
        await chat.say("amy", "/groupbuy Pears price 10 target 1")
    else:
        await chat.say("amy", "接龙 苹果 价格 20 成团 1")
        await chat.say("amy", "接龙 梨 价格 10 成团 1")
    return chat


async def test_the_which_question_keeps_her_place_and_time() -> None:
    chat = await two_open("en")

    said = Chat.said(await chat.say("amy", "/pickup Clubhouse tomorrow 6pm"))

    assert said == (
        "2 group buys are open here: #1 Apples · #2 Pears."
        " Say which with its number, e.g. /pickup #1 Clubhouse tomorrow 6pm.\n"
        "The same pickup for all of yours open here: /pickup all Clubhouse tomorrow 6pm"
    )


async def test_the_which_question_keeps_her_place_and_time_in_chinese() -> None:
    chat = await two_open("zh")

    said = Chat.said(await chat.say("amy", "自提 会所 明天晚上6点"))

    assert said == (
        "这个群里有 2 个团在接龙：#1 苹果 · #2 梨。请带上编号，例如 自提 #1 会所 明天晚上6点。\n"
        "本群你的每个团都用这个自提：自提 全部 会所 明天晚上6点"
    )


async def test_pickup_all_sets_every_open_group_buy_of_hers() -> None:
    chat = await two_open("en")

    said = Chat.said(await chat.say("amy", "/pickup all Gate 3 tomorrow 5pm"))

    assert said == (
        "Pickup set for both of your group buys here (open, or closed with buyers still to collect):\n"
        "Pickup for Apples (#1): Gate 3 · Tue 24 Nov 17:00\n"
        "Pickup for Pears (#2): Gate 3 · Tue 24 Nov 17:00"
    )
    assert "Gate 3 · Tue 24 Nov 17:00" in await chat.card(1)
    assert "Gate 3 · Tue 24 Nov 17:00" in await chat.card(2)


async def test_pickup_all_in_chinese() -> None:
    chat = await two_open("zh")

    said = Chat.said(await chat.say("amy", "自提 全部 会所 明天晚上6点"))

    assert said == (
        "已为你在本群的 2 个团（进行中的，和截单后还有买家要取货的）设好自提：\n"
        "好的，苹果（#1）的自提：会所 · 11月24日 周二 18:00\n"
        "好的，梨（#2）的自提：会所 · 11月24日 周二 18:00"
    )


async def test_pickup_all_with_none_of_hers_open_says_so() -> None:
    chat = await two_open("zh")

    said = Chat.said(await chat.say("bob", "自提 全部 会所 明天晚上6点"))

    # rep55 #9: Bob runs none here, Amy does: only the organiser may, never "name one by its number"
    assert said == "只有团长（Amy）可以这样做，没有任何改动。"


async def test_pickup_all_refused_for_one_changes_none() -> None:
    chat = await two_open("en")

    said = Chat.said(await chat.say("amy", "/pickup all Gate 3 today 20:00"))

    assert "nothing was changed" in said, said
    assert "Gate 3" not in await chat.card(1)
    assert "Gate 3" not in await chat.card(2)
