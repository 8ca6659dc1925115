"""Cat typed `+1 #2` in her private chat with the bot and was told "请在群里发 +1": which group? She is in
two. The answer now names the group buy's group (to its members, or to one on it); a group buy of
none of her groups still names none."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_join_typed_in_private_names_the_group_buys_group() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title = "family"
    neighbours = Chat(family.app, chat_id="neighbours", title="neighbours")
    await family.say("amy", "接龙 芒果 价格 88")  # #1
    await neighbours.say("dan", "接龙 榴莲 价格 120")  # #2
    await family.say("cat", "+1")
    await neighbours.say("cat", "早")

    chinese = family.said(await family.say("cat", "+1 #2", private=True))
    english = family.said(await family.say("cat", "/leave #2", private=True, language="en"))  # no line there
    stranger = family.said(await family.say("eve", "+1 #2", private=True))

    assert chinese == (
        "私聊里不能直接操作团购 #2：请在「neighbours」里发 +1 #2（或 -1 #2），"
        "或打开群友分享给你的链接，用卡片上的按钮。"
    )
    assert english == (  # on none of #2 (of her group's): nothing to leave (rep92 #14)
        "You are not on the list of 榴莲 (#2), so there is nothing to leave. Nothing was changed."
    )
    assert "neighbours" not in stranger and stranger.startswith("私聊里不能直接操作团购 #2：请在群里发 +1")
