"""fe-report 35: Amy's `/copy #2 to family` typed in `neighbours` was refused `There is no group buy #2 in
this chat`, though #2 is her own (opened in family): the number is looked up among her own group buys.
fe-report 30: `/copy #9 to neighbours` told neighbours that #10 was `open again (a copy of #9)`, a
group buy it never saw: it is new there."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.types import Reply
from tests.helpsell_chats import two_groups


def _here(replies: Sequence[Reply]) -> str:
    """The answer in the chat the copy was typed in (not the announcement in the other group)."""
    found = [r.text for r in replies if r.text and r.chat_id is None and not r.private_to]
    assert len(found) == 1, replies
    return found[0]


def _there(replies: Sequence[Reply], chat_id: str) -> list[str]:
    return [r.text for r in replies if r.text and r.chat_id == chat_id]


async def test_an_english_copy_typed_in_another_group_of_hers_finds_her_group_buy() -> None:
    family, neighbours = two_groups("neighbours", "neighbours", family_title="family")
    await family.say("amy", "/lang en")
    await neighbours.say("amy", "/lang en")
    await family.say("amy", "/groupbuy Mangoes price 30")
    await family.say("bob", "+1")
    await family.say("amy", "/close")

    replies = await neighbours.say("amy", "/copy #1 to family")

    assert _here(replies) == "Opened #2 (Mangoes, a copy of #1) in chat family."
    assert _there(replies, "family") == [
        "Group buy #2 is open again (a copy of #1): Mangoes at ¥30 each. Join with +1 or the Join "
        "button; it closes Tue 24 Nov 12:00."
    ]
    assert neighbours.said(await neighbours.say("bob", "/copy #1 to family")) == (
        "There is no group buy #1 in this chat: nothing was changed. Use the number on its card, e.g. "
        "/copy #12 to Family Group"
    )  # someone else's number from another group: unknown here, as before


async def test_a_copy_in_a_group_that_never_saw_it_is_new_there() -> None:
    family, neighbours = two_groups("neighbours", "neighbours", family_title="family")
    await family.say("amy", "/lang en")
    await neighbours.say("amy", "/lang en")
    await family.say("amy", "/groupbuy Mangoes price 30")

    replies = await family.say("amy", "/copy #1 to neighbours")

    assert _there(replies, "neighbours") == [
        "New group buy #2 here: Mangoes at ¥30 each. Join with +1 or the Join button; it closes Tue 24 "
        "Nov 12:00."
    ]


async def test_a_chinese_copy_from_another_group_is_new_there() -> None:
    family, office = two_groups(family_title="家庭群")
    await family.say("amy", "接龙 芒果 价格 30")
    await family.say("bob", "+1")
    await family.say("amy", "截单")
    await office.say("amy", "在吗")

    replies = await office.say("amy", "再开一团 #1")

    assert _here(replies) == "已在群 家庭群 再开一团 #2（照 #1）：芒果。"
    replies = await family.say("amy", "再开一团 #1 到 公司群")
    assert _there(replies, "office") == [
        "本群新开一团 #3：芒果，¥30/份。发 +1 或点“跟团”参加，截止 11月24日 周二 12:00。"
    ]
