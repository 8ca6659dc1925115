"""rep105 #9: 小李 is in g1 and g2; her note #1 (posted in g1) is about a group buy g2 help-sells. Her
`分享笔记 1` in g2 said only `这里没有笔记 #1。`, as if her note did not exist, while `分享` in g2 and
`分享笔记 1` in private both gave her a code.

A note of another group of hers is now said to be there (named), with what works: `分享笔记 1` in private,
and, when its group buy is open here too, `分享 #1` here for this group's code. Someone who is not in the
note's group is answered as before (a note that is not here: nothing learnt of another group)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold, two_groups
from tests.unit.handlers.conftest import Chat


async def test_a_note_about_a_group_buy_sold_here_too_offers_this_groups_share() -> None:
    family, office = await help_sold("接龙 芒果 价格 35 截止 2小时", family_title="家庭群")
    await family.say("lee", "种草 #1 芒果真甜")
    await office.say("lee", "大家好")

    replies = await office.say("lee", "分享笔记 1")

    assert Chat.said(replies) == (
        "笔记 #1 在「家庭群」里，不在本群（笔记编号是各群连着编的），没有发分享码。"
        "它说的 芒果（#1）本群也在卖：在这里发“分享 #1”拿本群的分享码；或者私聊我发“分享笔记 1”。"
    )
    assert "团1-" in office.shared(await office.say("lee", "分享 #1"))  # what it offers works


async def test_a_note_of_her_other_group_says_to_share_it_privately() -> None:
    family, office = two_groups("office", "公司群", family_title="家庭群", factory=FakeUnitOfWorkFactory())
    await family.say("amy", "接龙 芒果 价格 35 截止 2小时")
    await family.say("lee", "种草 #1 芒果真甜")
    await office.say("lee", "大家好")

    replies = await office.say("lee", "分享笔记 1")

    assert Chat.said(replies) == (
        "笔记 #1 在「家庭群」里，不在本群（笔记编号是各群连着编的），没有发分享码。"
        "要分享它，请私聊我发“分享笔记 1”。"
    )
    assert "团1-" in Chat.said(await office.say("lee", "分享笔记 1", private=True))


async def test_in_english_it_says_where_the_note_is() -> None:
    family, office = two_groups("office", "Office", family_title="Family", factory=FakeUnitOfWorkFactory())
    await family.say("amy", "接龙 芒果 价格 35 截止 2小时")
    await family.say("lee", "种草 #1 芒果真甜")
    office.admins = {"lee"}
    await office.say("lee", "/lang en")
    office.admins = set()

    replies = await office.say("lee", "/share note 1")

    assert Chat.said(replies) == (
        "Note #1 is in Family, not in this chat (note numbers run across chats): no code was sent."
        " To share it, send me /share note 1 privately."
    )


async def test_someone_not_in_the_notes_group_learns_nothing_of_it() -> None:
    family, office = two_groups("office", "公司群", family_title="家庭群", factory=FakeUnitOfWorkFactory())
    await family.say("amy", "接龙 芒果 价格 35 截止 2小时")
    await family.say("lee", "种草 #1 芒果真甜")

    assert Chat.said(await office.say("zoe", "分享笔记 1")) == "这里没有笔记 #1。"
