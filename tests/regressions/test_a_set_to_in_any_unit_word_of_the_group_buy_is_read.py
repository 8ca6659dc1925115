"""s40 noticed: set-tos the parser did not read got no reply at all: `改成2kg` on a group buy sold by the kg
(the way its card and a paste hint write the unit), `make it 2 斤` in an English chat, `大盒改成2斤` (a word
then an amount in a unit), `make it 2 cans` on one priced per can; and `改成4斤` typed in private with several
open answered with the unit as typed (`改成4斤 #1` of one sold by the kg). Each now sets the line (or says
why not, nothing changed), and the private example is in the group buy's own unit."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, chat_in, fake_chat


async def test_gai_cheng_in_kg_sets_a_line_sold_by_the_kg() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 车厘子 价格 80/kg 截止 明晚8点", name="李姐")
    await chat.say("mei", "+3", name="小美")

    said = chat.said(await chat.say("mei", "改成2kg", name="小美"))
    assert said == "小美 现在是 2 kg 车厘子（#1）。当前 ¥80/kg。"
    said = chat.said(await chat.say("mei", "改成1 KG", name="小美"))
    assert said == "小美 现在是 1 kg 车厘子（#1）。当前 ¥80/kg。"
    assert "小美 1 kg" in await chat.card()


async def test_make_it_n_jin_in_an_english_chat_converts_to_its_kg() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Durian price 68/kg ends tomorrow 20:00")
    await chat.say("sue", "+3", name="Sue")

    said = chat.said(await chat.say("sue", "make it 2 斤", name="Sue"))

    assert said == "Sue now has 1 kg of Durian (#1). Now ¥68/kg."


async def test_a_word_then_a_set_to_in_jin_sets_that_line() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 大盒草莓 价格 30/斤 截止 明晚8点", name="李姐")
    await chat.say("li", "接龙 苹果 价格 5 截止 明晚8点", name="李姐")
    await chat.say("mei", "+3 #1", name="小美")
    await chat.say("mei", "+1 #2", name="小美")

    said = chat.said(await chat.say("mei", "大盒改成2斤", name="小美"))

    assert said == "小美 现在是 2斤 大盒草莓（#1）。当前 ¥30/斤。"
    said = chat.said(await chat.say("mei", "改成1kg 大盒", name="小美"))
    assert said == "小美 已经是 2斤 大盒草莓（#1），没有任何改动。"


async def test_an_option_set_to_in_jin_is_told_it_sells_by_the_portion() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 车厘子 规格 大盒:80,小盒:50 截止 明晚8点", name="李姐")
    await chat.say("mei", "+3 大盒", name="小美")

    refused = chat.said(await chat.say("mei", "大盒改成2斤", name="小美"))

    assert refused == (
        "车厘子（#1）按份卖，“2斤”不是它的数量，没有任何改动。要几份就发 改成N，例如 大盒改成2份"
    )
    said = chat.said(await chat.say("mei", "大盒改成2份", name="小美"))
    assert said.startswith("小美 现在是 2 × 车厘子 大盒")


async def test_make_it_n_cans_sets_a_line_priced_per_can() -> None:
    chat = await chat_in("en")
    await chat.say("amy", "/groupbuy Beans price 3/can ends tomorrow 20:00")
    await chat.say("sue", "+3", name="Sue")

    said = chat.said(await chat.say("sue", "make it 2 cans", name="Sue"))

    assert said == "Sue now has 2 cans of Beans (#1). Now ¥3/can."
    assert "Sue 2 cans" in await chat.card()
    assert await chat.say("sue", "make it 2 days", name="Sue") == []  # talk still


async def test_the_private_example_says_the_amount_in_the_group_buys_unit() -> None:
    for lang, opened, typed, expected in (
        ("zh", "接龙 车厘子 价格 80/kg", "改成4斤", "例如 改成2公斤 #1。"),
        ("zh", "接龙 车厘子 价格 80/kg", "改成2kg", "例如 改成2公斤 #1。"),
        ("en", "/groupbuy Pork price 30/kg", "make it 4 jin", "e.g. make it 2 #1."),
        ("en", "/groupbuy Beans price 3/can", "make it 2 cans", "e.g. make it 2 #1."),
    ):
        chat = fake_chat()
        await chat.say("amy", f"/lang {lang}")
        await chat.say("amy", opened)
        await chat.say("amy", "/groupbuy Kaya price 3")
        await chat.say("cat", "+2 #1")
        await chat.say("cat", "+1 #2")
        before = await chat.cards_up_to(2)

        said = Chat.said(await chat.say("cat", typed, private=True))

        assert expected in said, said
        assert await chat.cards_up_to(2) == before
