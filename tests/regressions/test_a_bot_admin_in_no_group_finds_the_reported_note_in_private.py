"""Review 93 #2: a note's first report tells the bot's admins (`TUAN_ADMINS`) privately to send 待审笔记 /
`/flags` there, yet an admin who is in no group got `你所在的 0 个群都没有待审的笔记。` right after being
told a note waits. A bot admin moderates every chat: in private the queue also holds every group with a
reported note, named, whether or not the admin was ever seen there; in no group, nothing waiting is said
without `in your 0 groups`."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _reported(lang: str) -> Chat:
    family = fake_chat(default_language=lang, payout_admins=frozenset({"boss"}))
    family.title = "family"
    if lang == "en":
        await family.say("amy", "/lang en")
        await family.say("amy", "/groupbuy Mangoes price 88")
        await family.say("hal", "/note #1 These mangoes are super sweet")
    else:
        await family.say("amy", "接龙 芒果 价格 88")
        await family.say("hal", "种草 #1 这个芒果超甜")
    return family


async def test_the_reported_note_is_in_the_admins_private_queue() -> None:
    family = await _reported("zh")
    notice = family.private(await family.say("dan", "举报 1 广告"))["boss"]
    assert "私聊我发 待审笔记" in notice

    queue = Chat.said(await family.say("boss", "待审笔记", private=True)).splitlines()

    assert queue[0] == "群：family"
    assert queue[1] == "待审笔记（1 条，可疑度高的在前）："
    assert queue[2].startswith("#1 Hal：“这个芒果超甜”")


async def test_in_english_and_once_decided_nothing_waits() -> None:
    family = await _reported("en")
    assert Chat.said(await family.say("boss", "/flags", private=True)) == "No notes are waiting for review."
    notice = family.private(await family.say("dan", "/report 1 spam"))["boss"]
    assert "send me /flags here" in notice

    queue = Chat.said(await family.say("boss", "/flags", private=True)).splitlines()
    assert queue[:2] == ["Group: family", "1 note waiting for review (most suspicious first):"]
    assert queue[2].startswith("#1 Hal: “These mangoes are super sweet”")

    await family.say("boss", "/unhide 1")  # kept up: decided (and boss now seen in the group)
    assert Chat.said(await family.say("boss", "/flags", private=True)) == (
        "No notes are waiting for review in your 1 group."
    )
