"""With options of their own stock (多规格), "only N left" quoted an option's whole stock when the chat's
open group buys were read without what each option sold: `+9 veg` with 2 of 4 left said "Only 4 of
Dumplings veg left… Example: +4 veg", and that `+4 veg` was refused. And with one option sold out, the
example of another kept the typed count: `+9 veg` said "Still to be had: pork, e.g. +9 pork" with 3 pork
left. Both now count what is taken (found playing the playground)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_only_n_left_counts_what_is_taken_of_the_option_in_english() -> None:
    chat = fake_chat()
    await chat.say("ann", "/groupbuy Dumplings options veg:5:4,pork:6:3 ends tomorrow 8:00")
    await chat.say("ben", "+2 veg")

    too_many = Chat.said(await chat.say("cal", "+9 veg"))
    example = Chat.said(await chat.say("cal", "+2 veg"))

    assert too_many == "Only 2 of Dumplings veg left; nothing was changed. Example: +2 veg"
    assert example.startswith("Cal is in: 2 × Dumplings veg (#1).")


async def test_the_example_of_another_option_is_one_it_takes() -> None:
    chat = fake_chat()
    await chat.say("ann", "/groupbuy Dumplings options veg:5:2,pork:6:3 ends tomorrow 8:00")
    await chat.say("ben", "+2 veg")

    sold_out = Chat.said(await chat.say("dan", "+9 veg"))
    example = Chat.said(await chat.say("dan", "+3 pork"))

    assert sold_out.endswith("Still to be had: pork, e.g. +3 pork.")
    assert example.startswith("Dan is in: 3 × Dumplings pork (#1).")


async def test_only_n_left_counts_what_is_taken_of_the_option_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 粽子 规格 小盒:30:3,大盒:50:2 截止 明天上午8点")
    await chat.say("a1", "+1 小盒")

    too_many = Chat.said(await chat.say("a4", "+999 小盒"))

    assert too_many == "粽子 小盒 只剩 2 份了，没有任何改动。例如：+2 小盒"
