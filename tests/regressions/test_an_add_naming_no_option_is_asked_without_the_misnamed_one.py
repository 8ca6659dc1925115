"""`代报 Bob 1 7斤` (a member, an option that does not exist) was asked which option with the example
`代报 #1 Bob 1 3斤 7斤`, keeping `7斤` as a note, since `/add` did not say the word was an option tried;
a guest's question dropped even a real note (`代报 王阿姨 1 3号楼`: `… 1 3斤`), and `代报 Bob 7斤` asked
for a buyer named "Bob 7斤". The example now leaves out a misnamed option and keeps a note, for a member
and a guest alike, and a weight ending the name is the option tried."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_misnamed_option_is_left_out_of_the_example() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 规格 5斤:58,3斤:40 截止 3d")
    await chat.say("bob", "大家好")

    member = chat.said(await chat.say("amy", "代报 Bob 1 7斤"))
    guest = chat.said(await chat.say("amy", "代报 王阿姨 1 7斤"))
    alone = chat.said(await chat.say("amy", "代报 Bob 7斤"))  # no quantity: 7斤 is not Bob's name

    assert member.endswith("写在份数后面，例如 代报 #1 Bob 1 3斤。")
    assert guest.endswith("写在份数后面，例如 代报 #1 王阿姨 1 3斤。")
    assert alone == member
    assert "Bob" not in await chat.card(1)


async def test_in_english_a_note_is_kept_and_a_misnamed_option_is_not() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes options 5kg:58,3kg:40 ends 3d")
    await chat.say("bob", "hello")

    assert chat.said(await chat.say("amy", "/add Bob 1 7kg")).endswith("e.g. /add #1 Bob 1 3kg.")
    assert chat.said(await chat.say("amy", "/add Bob 1 gate 3")).endswith("e.g. /add #1 Bob 1 3kg gate 3.")
    assert chat.said(await chat.say("amy", "/add Aunt Wang 1 gate 3")).endswith(
        "e.g. /add #1 Aunt Wang 1 3kg gate 3."
    )
    followed = chat.said(await chat.say("amy", "/add #1 Aunt Wang 1 3kg gate 3"))
    assert followed.startswith("Amy added Aunt Wang (not in this chat): 1 × Mangoes 3kg (#1)")
