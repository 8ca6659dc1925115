"""/remove and /helper refused falsely or with another command's form: `/remove #1 @Bob for Wang` said
Bob was not on the list (he was; only the Wang line did not exist), `/remove #1 Aunt Wang` (a guest on a
group buy with options) "I don't know anyone called Aunt … Write the order number instead", and
`/helper @Dan` the same order-number advice though /helper takes none."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_each_refusal_is_true_and_in_its_commands_form() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes 5kg options 3kg:58,5kg:88 target 9 ends today 20:00")
    await chat.say("bob", "+1 5kg")
    await chat.say("amy", "/add #1 Aunt Wang 1 3kg")

    no_friend = Chat.said(await chat.say("amy", "/remove #1 @Bob for Wang"))
    guest = Chat.said(await chat.say("amy", "/remove #1 Aunt Wang"))
    helper = Chat.said(await chat.say("amy", "/helper @Dan"))

    assert no_friend == ("Bob has no line for Wang on Mangoes 5kg: nothing was changed. Bob's lines: Bob ×1.")
    assert guest.startswith("Amy removed Aunt Wang (×1) from Mangoes 5kg (#1).")
    assert helper.startswith("I don't know anyone called Dan in this chat: nothing was changed.")
    assert "/helper #1 @name" in helper
    assert "order number" not in helper
