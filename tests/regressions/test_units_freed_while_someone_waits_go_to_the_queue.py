"""Review 74 #5: #2 sold out, Xiaowang waiting for 2; a leave freed 1 unit (too few for him, so he kept
his place) and Zhaomei, who was not waiting, took it with `+1 #2`. Units freed while anyone waits are
the queue's: a join of them from someone not waiting is refused with how to queue, nothing joined. The
queue itself is served as before, and joins with nobody waiting are unchanged."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_newcomers_join_does_not_take_a_unit_freed_while_someone_waits() -> None:
    chat = fake_chat()
    await chat.say("lijie", "接龙 荔枝 价格 60 库存 2 截止 3d")
    await chat.say("liuge", "+1")
    await chat.say("chenjie", "+1")
    await chat.say("xiaowang", "候补 2")
    await chat.say("liuge", "-1")

    refused = chat.said(await chat.say("zhaomei", "+1"))
    named = chat.said(await chat.say("zhaomei", "+1 #1"))

    assert refused == "荔枝（#1）空出的 1 份留给排候补的人，没有任何改动。想排队就发 候补 #1 1"
    assert named == refused
    assert chat.said(await chat.say("zhaomei", "还能要一份吗？")) == refused  # asked: never "send +1"
    card = await chat.card(1)
    assert "Zhaomei" not in card and "候补 1 人" in card
    queued = chat.said(await chat.say("zhaomei", "候补 #1 1"))  # the form as sent: queued behind him
    assert queued.startswith("Zhaomei 已候补 荔枝（#1）1 份，排第 2 位。"), queued
    moved = [r.text for r in await chat.say("chenjie", "-1") if r.text]
    assert "🎉 候补补上了 荔枝（#1）：Xiaowang ×2。" in moved


async def test_in_english_the_freed_unit_is_kept_for_the_queue() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 60 stock 2 ends 3d")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    await chat.say("dan", "/waitlist 2")
    await chat.say("bob", "-1")

    refused = chat.said(await chat.say("eve", "+1"))

    assert refused == (
        "Lychees (#1): what came free (1 unit) is kept for those on the waiting list; nothing was "
        "changed. To queue, send /waitlist #1 1"
    )


async def test_with_nobody_waiting_a_freed_unit_is_joined_as_ever() -> None:
    chat = fake_chat()
    await chat.say("lijie", "接龙 荔枝 价格 60 库存 2 截止 3d")
    await chat.say("liuge", "+1")
    await chat.say("chenjie", "+1")
    await chat.say("liuge", "-1")

    joined = chat.said(await chat.say("zhaomei", "+1"))

    assert joined.startswith("Zhaomei 跟团：1 × 荔枝（#1）")


async def test_an_options_freed_unit_is_kept_for_those_waiting_for_it() -> None:
    chat = fake_chat()
    await chat.say("lijie", "接龙 粽子 规格 大盒:68:2,小盒:38 截止 3d")
    await chat.say("liuge", "+1 大盒")
    await chat.say("chenjie", "+1 大盒")
    await chat.say("xiaowang", "候补 大盒 2")
    await chat.say("liuge", "-1 大盒")

    refused = chat.said(await chat.say("zhaomei", "+1 大盒"))
    other = chat.said(await chat.say("zhaomei", "+1 小盒"))

    assert refused == "粽子 大盒（#1）空出的 1 份留给排候补的人，没有任何改动。想排队就发 候补 #1 大盒 1"
    assert other.startswith("Zhaomei 跟团：")  # another option: nobody waits for it
    queued = chat.said(await chat.say("zhaomei", refused.rsplit("想排队就发 ", 1)[1]))  # the form as sent
    assert "排第 2 位" in queued, queued


async def test_the_organisers_add_for_a_member_is_hers_to_decide_while_someone_waits() -> None:
    """The queue holds what is free against joins, never against the organiser's own 代报 (`/add Bob 1`):
    she decides who gets it (the s34 rule first refused it, caught by the unit test of `/add`'s units)."""
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12 stock 4")
    await chat.say("bob", "+3")
    await chat.say("cat", "/waitlist 2")

    added = chat.said(await chat.say("amy", "/add Bob 1"))

    assert added.startswith("Amy added 1 to Bob's line: Bob now has 4 × Lychees (#1)."), added
