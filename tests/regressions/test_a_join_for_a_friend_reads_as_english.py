"""Session 15 (fe report, finding 32): `+1 for my mum` was answered `Gina signed up mum: …`. It reads
`Gina joined for mum: …`; the card keeps the friend as typed (`Gina for mum`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_join_for_my_mum_reads_naturally() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Plums price 10 target 5 ends 2h")

    mum = Chat.said(await chat.say("gina", "+1 for my mum"))
    wang = Chat.said(await chat.say("bob", "+2 for Wang"))

    assert mum == "Gina joined for mum: 1 × Plums (#1). Now ¥10 each."
    assert wang == "Bob joined for Wang: 2 × Plums (#1). Now ¥10 each."
    assert (await chat.card(1)).endswith("\n\n1. Gina for mum ×1\n2. Bob for Wang ×2")
