"""s40 noticed: a bot admin's (`TUAN_ADMINS`) `隐藏 2` sent in private was refused
(`隐藏、禁言请到要管理的群里发`), though a bot admin moderates every group. It now hides that note in
its own group (the card there edited, its author told why) and answers her privately; a group
member's private `隐藏 1` is still refused, and a number that is no note anywhere says so."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_bot_admins_private_hide_hides_the_note_in_its_group() -> None:
    chat = fake_chat(payout_admins=frozenset({"boss"}))
    await chat.say("amy", "/lang en")
    await chat.say("dan", "/note honey is great!")

    replies = await chat.say("boss", "隐藏 1 广告", private=True)

    assert [r.text for r in replies if r.text and not r.private_to] == ["The admins hid note #1."]
    assert [r.card_of for r in replies if r.chat_id == chat.chat_id and r.card_of] != []
    told = {r.private_to: r.text for r in replies if r.private_to}
    assert told == {"dan": "Your note #1 was hidden by the chat's admins. Why: 广告."}
    assert [r.text for r in await chat.say("kim", "/note 1")] == ["Note #1 was hidden by the chat's admins."]


async def test_a_missing_note_is_said_and_a_members_private_hide_still_refused() -> None:
    chat = fake_chat(payout_admins=frozenset({"boss"}))
    await chat.say("dan", "种草 蜂蜜很好吃")

    missing = [r.text for r in await chat.say("boss", "隐藏 9", private=True) if r.text]
    refused = [r.text for r in await chat.say("kim", "隐藏 1", private=True) if r.text]

    assert missing == ["哪个群里都没有笔记 #9，没有隐藏任何笔记。"]
    assert refused == ["隐藏、禁言请到要管理的群里发：每个群的笔记在各自的群里管理。没有任何改动。"]
    assert "已被群管理员隐藏" not in " ".join(r.text or "" for r in await chat.say("kim", "笔记 1"))
