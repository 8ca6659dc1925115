"""Review 99 #6: `帮卖 #3` in the group buy's own group after its close said `直接 +1 跟团即可`, and the +1
it offered was refused as closed. It now says it closed, that nothing changed and whom to ask; an open
one's own group is still told to +1."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_helpselling_a_closed_group_buy_in_its_own_group_says_it_closed() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 五常大米 10斤 价格 99")
    await chat.say("bob", "+1")
    await chat.say("amy", "截单")

    said = chat.said(await chat.say("cat", "帮卖 #1"))

    assert said == (
        "五常大米 10斤（#1）是本群的团购，已经截单了：不能再跟团，也不用帮卖，没有任何改动。"
        "有问题请找团长 Amy。"
    )
    assert "+1" not in said


async def test_helpselling_a_cancelled_one_in_its_own_group_says_it_was_cancelled() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Rice price 99")
    await chat.say("amy", "/cancel")
    await chat.say("amy", "/cancel confirm")

    said = chat.said(await chat.say("cat", "/helpsell #1"))

    assert said.startswith("Rice (#1) is this group's own group buy and was cancelled")


async def test_an_open_one_in_its_own_group_is_still_joined_with_plus_one() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 五常大米 10斤 价格 99")

    assert (
        chat.said(await chat.say("cat", "帮卖 #1"))
        == "五常大米 10斤（#1）就是本群的团购，不用帮卖：直接 +1 跟团即可。"
    )
