"""In `neighbours`, Tom's #1 had closed with orders unpaid and Yan opened #2 after it: Tom's bare
`/pickup Gate 2`, `/payment …`, `/edit ends 3h`, `/helper @Bob`, `/close` and `/copy` were all answered
"Only the organiser (Yan) can do that", and Hal's `/export` (his #2 closed, Amy's #1 open) "Only the
organiser (Amy)…": the command went to the one open, another's. An organiser's bare command now goes
to her own group buy in the chat (her one open, else her newest closed one); anyone else still hears
that only its organiser may."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def toms_closed_and_yans_open() -> Chat:
    chat = fake_chat()
    chat.chat_id = "neighbours"
    await chat.say("tom", "/lang en")
    await chat.say("tom", "/groupbuy Apples price 30")
    await chat.say("bob", "+1")
    await chat.say("tom", "/close")  # #1 succeeded: Bob owes
    await chat.say("yan", "/groupbuy Pears price 20")  # #2, open
    return chat


async def test_the_organisers_bare_commands_reach_her_closed_group_buy_not_anothers_open_one() -> None:
    chat = await toms_closed_and_yans_open()

    assert chat.said(await chat.say("tom", "/pickup Gate 2")) == (
        "Pickup for Apples (#1): Gate 2\nI also told the pickup privately to the 1 buyer who has not paid"
        " yet, and that the order is still to be paid."
    )
    payment = await chat.say("tom", "/payment Alipay to tom@example.com")
    assert chat.said(payment).startswith("How to pay for Apples (#1): Alipay to tom@example.com.")
    assert chat.said(await chat.say("tom", "/edit ends 3h")).startswith(
        "Group buy #1 (Apples) has closed, so its price and other terms stay as they are: nothing was"
    )
    assert chat.said(await chat.say("tom", "/helper @Bob")).startswith(
        "Bob can now take pickup codes of #1 Apples"
    )
    assert (
        chat.said(await chat.say("tom", "/close")) == "Group buy #1 (Apples) has closed: nothing was changed."
    )
    assert chat.said(await chat.say("tom", "/copy")).startswith("Group buy #3 is open again (a copy of #1)")


async def test_anyone_else_still_hears_only_the_organiser_may() -> None:
    chat = await toms_closed_and_yans_open()

    for command in ("/pickup Gate 2", "/close", "/export"):
        answer = chat.said(await chat.say("bob", command))
        assert answer == "Only the organiser (Yan) can do that: nothing was changed.", command


async def test_an_organisers_export_goes_to_her_closed_group_buy() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("hal", "/groupbuy Honey price 40")
    await chat.say("amy", "/groupbuy Mangoes price 88")  # #2 open, Amy's
    await chat.say("bob", "+1 #1")
    await chat.say("hal", "/close #1")

    exported = await chat.say("hal", "/export")

    assert chat.said(exported) == "Hal, the list of Honey (#1) is on its way to your private chat with me."
