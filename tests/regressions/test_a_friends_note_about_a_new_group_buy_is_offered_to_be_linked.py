"""Eve's note `推荐一个洗碗机：西门子SJ235…` came first; when Amy opened 西门子洗碗机SJ235, Eve was not told,
and her note stayed about nothing. Now the author of a note of the last 14 days about no group buy
that names the new group buy's product is told privately, once per note, how to link it; the chat and
the organiser's opening reply say nothing more."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import fake_chat

NOTE = "推荐一个洗碗机：西门子SJ235，洗得干净又省水"


async def test_the_notes_author_is_told_privately_once() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("eve", f"种草 {NOTE}")
    await chat.say("bob", "种草 楼下新开的面包店不错")  # names no dishwasher: told nothing
    clock.advance(hours=1)

    replies = await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    assert chat.private(replies) == {
        "eve": "Amy 开了 西门子洗碗机SJ235（#1），和你的笔记 #1 说的是同一个东西。"
        "发 种草 1 #1 把笔记关联到这个团，朋友在你的笔记上就能直接跟团。"
    }
    assert "笔记" not in chat.said(replies)  # the opening reply in the chat is as it was
    await chat.say("amy", "取消 #1")
    clock.advance(hours=1)
    again = await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2899 成团 3")
    assert "#2" in chat.said(again)
    assert chat.private(again) == {}  # once per note


async def test_an_english_author_is_told_in_english() -> None:
    chat = fake_chat()
    await chat.say("eve", "/lang en", private=True)
    await chat.say("eve", "/note Try the Siemens SJ235 dishwasher, very quiet")

    replies = await chat.say("amy", "/groupbuy Dishwasher SJ235 price 2999 target 3")

    assert chat.private(replies) == {
        "eve": "Amy opened Dishwasher SJ235 (#1), the same thing your note #1 is about."
        " Send /note 1 #1 to link your note to it, and friends can join right from your note."
    }


async def test_an_old_note_or_the_organisers_own_is_not_offered() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("eve", f"种草 {NOTE}")
    clock.advance(days=15)
    await chat.say("amy", "种草 西门子洗碗机SJ235 我家用了两年")  # the organiser's own
    await chat.say("cat", "种草 西门子SJ235 洗碗机真香")

    replies = await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    assert list(chat.private(replies)) == ["cat"]  # Eve's note is 15 days old, Amy's is her own
    assert "笔记 #3" in chat.private(replies)["cat"]


async def test_a_copy_opened_after_her_note_is_offered_too() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")
    await chat.say("amy", "取消 #1")
    clock.advance(hours=1)
    await chat.say("eve", f"种草 {NOTE}")  # after #1 ended: about no group buy
    clock.advance(hours=1)

    replies = await chat.say("amy", "/copy #1")

    assert "#2" in chat.said(replies)
    assert chat.private(replies) == {
        "eve": "Amy 开了 西门子洗碗机SJ235（#2），和你的笔记 #1 说的是同一个东西。"
        "发 种草 1 #2 把笔记关联到这个团，朋友在你的笔记上就能直接跟团。"
    }


async def test_an_ad_held_for_the_admins_is_not_offered() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("sam", "种草 西门子SJ235洗碗机 加我微信 sam888 全网最低价 13900139000")
    await chat.say("eve", f"种草 {NOTE}")
    clock.advance(hours=1)

    replies = await chat.say("amy", "接龙 西门子洗碗机SJ235 价格 2999 成团 3")

    assert "⚠️" in (await chat.app.render_card(-1)).text
    assert list(chat.private(replies)) == ["eve"]  # Sam's ad (⚠️, in the queue) is not offered a Join
