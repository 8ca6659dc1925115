"""Session 21 (review 22, findings 1, 3, 4): a unit typed in English in a Chinese chat was kept as the
English word (`接龙 梨 价格 12/jin` stored "jin"), so once Bob joined `修改 #13 价格 10元/斤` was refused as
a new unit with "¥10/斤 就是每jin ¥10"; in English `/edit #1 price 10/jin` on a per-斤 group buy and
`45/box` on a per-箱 or per-盒 one were refused the same way, naming the unit in Chinese ("per 斤", "now
¥50/箱"), and on a per-盒 one nobody joined `price 35/box` silently made it per 箱. A known English unit
word is now kept as its Chinese unit (jin 斤, box 箱, piece 个), and a price in the unit a group buy is sold
in, said either way (`same_unit`: 斤 and jin, 盒 and box), changes only its price, keeping its unit; a
refusal in English says its units in English."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_jin_typed_in_a_chinese_chat_is_the_chats_own_jin() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 梨 价格 12/jin")
    await chat.say("bob", "+2斤")

    edited = chat.said(await chat.say("amy", "修改 #1 价格 10元/斤"))
    kilo = chat.said(await chat.say("amy", "修改 #1 价格 5元/公斤"))

    assert edited == "已修改 梨（#1）：价格 ¥10/斤。\n改价：¥12/斤 → ¥10/斤，所有人按新价"
    assert "jin" not in kilo
    assert kilo.endswith("¥5/kg 就是每斤 ¥2.50，只改价格就不写单位，例如：修改 #1 价格 ¥2.50")


async def test_an_english_edit_in_the_unit_its_card_shows_changes_only_the_price() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Pears price 12/斤")
    await chat.say("amy", "/groupbuy Oranges price 50/箱")
    await chat.say("amy", "/groupbuy Mooncakes price 40/盒")
    for number in (1, 2, 3):
        await chat.say("bob", f"+1 #{number}")

    pears = chat.said(await chat.say("amy", "/edit #1 price 10/jin"))
    oranges = chat.said(await chat.say("amy", "/edit #2 price 45/box"))
    mooncakes = chat.said(await chat.say("amy", "/edit #3 price 35/box"))

    assert pears == "Updated Pears (#1): price ¥10/jin.\nPrice lowered: ¥12/jin → ¥10/jin for everyone"
    assert oranges.startswith("Updated Oranges (#2): price ¥45/box."), oranges
    assert mooncakes.startswith("Updated Mooncakes (#3): price ¥35/box."), mooncakes


async def test_an_english_refusal_of_another_unit_says_its_units_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Pears price 12/斤")
    await chat.say("amy", "/groupbuy Oranges price 50/箱")
    await chat.say("bob", "+1 #1")
    await chat.say("bob", "+1 #2")

    kilo = chat.said(await chat.say("amy", "/edit #1 price 14/kg"))
    jin = chat.said(await chat.say("amy", "/edit #2 price 45/jin"))

    assert kilo.endswith(
        "¥14/kg is ¥7 per jin: to change only the price, leave the unit out, e.g. /edit #1 price ¥7"
    )
    assert jin.endswith("give it in the unit it is sold in and leave the unit out (now ¥50/box).")


async def test_box_on_a_per_he_group_buy_nobody_joined_keeps_its_he() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mooncakes price 40/盒")

    edited = chat.said(await chat.say("amy", "/edit #1 price 35/box"))
    await chat.say("bob", "+2")
    zh = chat.said(await chat.say("cat", "+1盒", language="zh"))

    assert edited == "Updated Mooncakes (#1): price ¥35/box.\nPrice changed: ¥40/box → ¥35/box"
    assert zh.startswith("Cat 跟团：1盒 Mooncakes（#1）"), zh
