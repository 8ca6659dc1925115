"""Session 10: a rename (`修改 #1 榴莲`) was announced only in the home group; the help-selling groups
(帮卖) saw only their card change. Like a deadline change, it is announced in each of them, under the
group buy's new name, and in the home group when made in private."""

from __future__ import annotations

from handlers.types import Reply
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _help_sold() -> tuple[Chat, Chat]:
    family, street = await help_sold("接龙 面包 价格 10", chat_id="street", title=None)
    await street.say("ivy", "+1")
    return family, street


def _texts_in(replies: list[Reply], chat_id: str) -> list[str]:
    return [r.text for r in replies if r.text and r.chat_id == chat_id and not r.private_to]


async def test_a_rename_is_announced_in_each_help_selling_group() -> None:
    family, _ = await _help_sold()

    replies = await family.say("amy", "修改 #1 榴莲")

    assert [r.text for r in replies if r.text and r.chat_id is None] == [
        "已把 面包（#1）改名为 榴莲。也已告诉 另一个群。"
    ]
    assert _texts_in(replies, "street") == ["🛒 榴莲（#1）\n团购改名为 榴莲（原 面包）"]


async def test_a_rename_in_private_is_announced_in_the_home_group_too() -> None:
    family, _ = await _help_sold()

    replies = await family.say("amy", "修改 #1 榴莲", private=True)

    assert _texts_in(replies, family.chat_id) == ["🛒 榴莲（#1）\n团购改名为 榴莲（原 面包）"]
    assert _texts_in(replies, "street") == ["🛒 榴莲（#1）\n团购改名为 榴莲（原 面包）"]
