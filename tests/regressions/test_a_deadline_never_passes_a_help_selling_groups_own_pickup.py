"""s28 review: `修改 #1 截止 …` (en `/edit #1 ends …`, the console's edit) moved the deadline past the
pickup time a help-selling group set of its own (`自提 #1 …` there) unrefused, so nobody in that group
could collect before the close. It is now refused in one line naming the group and its pickup time and
what to do (move that group's pickup first, or an earlier deadline); nothing changes."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


async def _listed(english: bool) -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 (her pickup the day after tomorrow), Sue's 二号群 with its own tomorrow 17:00."""
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    if english:
        family.admins = {"amy"}
        await family.say("amy", "/lang en")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 后天下午6点")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点")
    return family, qun2


async def test_a_deadline_past_a_groups_own_pickup_is_refused_in_chinese() -> None:
    family, _ = await _listed(english=False)
    card = await family.card(1)

    said = family.said(await family.say("amy", "修改 #1 截止 明天晚上7点"))

    assert said == (
        "苹果（#1）在「二号群」的自提是 11月24日 周二 17:00，"
        "截止时间 11月24日 周二 19:00 会晚于它，没有任何改动。"
        "请先把那个群的自提改晚（在「二号群」发 自提 #1 2号楼大堂 · 11月25日 周三 17:00），"
        "或者把截止改在 11月24日 周二 17:00 之前。"
    ), said
    assert await family.card(1) == card  # nothing changed


async def test_a_deadline_past_a_groups_own_pickup_is_refused_in_english() -> None:
    family, _ = await _listed(english=True)
    card = await family.card(1)

    said = family.said(await family.say("amy", "/edit #1 ends tomorrow 7pm"))

    assert said == (
        "苹果 (#1) is picked up Tue 24 Nov 17:00 in “二号群”: a deadline of Tue 24 Nov 19:00 would come"
        " after it, so nothing was changed. First move that group's pickup later (in “二号群”, send"
        " /pickup #1 2号楼大堂 · Wed 25 Nov 17:00), or set a deadline before Tue 24 Nov 17:00."
    ), said
    assert await family.card(1) == card  # nothing changed


async def test_a_deadline_before_the_groups_own_pickup_is_still_moved() -> None:
    family, _ = await _listed(english=False)

    replies = await family.say("amy", "修改 #1 截止 明天下午4点")

    said = [r.text for r in replies if r.text and not r.private_to]
    assert said[0] == "已修改 苹果（#1）：截止 11月24日 周二 16:00（原 11月24日 周二 12:00）。", said
