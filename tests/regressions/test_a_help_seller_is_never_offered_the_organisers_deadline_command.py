"""rep48 #5(a): a help-seller setting her group's pickup before the deadline was offered
"…或者把截止提前，一条消息改好：修改 #1 截止 … 自提 …", and sending exactly that was refused as
organiser-only. She is now offered only what she may send (her group's `自提 #1 …` after the close)
and told to ask the organiser to move the deadline; the organiser is still offered the one command."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


async def _listed(english: bool) -> tuple[Chat, Chat]:
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    await family.say("amy", "接龙 苹果 价格 20 成团 1 截止 明天晚上8点")
    await family.say("amy", "帮卖 开 10%")
    if english:
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    return family, qun2


async def test_a_help_seller_is_never_offered_the_organisers_deadline_command_in_chinese() -> None:
    _, qun2 = await _listed(english=False)

    said = qun2.said(await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点"))

    assert "修改 #1 截止" not in said, said
    assert said.endswith("；要提前截单请找团长（Amy）改截止。"), said
    assert "例如：自提 #1 2号楼大堂 · " in said, said
    organisers = qun2.said(await qun2.say("amy", "自提 #1 2号楼大堂 明天下午5点"))
    assert "修改 #1 截止" in organisers, organisers


async def test_a_help_seller_is_never_offered_the_organisers_deadline_command_in_english() -> None:
    _, qun2 = await _listed(english=True)

    said = qun2.said(await qun2.say("sue", "/pickup #1 Lobby 2 tomorrow 5pm"))

    assert "/edit #1" not in said, said
    assert said.endswith("; to close it earlier, ask the organiser (Amy) to move the deadline."), said
