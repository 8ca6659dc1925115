"""Review 96 #2: after the close, the organiser cancelled Ola's unpaid pork order; Pat and Rex, who
waited for veg at the close, were told "1 came free" of veg, which it had not. Only those who waited for
the option that came free are told (of it); the others are kept, told once units of theirs come free."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_cancelled_pork_order_tells_no_veg_waiter_and_a_veg_one_does() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Dumplings options pork:20:3,veg:18:3 stock 5 limit 2")
    await chat.say("lou", "+2 veg")
    await chat.say("xia", "+1 veg")
    await chat.say("mia", "+1 pork")
    await chat.say("ola", "+1 pork")  # 5 of 5
    await chat.say("pat", "/waitlist veg 2")
    await chat.say("ken", "/close")

    pork = await chat.say("ken", "/cancelorder 1-4")  # Ola's pork ×1

    assert not [r for r in pork if r.private_to == "pat"], [r.text for r in pork]
    assert "Told privately" not in pork[0].text, pork[0].text
    veg = await chat.say("ken", "/cancelorder 1-2")  # Xia's veg ×1
    told = [r.text for r in veg if r.private_to == "pat"]
    assert told == [
        "Unpaid orders of Dumplings veg (#1) were cancelled after the close: 1 came free. You were "
        "waiting for 2 at the close; nobody moves in once it has closed, so if you still want them, "
        "please contact the organiser, Ken."
    ], [(r.private_to, r.text) for r in veg]
    assert "Told privately what came free, as they waited at the close: Pat veg ×2" in veg[0].text
