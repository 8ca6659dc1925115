"""Found in task s26 C1: a chat admin's `踢出 @Bob` told Bob privately
`团长 Boss 把你（×1）移出了 大米（#1）。有疑问请联系团长。`, calling the admin its organiser (团长) and
leaving him to ask the wrong person. He now reads who did it and whom to ask:
`Boss 把你（×1）移出了 大米（#1）。有疑问请联系团长 Amy。`; the organiser's own removal reads as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

CASES = {
    "zh": (
        "接龙 大米 价格 60",
        "踢出 @Bob",
        "Boss 把你（×1）移出了 大米（#1）。有疑问请联系团长 Amy。",
        "团长 Amy 把你（×1）移出了 大米（#1）。有疑问请联系团长 Amy。",
    ),
    "en": (
        "/groupbuy Rice price 60",
        "/remove @Bob",
        "Boss removed you (×1) from Rice (#1). If this is a mistake, ask its organiser, Amy.",
        "Amy removed you (×1) from Rice (#1). If this is a mistake, ask Amy.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_member_taken_off_reads_who_did_it_and_whom_to_ask(lang: str) -> None:
    opening, remove, by_admin, by_her = CASES[lang]
    for remover, said in (("boss", by_admin), ("amy", by_her)):
        chat = fake_chat(default_language=lang)
        chat.admins = {"boss"}
        await chat.say("amy", opening)
        await chat.say("bob", "+1")

        told = chat.private(await chat.say(remover, remove))

        assert told["bob"] == said
