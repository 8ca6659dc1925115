"""Bob held 2 of 芒果 and waited for 1 more (limit 3); the organiser's `修改 限购 2` left his wait where
it could never move in: the card kept "候补 1 人", a unit freed later sat free beside it, and nobody told
Bob. Such a wait is now dropped with the edit and its member told why in the group, mentioned."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_wait_the_lowered_limit_shuts_out_is_dropped_and_its_member_told() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 库存 4 限购 3 截止 3d")
    await chat.say("bob", "+2")
    await chat.say("cat", "+2")
    await chat.say("bob", "候补 1")

    edited = await chat.say("amy", "修改 限购 2")

    told = [reply for reply in edited if reply.text and reply.mention]
    assert [(reply.text, reply.mention) for reply in told] == [
        (
            "Bob：你在 芒果（#1）候补的 1 份已取消：现在每人限购 2 份，你已经有 2 份了，再也补不进来。",
            ("bob",),
        )
    ]
    assert "候补" not in await chat.card(1)
    left = await chat.say("cat", "-1")
    assert [reply.text for reply in left if reply.text and not reply.is_card] == [
        "Cat 现在是 1 × 芒果（#1）。当前 ¥30/份。"
    ]
    assert "剩余库存：1 · 每人限购 2 份" in await chat.card(1)


async def test_an_options_wait_dropped_by_the_limit_is_told_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea options green:30:3,black:40 limit 3 ends 3d")
    await chat.say("bob", "+2 green")
    await chat.say("cat", "+1 green")
    await chat.say("dan", "/wait green 1")
    await chat.say("bob", "/wait green 1")

    edited = await chat.say("amy", "/edit limit 2")

    told = [(reply.text, reply.mention) for reply in edited if reply.text and reply.mention]
    assert told == [
        (
            "Bob: your wait for 1 of Tea green (#1) was dropped: the limit is now 2 per person"
            " and you already have 2, so it could never move in.",
            ("bob",),
        )
    ]
    left = await chat.say("cat", "-1 green")  # Dan's wait still moves in
    assert "🎉 In from the waiting list of Tea (#1): Dan green ×1." in [r.text for r in left]
