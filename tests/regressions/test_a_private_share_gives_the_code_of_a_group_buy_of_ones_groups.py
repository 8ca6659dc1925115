"""Cat sent `分享 #5` in her private chat with the bot while on #5 in family, and was told "这个群里没有团购
#5" (and `/share #5` "There is no group buy #5 in this chat"): in private only an organiser could share.
Now a member of the group buy's group (or one on it) gets her own code there; a group buy of none of
her groups is answered with what is true in a private chat, never "这个群里"."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _family() -> Chat:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title = "family"
    await family.say("amy", "接龙 芒果 价格 88")
    await family.say("cat", "+1")
    return family


async def test_a_member_shares_her_groups_group_buy_from_her_private_chat() -> None:
    family = await _family()

    chinese = family.said(await family.say("cat", "分享 #1", private=True))
    english = family.said(await family.say("cat", "/share #1", private=True, language="en"))  # her app's

    assert re.match(r"你的芒果（#1）分享码：团1-\w{4}\n", chinese), chinese
    assert english.startswith("Your share code for 芒果 (#1): 1-")
    assert "这个群里" not in chinese and "in this chat" not in english


async def test_a_group_buy_of_none_of_her_groups_is_refused_truly_in_private() -> None:
    family = await _family()

    stranger = family.said(await family.say("eve", "分享 #1", private=True))
    missing = family.said(await family.say("cat", "/share #9", private=True))

    assert stranger == "你所在的群里没有团购 #1。请核对团号，或在团所在的群里发“分享”。"
    assert missing == (
        "None of your groups has group buy #9. Check the number, or send /share in the group where it runs."
    )
