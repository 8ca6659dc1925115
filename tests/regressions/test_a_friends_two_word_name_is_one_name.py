"""rep80 #6: `+1 for Zhao Wei` made a line for Zhao with the note Wei, and `-1 for Zhao Wei` got only the
usage line. A capitalised second Latin word after `for` is part of the name (`Tom Large`, `Amy Thanks`
are not; an option or the product so named is split back off), and the leave with the same words finds
that line; a line of the full name held is found with the second word in any case."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _cookies() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 stock 9 ends 1h")
    return chat


async def test_zhao_wei_is_one_friend_joined_and_taken_off() -> None:
    chat = await _cookies()

    joined = Chat.said(await chat.say("eve", "+1 for Zhao Wei"))
    more = Chat.said(await chat.say("eve", "+1 for zhao wei"))
    assert joined == "Eve joined for Zhao Wei: 1 × Cookies (#1). Now ¥5 each."
    assert more == "Eve joined for Zhao Wei: 1 more, now 2 × Cookies in all (#1). Now ¥5 each."
    assert "1. Eve for Zhao Wei ×2" in await chat.card()

    fewer = Chat.said(await chat.say("eve", "-1 for Zhao wei"))
    gone = Chat.said(await chat.say("eve", "-1 for Zhao Wei"))
    assert fewer == "Eve's line for Zhao Wei now has 1 × Cookies (#1). Now ¥5 each."
    assert gone == "Eve took the line for Zhao Wei off Cookies (#1)."


async def test_a_leave_for_zhao_wei_holding_zhao_names_the_line_held() -> None:
    chat = await _cookies()
    await chat.say("eve", "+1 for Zhao")

    refused = Chat.said(await chat.say("eve", "-1 for Zhao Wei"))

    assert refused == (
        "You have no line for Zhao Wei in Cookies (#1); your friends' lines are: Zhao ×1. E.g. -1 for Zhao. "
        "Nothing was changed."
    )


async def test_a_size_or_an_option_after_the_name_is_no_surname() -> None:
    chat = await _cookies()
    large = Chat.said(await chat.say("eve", "+1 for Tom Large"))
    assert large == "Eve joined for Tom: 1 × Cookies (#1). Note: Large. Now ¥5 each."

    ice = fake_chat()
    await ice.say("amy", "/groupbuy Ice cream options vanilla:10,chocolate:12 ends 1h")
    vanilla = Chat.said(await ice.say("eve", "+1 for Tom Vanilla"))
    assert vanilla == "Eve joined for Tom: 1 × Ice cream vanilla (#1). Vanilla: now ¥10 each."
