"""`+1 vanilla, +1 rose` joined rose with the note "vanilla, +1" (the supplier's list then missed the
vanilla); `+1 pistachio +1 rose` joined pistachio with the note "+1 rose". Two options in one message
join nothing: the member is given the two joins to send one by one, as two group buys are."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Macarons options vanilla:19,rose:19,pistachio:21 ends 3d")

    comma = chat.said(await chat.say("vin", "+1 vanilla, +1 rose"))
    spaced = chat.said(await chat.say("yul", "+1 pistachio +1 rose"))

    assert comma == (
        "One item per message, please: send “+1 vanilla”, then “+1 rose” as a message of its own. "
        "Nothing was changed."
    )
    assert spaced.startswith("One item per message, please: send “+1 pistachio”, then “+1 rose”"), spaced
    card = await chat.card(1)
    assert "Vin" not in card and "Yul" not in card


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:30,大盒:50 截止 3d")

    said = chat.said(await chat.say("eve", "+1 大盒 +2 小盒"))

    assert said == "一条消息请只报一样东西：先发“+1 大盒”，再单独发一条“+2 小盒”。没有任何改动。"
    assert "Eve" not in await chat.card(1)
