"""帮卖 (s28): `修改 #1 自提 …` in the group buy's own group (and the console's Pickup field, which runs
it) told every group listing it "自提改为 <the group buy's pickup>", a group with a pickup of its own too
(`自提 #1 …` there), whose card and orders still read its own; `自提 …` had been fixed, the edit not. Such
a group now hears nothing of it, and one with a place of its own alone hears the new time with its place."""

from __future__ import annotations

from commerce.domain.listings import card_key
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


def in_chats(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and not r.private_to}


async def listed(own: str, lang: str = "zh") -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 (pickup 南门 tomorrow 17:00), Sue help-selling it in qun2 with `own` pickup there."""
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 南门 明天下午5点")
    await family.say("amy", "帮卖 开 10%")
    if lang == "en":
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", own)
    return family, qun2


async def test_a_group_with_its_own_pickup_hears_nothing_of_the_edit() -> None:
    family, qun2 = await listed("自提 #1 2号楼大堂 明天下午4点")

    replies = await family.say("amy", "修改 #1 自提 西门 明天下午6点")

    assert "qun2" not in in_chats(replies), in_chats(replies)
    assert "自提：2号楼大堂 · 11月24日 周二 16:00" in await qun2.card(card_key(1))
    assert "自提：西门 · 11月24日 周二 18:00" in await family.card(1)


async def test_a_group_with_its_own_place_alone_hears_the_new_time_with_its_place() -> None:
    family, qun2 = await listed("自提 #1 北门")

    replies = await family.say("amy", "修改 #1 自提 西门 明天下午6点 价格 18")

    [told] = [r.text for r in replies if r.chat_id == "qun2" and r.text]  # one message, both in it
    assert "北门 · 11月24日 周二 18:00" in told and "西门" not in told, told
    assert "¥18" in told, told  # the rest of the edit as before
    assert "自提：北门 · 11月24日 周二 18:00" in await qun2.card(card_key(1))


async def test_in_english_the_group_with_its_own_place_hears_the_new_time() -> None:
    family, qun2 = await listed("/pickup #1 North Gate", "en")

    replies = await family.say("amy", "修改 #1 自提 西门 明天下午6点")

    told = in_chats(replies)["qun2"]
    assert "North Gate · Tue 24 Nov 18:00" in told and "西门" not in told, told
    assert "North Gate · Tue 24 Nov 18:00" in await qun2.card(card_key(1))
