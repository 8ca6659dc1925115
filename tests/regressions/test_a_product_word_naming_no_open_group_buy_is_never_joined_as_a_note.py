"""`+1 kaya` after Kaya Jars was cancelled joined the durian with the note "kaya"; `+1 durian` where only
prawns were open joined the prawns ("Note: durian", billed on the order); `+3 pistachio` before the
macarons were opened joined 3 kg of durian. A join whose one word names a group buy that ended here, or a
product nobody sells here, joins nothing and says so, listing what is open; real notes stay notes."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _sg1() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Musang King Durian price 68/kg ends 3d")
    await chat.say("amy", "/groupbuy Kaya Jars price 12 ends 3d")
    await chat.say("amy", "/groupbuy Mooncakes options small:28,large:45 ends 3d")
    await chat.say("amy", "/cancel #2")
    return chat


async def test_a_cancelled_products_word_is_told_it_was_cancelled() -> None:
    chat = await _sg1()

    said = chat.said(await chat.say("uma", "+1 kaya"))

    assert said == (
        "Kaya Jars (#2) was cancelled, so nothing was joined. Open here: #1 Musang King Durian · "
        "#3 Mooncakes; to join one, send e.g. +1 #1. Nothing was changed."
    )
    assert "Uma" not in await chat.card(1) and "Uma" not in await chat.card(3)


async def test_a_closed_products_word_is_told_it_closed_never_asked_an_option() -> None:
    chat = await _sg1()
    await chat.say("bob", "+1 #1")
    await chat.say("amy", "/close #1")

    said = chat.said(await chat.say("uma", "+1 durian"))

    assert said == (
        "Musang King Durian (#1) has closed, so nothing was joined. Open here: #3 Mooncakes; "
        "to join one, send e.g. +1 #3. Nothing was changed."
    )


async def test_a_product_nobody_sells_here_is_no_note_on_the_one_open() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Tiger Prawns 1kg box price 32/box ends 3d")

    durian = chat.said(await chat.say("fay", "+1 durian"))
    pistachio = chat.said(await chat.say("una", "+3 pistachio"))

    assert durian == (
        "There is no durian group buy here. Open here: #1 Tiger Prawns 1kg box; "
        "to join one, send e.g. +1 #1. Nothing was changed."
    )
    assert pistachio == (
        "There is no pistachio group buy here. Open here: #1 Tiger Prawns 1kg box; "
        "to join one, send e.g. +3 #1. Nothing was changed."
    )
    assert "Fay" not in await chat.card(1) and "Una" not in await chat.card(1)


async def test_in_chinese_too() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 30 截止 3d")
    await chat.say("amy", "接龙 粽子 价格 10 截止 3d")
    await chat.say("amy", "取消 #2")

    durian = chat.said(await chat.say("kim", "+1 榴莲"))
    dumplings = chat.said(await chat.say("kim", "+1 粽子"))

    assert durian == "这里没有“榴莲”的团。现在在接龙的：#1 草莓；要跟就发，例如 +1 #1。没有任何改动。"
    assert (
        dumplings == "粽子（#2）已取消，没有跟上。现在在接龙的：#1 草莓；要跟就发，例如 +1 #1。没有任何改动。"
    )
    assert "Kim" not in await chat.card(1)


async def test_real_notes_stay_notes() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 30 截止 3d")
    await chat.say("amy", "接龙 粽子 价格 10 截止 3d")
    await chat.say("amy", "取消 #2")

    for note in ("3号楼", "要大的", "不要太软", "小王"):
        said = chat.said(await chat.say("kim", f"+1 {note}"))
        assert f"备注：{note}。" in said, said
    said = chat.said(await chat.say("kim", "+1 gate B"))  # a note in English words: answered in English
    assert "Note: gate B." in said, said


async def test_with_nothing_open_the_product_named_is_the_one_told() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Kaya Jars price 12 ends 3d")
    await chat.say("amy", "/groupbuy Durian price 12 ends 3d")
    await chat.say("bob", "+1 #2")
    await chat.say("amy", "/cancel #1")
    await chat.say("amy", "/close #2")

    said = chat.said(await chat.say("uma", "+1 kaya"))

    assert said == "Group buy #1 (Kaya Jars) was cancelled: nothing was changed."


async def test_a_word_saying_what_kind_stays_a_note() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Fresh Durian price 68 ends 3d")
    await chat.say("amy", "/groupbuy Prawns price 32 ends 3d")
    await chat.say("amy", "/cancel #1")

    said = chat.said(await chat.say("fay", "+1 fresh"))

    assert said.startswith("Fay is in: 1 × Prawns (#2). Note: fresh."), said
