"""Dan's private round-up named "Bob 在「fam」发了笔记 #1", but `笔记 1` in his private chat answered
"这里没有笔记 #1". A member of the note's group now reads it there (its text and comments, where to like
or comment on it, no buttons that cannot act there); to anyone else, and for a note that does not
exist, the answer is one and the same: no group's note leaks to a stranger (rep80 #9: in words that name
no "this chat", `在我见过你的群里找不到笔记 #1。…`, with what to do)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_note_named_privately_can_be_read_privately() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.title = "fam"
    await chat.say("bob", "种草 楼下新开的面包店不错，回购三次")
    await chat.say("dan", "评论 1 同感")
    [read] = await chat.say("dan", "笔记 1", private=True)
    assert read.text.startswith("笔记 #1 · Bob\n楼下新开的面包店不错，回购三次")
    assert "Dan：同感" in read.text
    assert read.text.endswith(
        "笔记 #1 发在“fam”：点赞请到那个群里（发“赞 1”）；评论在这里也可以发：“评论 1 …”。"
    )
    assert read.buttons == ()
    english = chat.said(await chat.say("dan", "/note 1", private=True, language="en"))
    assert english.startswith("Note #1 · Bob") and "posted in fam" in english


async def test_a_note_of_a_group_one_is_not_in_stays_unseen_privately() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("bob", "种草 楼下新开的面包店不错")
    assert chat.said(await chat.say("eve", "笔记 1", private=True)) == (
        "在我见过你的群里找不到笔记 #1。"
        "如果它在你的某个群里，请在那个群里发“笔记 1”，或者先在群里说句话，再来问我。"
    )
    await chat.say("dan", "+1")  # a member of the group, asking for a note that does not exist
    assert chat.said(await chat.say("dan", "笔记 2", private=True)) == (
        "在我见过你的群里找不到笔记 #2。"
        "如果它在你的某个群里，请在那个群里发“笔记 2”，或者先在群里说句话，再来问我。"
    )
