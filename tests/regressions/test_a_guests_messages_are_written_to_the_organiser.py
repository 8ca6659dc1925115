"""Messages meant for a 代报 guest reached the organiser as if she were the buyer: "Amy confirmed your
payment … Your pickup code", "Amy gives ¥120 back to you", and /remind asked the guest to send /ipaid.
The organiser is told about the guest (the code to pass on, the money to give back), and a reminder
asks her, not the guest, to collect."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_paid_refund_and_remind_of_a_guest() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Honey price 40 target 3 ends today 20:00")
    await chat.say("amy", "/add Aunt Wang 3")
    await chat.say("amy", "/close")

    reminded = Chat.said(await chat.say("amy", "/remind"))
    paid = Chat.private(await chat.say("amy", "/paid 1-1"))
    refunded = Chat.private(await chat.say("amy", "/refund 1-1"))

    assert "/ipaid" not in reminded
    assert (
        "Amy: collect from the people you added (/add), then confirm each with /paid and its order number, "
        "e.g. /paid 1-1." in reminded
    )
    assert list(paid) == ["amy"]
    # the group's answer says it was paid; privately, only the code to pass on (fg-report 24)
    assert paid["amy"].startswith("Aunt Wang's pickup code: ")
    assert "pass it on to Aunt Wang" in paid["amy"]
    assert "your" not in paid["amy"].lower()
    # the group's answer says to give the money back: no second note to her (session 16, gc 3)
    assert refunded == {  # her answer with the amount (typed in the group, s30), no note about the guest
        "amy": "Order #1-1 of Aunt Wang is marked refunded (¥120). Give the money back to them directly."
    }
