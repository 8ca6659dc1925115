"""s28 review: `导出 #1` (`/export #1`) named only the group buy's own pickup, though a help-selling group
had set its own (`自提 #1 …` there): that group's buyers' rows read as if collected at the organiser's
point. Each row now says its buyer's pickup, place and time, in a 自提 / Pickup column (the CSV too), and
the notes under the table name each group's own pickup after the group buy's. Chinese and English."""

from __future__ import annotations

import pytest

from bot.export_files import csv_bytes
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups

SAID = {
    "zh": {
        "open": "接龙 苹果 价格 20 成团 1",
        "pickup": "自提 北门 明天下午6点",
        "own": "自提 #1 2号楼大堂 明天下午5点",
        "close": "截单",
        "export": "导出 #1",
        "column": "自提",
        "home": "北门 · 11月24日 周二 18:00",
        "group": "2号楼大堂 · 11月24日 周二 17:00",
        "notes": ("自提：北门 · 11月24日 周二 18:00", "「二号群」的自提：2号楼大堂 · 11月24日 周二 17:00"),
    },
    "en": {
        "open": "/new Apples price 20 target 1",
        "pickup": "/pickup Gate 3 tomorrow 6pm",
        "own": "/pickup #1 Lobby 2 tomorrow 5pm",
        "close": "/close",
        "export": "/export #1",
        "column": "Pickup",
        "home": "Gate 3 · Tue 24 Nov 18:00",
        "group": "Lobby 2 · Tue 24 Nov 17:00",
        "notes": ("Pickup: Gate 3 · Tue 24 Nov 18:00", "Pickup in “二号群”: Lobby 2 · Tue 24 Nov 17:00"),
    },
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_export_names_each_help_selling_groups_own_pickup(lang: str) -> None:
    said = SAID[lang]
    family, qun2 = two_groups(
        "qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock(), default_language=lang
    )
    await family.say("amy", said["open"])
    await family.say("amy", said["pickup"])
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")
    await qun2.say("sue", said["own"])
    await family.say("bob", "+1")
    await qun2.say("cat", "+1")
    await family.say("amy", said["close"])

    exported = await family.say("amy", said["export"], private=True, language=lang)  # her app's language
    documents = [r.document for r in exported if r.document]

    assert [d.kind for d in documents] == ["xlsx", "csv"]
    for document in documents:
        [sheet] = document.sheets
        column = [c.title for c in sheet.columns].index(said["column"])
        pickups = {row[1]: row[column] for row in sheet.rows}
        assert pickups == {"Bob": said["home"], "Cat": said["group"]}, pickups
        home, group = said["notes"]
        assert sheet.notes.index(group) == sheet.notes.index(home) + 1, sheet.notes
    csv = csv_bytes(documents[1].sheets[0]).decode("utf-8-sig").splitlines()
    [cat] = [line for line in csv if line.startswith("2,Cat,")]
    assert said["group"] in cat and said["home"] not in cat, cat
    assert said["notes"][1] in csv, csv
