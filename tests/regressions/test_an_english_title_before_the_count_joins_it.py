"""`durian +1`, `kaya +2`, `me too durian` (the product then the count, as `鸡蛋 +1` works in Chinese) got
silence; `the kaya one` answering "which?" too; `+1 kaya x2` was refused ("You wrote +1 and “x2”") while
`+1 large x2` joins 2. Each joins what it names, `+1 kaya x2` two; a word naming nothing open stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _sg1() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Musang King Durian price 68/kg ends 3d")
    await chat.say("amy", "/groupbuy Kaya Jars price 12 ends 3d")
    return chat


async def test_the_title_then_the_count_joins() -> None:
    chat = await _sg1()

    durian = chat.said(await chat.say("bob", "durian +1"))
    kaya = chat.said(await chat.say("cat", "kaya +2"))
    too = chat.said(await chat.say("dan", "me too durian"))
    times = chat.said(await chat.say("eve", "+1 kaya x2"))
    talk = await chat.say("gil", "haha +1")

    assert durian.startswith("Bob is in: 1 kg of Musang King Durian (#1)."), durian
    assert kaya.startswith("Cat is in: 2 × Kaya Jars (#2)."), kaya
    assert too.startswith("Dan is in: 1 kg of Musang King Durian (#1)."), too
    assert times.startswith("Eve is in: 2 × Kaya Jars (#2)."), times
    assert talk == []


async def test_the_kaya_one_answers_which() -> None:
    chat = await _sg1()

    asked = chat.said(await chat.say("fay", "+1"))
    answered = chat.said(await chat.say("fay", "the kaya one"))

    assert asked.startswith("2 group buys are open here")
    assert answered.startswith("Fay is in: 1 × Kaya Jars (#2)."), answered


async def test_in_chinese_the_english_name_of_the_product() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 大葱 价格 5 截止 3d")

    noted = chat.said(await chat.say("tom", "+1 green onion"))
    first = chat.said(await chat.say("ivy", "green onion +1"))

    # said in English words, answered in English in a Chinese chat too (session 30)
    assert noted.startswith("Tom is in: 1 × 大葱 (#1). Now"), noted
    assert first.startswith("Ivy is in: 1 × 大葱 (#1). Now"), first
