"""rep94 #9: Bob, who organises nothing, sent `/remove @Cat` privately and was coached on its syntax,
`In a private chat, name the group buy by its number, e.g. /remove #N @Bob…` (himself as the example,
`踢出 @老陈 全部` losing its `全部`); following it only earned "You did not open group buy #1". One who runs
no group buy is told at once that only an organiser removes lines (as `/remind`, `截单` are), and
`代报` the same."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_one_who_runs_none_is_told_only_an_organiser_may() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 80")
    await chat.say("cat", "+1")

    assert chat.said(await chat.say("bob", "/remove @Cat", private=True)) == (
        "Only a group buy's organiser uses /remove, and you have not organised one: nothing was changed. "
        "To leave one you joined, send /leave in its group."
    )
    assert chat.said(await chat.say("bob", "踢出 @Cat 全部", private=True)) == (
        "只有团长才能用 踢出，你还没有开过团购，没有任何改动。要退出自己跟的团，在群里发 退出。"
    )
    assert chat.said(await chat.say("bob", "代报 王阿姨 2", private=True)) == (
        "只有团长才能用 代报，你还没有开过团购，没有任何改动。要帮朋友报名，在群里发：+2 帮 王阿姨"
    )
    assert "#1" in chat.said(await chat.say("amy", "/remove @Cat", private=True))  # hers: the number asked
