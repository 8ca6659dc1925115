"""Review 96 #1 (it replaces review 74 #5's rule, which held a freed unit for a waiter who wanted more
than was free): units free that nobody waiting fits are anyone's, so no unit sits unsold. A newcomer's
join takes them (the waiter keeps her place for the next units), and one who queues for no more than
is free moves in at once, behind waiters who do not fit. The queue itself is served as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_newcomers_join_takes_a_unit_no_waiter_fits() -> None:
    chat = fake_chat()
    await chat.say("lijie", "接龙 荔枝 价格 60 库存 3 截止 3d")
    await chat.say("liuge", "+1")
    await chat.say("chenjie", "+1")
    await chat.say("amei", "+1")
    await chat.say("xiaowang", "候补 2")
    await chat.say("liuge", "-1")  # 1 free: too few for Xiaowang, who keeps his place

    joined = chat.said(await chat.say("zhaomei", "+1"))

    assert joined.startswith("Zhaomei 跟团：1 × 荔枝（#1）"), joined
    card = await chat.card(1)
    assert "Zhaomei" in card and "候补 1 人" in card
    await chat.say("chenjie", "-1")
    moved = [r.text for r in await chat.say("amei", "-1") if r.text]  # 2 free: his turn
    assert "🎉 候补补上了 荔枝（#1）：Xiaowang ×2。" in moved


async def test_one_who_queues_for_what_is_free_moves_in_at_once() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 25 库存 12 限购 3 截止 3d")
    for name in ("bob", "cat", "dan", "eve"):
        await chat.say(name, "+3")
    await chat.say("rae", "候补 3")
    await chat.say("bob", "-2")  # 2 free, Rae waits for 3

    moved = [r.text for r in await chat.say("tom", "候补 #1 1") if r.text]

    assert "🎉 候补补上了 草莓（#1）：Tom ×1。" in moved, moved
    card = await chat.card(1)
    assert "Tom" in card and "候补 1 人" in card, card


async def test_in_english_an_option_wait_that_fits_moves_in() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Dumplings options pork:20:3,veg:18:3 stock 5 limit 2")
    await chat.say("lou", "+1 veg")
    await chat.say("xia", "+1 veg")
    await chat.say("mia", "+2 pork")
    await chat.say("ola", "+1 pork")  # 5 of 5
    await chat.say("pat", "/waitlist veg 2")
    await chat.say("ola", "/leave")  # 1 free: too few for Pat

    joined = chat.said(await chat.say("ned", "+1 veg"))
    assert joined.startswith("Ned is in: 1 × Dumplings veg (#1)"), joined
    await chat.say("xia", "/leave veg")  # 1 free again, still too few for Pat
    moved = [r.text for r in await chat.say("rex", "/waitlist #1 veg 1") if r.text]
    assert any(text.startswith("🎉") and "Rex" in text for text in moved), moved


async def test_with_nobody_waiting_a_freed_unit_is_joined_as_ever() -> None:
    chat = fake_chat()
    await chat.say("lijie", "接龙 荔枝 价格 60 库存 2 截止 3d")
    await chat.say("liuge", "+1")
    await chat.say("chenjie", "+1")
    await chat.say("liuge", "-1")

    joined = chat.said(await chat.say("zhaomei", "+1"))

    assert joined.startswith("Zhaomei 跟团：1 × 荔枝（#1）")


async def test_the_organisers_add_for_a_member_is_hers_to_decide_while_someone_waits() -> None:
    """The queue holds what is free against joins, never against the organiser's own 代报 (`/add Bob 1`):
    she decides who gets it (the s34 rule first refused it, caught by the unit test of `/add`'s units)."""
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Lychees price 12 stock 4")
    await chat.say("bob", "+3")
    await chat.say("cat", "/waitlist 2")

    added = chat.said(await chat.say("amy", "/add Bob 1"))

    assert added.startswith("Amy added 1 to Bob's line: Bob now has 4 × Lychees (#1)."), added
