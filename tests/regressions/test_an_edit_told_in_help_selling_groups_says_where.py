"""rep52 #11: a rename and a deadline edit of a help-sold group buy were posted in the help-selling group
(louxia), but the organiser's answer was only "已把…改名为…": she could not know who else read it.
Now her answer names the groups it was also told in."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


def answer(replies: list[Reply]) -> str:
    """The answer to the organiser where she typed (not the message posted in 楼下群)."""
    (found,) = [r.text for r in replies if r.text and r.chat_id is None and not r.private_to]
    return found


async def help_sold(lang: str) -> Chat:
    family, louxia = two_groups("louxia", "楼下群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    if lang == "en":
        family.admins = {"amy"}
        await family.say("amy", "/lang en")
        await family.say("amy", "/groupbuy Rice price 20 target 5")
        await family.say("amy", "/helpsell on 10%")
    else:
        await family.say("amy", "接龙 大米 价格 20 成团 5")
        await family.say("amy", "帮卖 开 10%")
    await louxia.say("sue", "帮卖 #1")
    return family


async def test_a_rename_and_a_deadline_say_the_groups_also_told() -> None:
    family = await help_sold("zh")

    renamed = await family.say("amy", "修改 #1 标题 东北大米")
    moved = await family.say("amy", "修改 #1 截止 明天20:00")

    assert answer(renamed) == "已把 大米（#1）改名为 东北大米。也已告诉 楼下群。"
    assert answer(moved) == (
        "已修改 东北大米（#1）：截止 11月24日 周二 20:00（原 11月24日 周二 12:00）。也已告诉 楼下群。"
    )


async def test_in_english_too() -> None:
    family = await help_sold("en")

    replies = await family.say("amy", "/edit #1 title Northern Rice")
    said = answer(replies)

    assert said == "Renamed Rice (#1) to Northern Rice. Also told in 楼下群."
    assert [r.chat_id for r in replies if r.text and r.chat_id] == ["louxia"]
