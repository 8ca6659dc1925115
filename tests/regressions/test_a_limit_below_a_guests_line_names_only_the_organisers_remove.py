"""`/edit limit 1` under a guest's line (`/add Bob 2`, 代报) was refused with "…first take Bob's line off
with /remove #1 Bob (or Bob sends -1 #1), then set the limit." (`…（或请 Bob 发 -1 #1）…`): a guest is never
in the chat, only the organiser acts for them. Now only her /remove is named; a member's line still gets
the -1 she may send herself."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def refused(lang: str, opening: str, add: str, edit: str) -> str:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)
    await chat.say("amy", add)
    return Chat.said(await chat.say("amy", edit))


async def test_the_guests_line_is_taken_off_by_remove_only() -> None:
    en = await refused(
        "en", "/groupbuy Kaya jars price 10 target 2 limit 2 ends tomorrow 8pm", "/add Bob 2", "/edit limit 1"
    )
    zh = await refused(
        "zh", "接龙 咖椰酱 价格 10 成团 2 限购 2 截止 明天晚上8点", "代报 Bob 2", "修改 限购 1"
    )

    assert en == (
        "The limit can't go below what Bob already holds: 2 (you wrote limit 1). Nothing was changed. "
        "To set it, first take Bob's line off with /remove #1 Bob, then set the limit."
    )
    assert zh == (
        "限购不能低于 Bob 已经买的数量：2 份（你写的是限购 1）。没有任何改动。"
        "要改，先用 踢出 #1 Bob 去掉 TA 的那条，再改限购。"
    )


async def test_several_over_the_limit_a_guest_first() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Kaya jars price 10 target 2 limit 3 ends tomorrow 8pm")
    await chat.say("amy", "/add Bob 3")
    await chat.say("cat", "+2")

    said = Chat.said(await chat.say("amy", "/edit limit 1"))

    assert said == (
        "The limit can't go below what some already hold: Bob has 3, and others hold more than 1 too "
        "(see /list #1; you wrote limit 1). Nothing was changed. To set it, first take their lines off, "
        "e.g. /remove #1 Bob, then set the limit."
    )


async def test_a_members_line_still_names_the_minus_she_may_send() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Kaya jars price 10 target 2 limit 2 ends tomorrow 8pm")
    await chat.say("cat", "+2")

    said = Chat.said(await chat.say("amy", "/edit limit 1"))

    assert said.endswith(
        "first take Cat's line off with /remove #1 @Cat (or Cat sends -1 #1), then set the limit."
    )
