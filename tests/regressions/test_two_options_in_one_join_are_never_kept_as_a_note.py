"""`+1 vanilla, +1 rose` joined rose with the note "vanilla, +1" (the supplier's list then missed the
vanilla); `+1 pistachio +1 rose` joined pistachio with the note "+1 rose". Two options in one message
join nothing: the member is given the two joins to send one by one, as two group buys are. Session 41:
they join both, all or nothing (test_two_options_in_one_message_join_both_or_neither.py); never a note."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Macarons options vanilla:19,rose:19,pistachio:21 ends 3d")

    comma = chat.said(await chat.say("vin", "+1 vanilla, +1 rose"))
    spaced = chat.said(await chat.say("yul", "+1 pistachio +1 rose"))

    assert (
        comma == "Vin is in: 1 × Macarons vanilla (#1). Vanilla: now ¥19 each.\n"
        "Vin is in: 1 × Macarons rose (#1). Rose: now ¥19 each."
    )
    assert (
        "Yul is in: 1 × Macarons pistachio (#1)" in spaced and "Yul is in: 1 × Macarons rose (#1)" in spaced
    )
    card = await chat.card(1)
    assert "Vin vanilla ×1" in card and "Vin rose ×1" in card and "Yul pistachio ×1" in card, card
    assert "+1" not in card.split("\n\n")[-1], card


async def test_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:30,大盒:50 截止 3d")

    said = chat.said(await chat.say("eve", "+1 大盒 +2 小盒"))

    assert said.startswith("Eve 跟团：1 × 水蜜桃 大盒（#1）。"), said
    assert "\nEve 跟团：2 × 水蜜桃 小盒（#1）。" in said, said
    card = await chat.card(1)
    assert "Eve 大盒 ×1" in card and "Eve 小盒 ×2" in card, card
