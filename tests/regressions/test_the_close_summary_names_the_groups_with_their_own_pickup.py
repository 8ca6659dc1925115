"""rep66 finding 12: Amy's close summary of a group buy with no pickup said `还没有设置自提点：发 自提 #1 …`
though the help-selling group 二号群 had set its own (Sue's). It now says which groups have one (with it)
and that the others have none yet, with the command."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


async def _closed(lang: str) -> dict[str, str]:
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    english = lang == "en"
    if english:
        family.admins = {"amy"}
        await family.say("amy", "/lang en")
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", "自提 #1 2号楼大堂 后天上午10点")
    await qun2.say("lin", "+1")
    await family.say("bob", "+1")
    # her app's language decides her private summary (session 33), the room's `/lang` only when unknown
    return Chat.private(await family.say("amy", "截单", language=lang))


async def test_the_summary_names_the_group_with_its_own_pickup_and_the_others_without() -> None:
    summary = (await _closed("zh"))["amy"]

    assert "还没有设置自提点：发 自提 #1" not in summary.split("自提：「")[0], summary
    assert "自提：「二号群」（2号楼大堂 · " in summary, summary
    assert "10:00）用自己定的自提；其他群还没有设置自提点：发 自提 #1 小区南门 明天下午5点" in summary, (
        summary
    )


async def test_english_likewise() -> None:
    summary = (await _closed("en"))["amy"]

    assert "Pickup: “二号群” (2号楼大堂 · " in summary, summary
    assert "10:00) set their own; the other groups have none yet: set it with /pickup #1" in summary, summary
