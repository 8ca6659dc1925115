"""`/note 11` worked in Cat's private chat with the bot, but `/sharenote 11` there answered "There is no
note #11 in this chat". A note she may read privately (one of her groups') she may now share there
too: her own code for its group buy, the note's card counting her share; anyone else's note stays
unseen."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

PRIVATE_NONE = (
    "在我见过你的群里找不到笔记 #1。"
    "如果它在你的某个群里，请在那个群里发“笔记 1”，或者先在群里说句话，再来问我。"
)


async def test_a_note_seen_privately_can_be_shared_privately() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    family.title = "family"
    await family.say("amy", "接龙 芒果 价格 88")
    await family.say("bob", "种草 #1 芒果很甜")
    await family.say("cat", "+1")

    english = await family.say("cat", "/sharenote 1", private=True, language="en")
    chinese = family.said(await family.say("cat", "分享笔记 1", private=True))

    assert family.said(english).startswith("Your own code for note #1: 1-")
    assert chinese.startswith("你分享笔记 #1 的专属码：团1-")
    assert [(r.card_of, r.chat_id) for r in english if r.is_card] == [(-1, "family")]  # 🔗 counted
    assert "🔗 1" in family.said(await family.say("cat", "笔记 1", private=True))


async def test_a_note_of_a_group_one_is_not_in_is_not_shared_privately() -> None:
    family = fake_chat(FakeUnitOfWorkFactory())
    await family.say("amy", "接龙 芒果 价格 88")
    await family.say("bob", "种草 #1 芒果很甜")

    assert family.said(await family.say("eve", "分享笔记 1", private=True)) == PRIVATE_NONE
