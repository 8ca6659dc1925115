"""rep48 #4: a help-seller's own group pickup (Gia's `自提 #5 …`) was announced to her group's paid buyers
as "📦 Amy set the pickup…": they would ask Amy about Gia's place. It now names who set it (Gia); the
organiser's own change of that group's pickup still names the organiser."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


async def _paid_in_her_group(english: bool) -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 (pickup 北门), Sue help-selling it in qun2, where Lin's order is paid."""
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    if english:
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("lin", "+1", language="en" if english else None)
    await family.say("amy", "截单")
    await family.say("amy", "已收 1-1")
    return family, qun2


def _told(replies: list[Reply], who: str) -> str:
    return Chat.private(replies)[who]


async def test_a_help_sellers_own_pickup_is_announced_in_her_name_in_chinese() -> None:
    _, qun2 = await _paid_in_her_group(english=False)

    replies = await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")

    assert _told(replies, "lin").startswith("📦 Sue 改了 苹果（#1）的自提：2号楼大堂"), _told(replies, "lin")
    replies = await qun2.say("amy", "自提 #1 3号楼 明天下午5点")
    assert _told(replies, "lin").startswith("📦 Amy 改了 苹果（#1）的自提：3号楼"), _told(replies, "lin")


async def test_a_help_sellers_own_pickup_is_announced_in_her_name_in_english() -> None:
    _, qun2 = await _paid_in_her_group(english=True)

    replies = await qun2.say("sue", "/pickup #1 Lobby 2 tomorrow 5pm")

    told = _told(replies, "lin")
    assert told.startswith("📦 Sue changed the pickup for 苹果 (#1): Lobby 2"), told
