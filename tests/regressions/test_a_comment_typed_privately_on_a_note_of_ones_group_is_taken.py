"""Cat read note #1 privately (`笔记 1`), was told "点赞、评论请到那个群里（发“赞 1”“评论 1 …”）", and
`评论 1 看起来不错` there was answered "这里没有笔记 #1。", though the README says `评论 3 …` works anywhere.
A comment typed privately on a note of a group she is in is now taken (its card in the group counts it);
a note of a group she is not in stays one that does not exist."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_comment_typed_privately_on_a_note_of_ones_group_is_taken() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.title = "fam"
    await chat.say("bob", "种草 楼下新开的面包店不错，回购三次")
    await chat.say("cat", "/help")  # a member of the group
    answer = await chat.say("cat", "评论 1 看起来不错", private=True)
    assert chat.said(answer) == "💬 你评论了笔记 #1（发在“fam”），大家在那个群的笔记卡片上能看到评论数。"
    assert (-1, False) in chat.cards(answer)
    [read] = await chat.say("cat", "笔记 1", private=True)
    assert "Cat：看起来不错" in read.text
    assert "💬 1" in (await chat.card(-1))


async def test_a_comment_typed_privately_on_another_groups_note_is_no_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("bob", "种草 楼下新开的面包店不错")
    assert chat.said(await chat.say("eve", "评论 1 看起来不错", private=True)) == (
        "在我见过你的群里找不到笔记 #1。"
        "如果它在你的某个群里，请在那个群里发“笔记 1”，或者先在群里说句话，再来问我。"
    )
