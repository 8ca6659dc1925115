"""Review 76 #11: typed note commands went silent on bad input: `comment 2` with no words, `unlike 2`
(no slash, though `like 2` works), `赞 abc`; and `like 1` in an English group whose first note is #2 (note
numbers run across chats) said only "There is no note #1 in this chat.". Each now gets one line saying
what was wrong and the form (nothing changed), `unlike 2` takes the like back, and a number that is no note
of this chat names this chat's notes."""

from __future__ import annotations

from dataclasses import replace

from tests.unit.handlers.conftest import Chat, chat_in


async def _two_groups(lang: str) -> tuple[Chat, Chat]:
    """Note #1 in another group, note #2 here."""
    here = await chat_in(lang)
    other = replace(here, chat_id="elsewhere")
    await other.say("eve", "种草 凤梨酥很香，回购三次了")
    await here.say("bob", "/note kaya jam from Ipoh is silky, bought it twice")
    return here, other


async def test_an_english_comment_without_words_says_so() -> None:
    here, _ = await _two_groups("en")
    answer = await here.say("cat", "comment 2")
    assert here.said(answer) == (
        "Your comment on note #2 has no words, so nothing was posted. "
        "Write it like: comment 2 Agreed, delicious"
    )
    [read] = await here.say("cat", "/note 2")
    assert "Cat:" not in read.text


async def test_a_chinese_comment_without_words_says_so() -> None:
    here, _ = await _two_groups("zh")
    answer = await here.say("cat", "评论 2")
    assert here.said(answer) == "评论笔记 #2 没有写内容，没有发出。这样写：评论 2 同感，很好吃"


async def test_unlike_typed_without_a_slash_takes_the_like_back() -> None:
    here, _ = await _two_groups("en")
    await here.say("cat", "like 2")
    answer = await here.say("cat", "unlike 2")
    assert [reply.toast for reply in answer if reply.toast] == ["Like of note #2 taken back"]
    assert "👍 0" in (await here.card(-1))


async def test_a_like_of_a_word_says_it_is_no_note_number() -> None:
    here, _ = await _two_groups("zh")
    answer = await here.say("cat", "赞 abc")
    assert here.said(answer) == "“abc”不是笔记编号，没有点赞。这样写：赞 3（3 是笔记编号）"
    assert await here.say("cat", "赞 ok") == []  # praise stays talk
    en, _ = await _two_groups("en")
    answer = await en.say("cat", "/like abc")  # `赞 abc` there is answered in the Chinese it is typed in
    assert (
        en.said(answer)
        == "“abc” is not a note number, so nothing was liked. Write it like: like 3 (3 is the note's number)"
    )


async def test_a_note_number_of_another_chat_names_this_chats_notes() -> None:
    here, _ = await _two_groups("en")
    answer = await here.say("cat", "like 1")
    assert here.said(answer) == (
        "There is no note #1 in this chat (note numbers run across chats). "
        "This chat's notes: #2 kaya jam from I…"
    )
    zh, _ = await _two_groups("zh")
    answer = await zh.say("cat", "赞 1")
    assert zh.said(answer) == ("这里没有笔记 #1（笔记编号是各群连着编的）。这个群的笔记：#2 kaya jam from I…")
