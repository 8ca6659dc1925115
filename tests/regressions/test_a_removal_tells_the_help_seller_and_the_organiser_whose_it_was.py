"""Review 82 #11: `/remove #1 @Cat`, Cat having joined in Bob's help-sell group: Bob got the group's line
word for word (`Amy removed Cat (×1) from Honey (#1). Now ¥40 each.`), not saying it was in his group;
Amy read her own act back in the third person; and Cat was told `… Ask them if this is a mistake.`, "them"
unclear. Now Bob is told it was in his group, Amy reads it as hers and which group was told, and Cat whom
to ask."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "en": {
        "street": "Amy removed Cat (×1) from Honey (#1). Now ¥40 each.",
        "amy": "You removed Cat (×1) from Honey (#1); “楼下群” was told. Now ¥40 each.",
        "bob": "Amy removed Cat (×1) from Honey (#1) in “楼下群”, the group you help-sell it in.",
        "cat": "Amy removed you (×1) from Honey (#1). If this is a mistake, ask Amy.",
    },
    "zh": {
        "street": "Amy 把 Cat（×1）移出了 Honey（#1）。",
        "amy": "你已把 Cat（×1）移出 Honey（#1），已告知「楼下群」。",
        "bob": "Amy 把「楼下群」（你帮卖的群）的 Cat（×1）移出了 Honey（#1）。",
        "cat": "团长 Amy 把你（×1）移出了 Honey（#1）。有疑问请联系团长 Amy。",
    },
}


async def sold(lang: str) -> tuple[Chat, Chat]:
    """Amy's Honey #1 (¥40) in `family`, Bob help-selling it in `street` (楼下群), Cat +1 there."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id, street.title = family.app, "street", "楼下群"
    family.admins, street.admins = {"amy"}, {"bob"}
    await family.say("amy", f"/lang {lang}")
    await street.say("bob", f"/lang {lang}")
    await family.say("amy", "/groupbuy Honey price 40")
    await family.say("amy", "/helpsell on 10%")
    await street.say("bob", "/helpsell #1")
    await street.say("cat", "+1")
    return family, street


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_removed_from_her_group_each_reads_it_as_theirs(lang: str) -> None:
    family, _ = await sold(lang)

    replies = await family.say("amy", "/remove #1 @Cat")

    private = Chat.private(replies)
    street = [r.text for r in replies if r.chat_id == "street" and r.text and not r.private_to]
    assert len(street) == 1 and street[0].startswith(SAID[lang]["street"])
    assert private["amy"].startswith(SAID[lang]["amy"])
    assert private["bob"] == SAID[lang]["bob"]
    assert private["cat"] == SAID[lang]["cat"]
