"""Review 87, findings 8, 9 and 11. `赞 3` in a group whose notes are #1 and #2 listed them as
"#1 芒果超甜，回购三次了, #2 海南芒果": a linked note named by its group buy's title (a list reading as one of
group buys) and an English comma in Chinese. `分享笔记 99`, `举报 99 广告` answered only "这里没有笔记 #99。";
`分享笔记 1` of a note about no group buy did not say how to link it or share the group buy; and
`/note #2` with group buy #2 open here (no note #2 here) said "There is no note #2 in this chat.".
Now each note is named by its own words, listed as the language lists; a share or a report of a number
that is no note here names this chat's notes; the share says how to link and what to share; `/note #2`
says the note needs words."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

NOTES_HERE = "#1 芒果超甜，回购三次了、#2 海南芒果真的很甜，个头大"


async def _chat(lang: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"dan"}
    if lang == "zh":
        await chat.say("mei", "种草 芒果超甜，回购三次了")
        await chat.say("amy", "接龙 海南芒果 价格 88")
        await chat.say("kim", "种草 #1 海南芒果真的很甜，个头大")
    else:
        await chat.say("mei", "/note sweet stuff, bought three times")
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("kim", "/note #1 the mangoes are sweet and juicy")
    return chat


async def test_no_such_note_lists_the_notes_by_their_words() -> None:
    chat = await _chat()

    said = Chat.said(await chat.say("hu", "评论 3 好吃吗"))

    assert said == f"这里没有笔记 #3（笔记编号是各群连着编的）。这个群的笔记：{NOTES_HERE}"


async def test_a_share_report_or_hide_of_no_note_here_names_the_notes() -> None:
    chat = await _chat()

    shared = Chat.said(await chat.say("hu", "分享笔记 99"))
    reported = Chat.said(await chat.say("lily", "举报 99 广告"))

    assert shared == f"这里没有笔记 #99（笔记编号是各群连着编的）。这个群的笔记：{NOTES_HERE}"
    assert reported == (  # s39: a report also says nothing was reported, and how a note is reported
        "这里没有笔记 #99（笔记编号是各群连着编的），没有举报任何笔记。要举报笔记，请写它的编号和原因，"
        f"例如：举报 2 广告。这个群的笔记：{NOTES_HERE}"
    )


async def test_sharing_a_note_about_no_group_buy_says_how_to_link_it() -> None:
    chat = await _chat()

    said = Chat.said(await chat.say("hu", "分享笔记 1"))

    assert said == (
        "笔记 #1 没有关联的团，没有可分享的跟团码，没有任何改动。作者可以发“笔记 1 #1”把它关联到团 #1；"
        "要分享团 #1 本身，发“分享 #1”。"
    )


async def test_a_note_on_an_open_group_buy_with_no_words_asks_for_them() -> None:
    chat = await _chat("en")
    await chat.say("amy", "/groupbuy Durian price 99")
    await chat.say("amy", "/groupbuy Lychees price 50")

    said = Chat.said(await chat.say("mei", "/note #3"))

    assert said == (
        "A note needs words: after /note #3 write what you recommend, e.g. /note #3 so sweet, my third time"
    )
    assert Chat.said(await chat.say("mei", "/note #1")).startswith("Note #1")  # a note here: shown
