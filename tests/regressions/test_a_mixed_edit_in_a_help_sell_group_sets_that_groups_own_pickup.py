"""帮卖 (s28): `修改 #1 截止 … 自提 …` sent in a group listing the group buy moved the group buy's own (home)
pickup, while `自提 #1 …` and `修改 #1 自提 …` alone there set that group's own. The pickup of a mixed
edit sent there is now that group's own too, the deadline moved as before."""

from __future__ import annotations

from commerce.domain.listings import card_key
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

LOBBY_ZH = "2号楼大堂 · 11月24日 周二 17:00"
GATE_ZH = "北门 · 11月24日 周二 18:00"


def in_chats(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and not r.private_to}


def answer_of(replies: list[Reply]) -> str:
    """The answer in the group it was sent in (the group buy's own group is told apart)."""
    return in_chats(replies)[None]


async def listed(lang: str = "zh") -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 in her group (pickup 北门 tomorrow 18:00), Sue help-selling it in qun2."""
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    await family.say("amy", "接龙 苹果 价格 20 成团 1 截止 明天中午12点")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    if lang == "en":
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    return family, qun2


async def test_a_deadline_and_pickup_edit_in_her_second_group_sets_that_groups_pickup() -> None:
    family, qun2 = await listed()

    replies = await qun2.say("amy", "修改 #1 截止 明天上午10点 自提 2号楼大堂 明天下午5点")

    answer = answer_of(replies)
    assert "截止" in answer and "10:00" in answer, answer
    assert answer.endswith(f"好的，苹果（#1）的自提：{LOBBY_ZH}\n只改了本群的自提，其他群照旧。"), answer
    card = await family.card(1)
    assert f"自提：{GATE_ZH}" in card, card  # the group buy's own pickup did not move
    assert "10:00" in card, card  # its deadline did
    assert f"自提：{LOBBY_ZH}" in await qun2.card(card_key(1))
    told = in_chats(replies)["family"]  # the deadline told in the group buy's group, not the pickup
    assert "截止时间改为 11月24日 周二 10:00" in told and "2号楼大堂" not in told, told


async def test_a_pickup_before_the_new_deadline_is_refused_and_nothing_changes() -> None:
    family, qun2 = await listed()

    replies = await qun2.say("amy", "修改 #1 截止 明天晚上8点 自提 2号楼大堂 明天下午5点")

    assert "没有任何改动" in Chat.said(replies), replies
    card = await family.card(1)
    assert "12:00" in card and "20:00" not in card, card
    assert "2号楼大堂" not in await qun2.card(card_key(1))


async def test_in_english_the_mixed_edit_sets_only_that_groups_pickup() -> None:
    family, qun2 = await listed("en")

    replies = await qun2.say("amy", "/edit #1 ends tomorrow 10:00 pickup Lobby 2 tomorrow 5pm")

    answer = answer_of(replies)
    assert answer.endswith(
        "Pickup for 苹果 (#1): Lobby 2 · Tue 24 Nov 17:00\n"
        "Only this group's pickup changed; the other groups keep theirs."
    ), answer
    assert f"自提：{GATE_ZH}" in await family.card(1)
