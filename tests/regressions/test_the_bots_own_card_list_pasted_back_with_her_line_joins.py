"""Task s23 K2 (round 27, finding 4): a member who copied the bot's own card list and added her line
(`1. Bob 1斤\n2. Cat 1斤\n3. Lee 3斤`, or the whole card text) was silently ignored (only a list headed
`#接龙` was read), and `接龙 Kay 2斤` was taken as opening a group buy ("请写上价格"). The card's list is read
as a pasted 接龙 list is: her added line (her name) joins with its quantity; the card's title `（#N）` names
the group buy. `接龙` with her own name and an amount, where one is open, is her join line."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _oranges() -> Chat:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 砂糖橘 价格 8/斤")
    await chat.say("bob", "+1")
    await chat.say("cat", "+1")
    return chat


async def test_the_cards_lines_with_hers_added_join() -> None:
    chat = await _oranges()

    replies = await chat.say("lee", "1. Bob 1斤\n2. Cat 1斤\n3. Lee 3斤")

    assert chat.said(replies) == "Lee 跟团：3斤 砂糖橘（#1）。当前 ¥8/斤。"
    assert "3. Lee 3斤" in await chat.card(1)


async def test_the_whole_card_text_with_her_line_added_joins_the_group_buy_it_names() -> None:
    chat = await _oranges()
    card = await chat.card(1)
    await chat.say("amy", "接龙 土鸡蛋 价格 15/打")  # a second one open: the card's （#1） names it

    replies = await chat.say("kay", f"{card}\n3. Kay 2斤")

    assert chat.said(replies) == "Kay 跟团：2斤 砂糖橘（#1）。当前 ¥8/斤。"
    assert "3. Kay 2斤" in await chat.card(1)


async def test_a_copied_list_whose_last_line_is_not_hers_stays_talk() -> None:
    chat = await _oranges()

    assert await chat.say("eve", "1. Bob 1斤\n2. Cat 1斤\n3. Lee 3斤") == []
    assert "Lee" not in await chat.card(1)


async def test_jielong_with_her_own_name_and_an_amount_is_her_join_line() -> None:
    chat = await _oranges()

    replies = await chat.say("kay", "接龙 Kay 2斤")

    assert chat.said(replies) == "Kay 跟团：2斤 砂糖橘（#1）。当前 ¥8/斤。"
    assert "3. Kay 2斤" in await chat.card(1)
    price = "请写上价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点"
    assert chat.said(await chat.say("kay", "接龙 海南贵妃芒 5斤")) == price  # a product: still an opening


async def test_jielong_with_her_own_name_where_none_is_open_is_still_an_opening() -> None:
    chat = fake_chat(default_language="zh")

    replies = await chat.say("kay", "接龙 Kay 2斤")

    assert chat.said(replies) == "请写上价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点"


async def test_the_cards_lines_with_hers_added_join_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Longan price 18")
    await chat.say("dan", "+1")
    await chat.say("cat", "+2")
    card = await chat.card(1)

    listed = await chat.say("jo", "1. Dan ×1\n2. Cat ×2\n3. Jo ×2")
    whole = await chat.say("kay", f"{card}\n3. Kay ×3")  # copied before Jo joined

    assert chat.said(listed) == "Jo is in: 2 × Longan (#1). Now ¥18 each."
    assert chat.said(whole) == "Kay is in: 3 × Longan (#1). Now ¥18 each."
    assert "4. Kay ×3" in await chat.card(1)


async def test_a_list_headed_group_buy_with_her_line_added_joins_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Longan price 18")
    await chat.say("dan", "+1")

    replies = await chat.say("jo", "#Group buy\nLongan\n\n1. Dan ×1\n2. Jo ×2")

    assert chat.said(replies) == "Jo is in: 2 × Longan (#1). Now ¥18 each."
    assert "2. Jo ×2" in await chat.card(1)
