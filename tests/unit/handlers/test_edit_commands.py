"""/edit (修改) and /copy (再开一团) in a chat: what the organiser, the group and the card say."""

from __future__ import annotations

from commerce.domain.events import Event, GroupBuyEdited
from handlers.app import ChatApp
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN_ZH = "接龙 海南芒果 价格 88 阶梯 10:78 成团 3 库存 50 限购 5 截止 今晚8点"
OPEN_EN = "/groupbuy Mangoes price 88 tiers 10:78 target 3 stock 50 limit 5 ends today 20:00"


async def opened(text: str = OPEN_ZH, *joins: tuple[str, str]) -> Chat:
    chat = fake_chat()
    await chat.say("amy", text)
    for user, join in joins:
        await chat.say(user, join)
    return chat


# -- edit ------------------------------------------------------------------------------------------------
async def test_a_lower_price_is_announced_in_one_line_and_the_card_shows_it() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+2"))

    replies = await chat.say("amy", "修改 价格 80")

    assert chat.said(replies) == "已修改 海南芒果（#1）：价格 ¥80。\n改价：¥88 → ¥80，所有人按新价"
    assert chat.cards(replies) == [(1, False)]
    assert "单价：¥80/份 · 再 8 份 ¥78" in await chat.card(1)


async def test_english_edit_names_each_new_term() -> None:
    chat = await opened(OPEN_EN)

    replies = await chat.say("amy", "/edit #1 price 80 stock 30 limit 4 ends tomorrow 20:00 pickup Gate 3")

    assert chat.said(replies) == (
        "Updated Mangoes (#1): price ¥80, stock 30, limit 4, ends Tue 24 Nov 20:00 (was Mon 23 Nov 20:00), "
        "pickup Gate 3.\nPrice changed: ¥88 → ¥80"  # nobody joined yet: no "for everyone"
    )
    card = await chat.card(1)
    assert "Stock left: 30 · Limit: 4 per person" in card
    assert "Closes: Tue 24 Nov 20:00" in card and "Pickup: Gate 3" in card


async def test_a_new_title_comes_before_the_keywords() -> None:
    chat = await opened(OPEN_EN)

    replies = await chat.say("amy", "/edit #1 Hainan mangoes 5kg target 4")

    assert chat.said(replies) == "Updated Hainan mangoes 5kg (#1): renamed from Mangoes, target 4."
    assert (await chat.card(1)).startswith("🛒 Hainan mangoes 5kg (#1)")


async def test_a_pickup_time_is_resolved_as_pickup_does() -> None:
    chat = await opened(OPEN_ZH)

    replies = await chat.say("amy", "修改 自提 南门 明天下午5点")

    assert chat.said(replies) == "已修改 海南芒果（#1）：自提 南门 · 11月24日 周二 17:00。"


async def test_a_deadline_change_reschedules_through_its_event(app: ChatApp, events: list[Event]) -> None:
    chat = Chat(app)
    await chat.say("amy", OPEN_ZH)

    replies = await chat.say("amy", "修改 截止 明天20:00")

    assert chat.said(replies) == "已修改 海南芒果（#1）：截止 11月24日 周二 20:00（原 11月23日 周一 20:00）。"
    edited = [event for event in events if isinstance(event, GroupBuyEdited)]
    assert edited == [GroupBuyEdited(1, "family", "2026-11-24T12:00:00+00:00")]


async def test_refusals_say_why_and_change_nothing() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+4"), ("cat", "+1"))
    card = await chat.card(1)
    cases = {
        "修改 价格 90": "价格只能降，不能涨（大家是按 ¥88 跟的团）：不能改成 ¥90。没有任何改动。",
        "修改 阶梯 20:78": "价格只能降，不能涨：满 10 份原来是 ¥78，改后会变成 ¥88。没有任何改动。",
        "修改 库存 4": "库存改成 4 还不行，没有任何改动：已经接龙 5 份，比库存 4 份多了 1 份；"
        "阶梯从 10 份开始，库存 4 份永远达不到；每人限购 5 份，比库存 4 份还多。"
        "先空出 1 份：“踢出 @名字”去掉一位买家的整行，或请买家发 -1 退出一份；"
        "再发：修改 库存 4 阶梯 无 限购 4",
        "修改 限购 3": (
            "限购不能低于 Bob 已经买的数量：4 份（你写的是限购 3）。没有任何改动。"
            "要改，先用 踢出 #1 @Bob 去掉 TA 的那条（或请 Bob 发 -1 #1），再改限购。"
        ),
        "修改 成团 8": "已经成团了：成团数不能提高到已接龙的 5 份以上（你写的是成团 8）。没有任何改动。",
        "修改 库存 8": "库存改成 8 还不行，没有任何改动：阶梯从 10 份开始，库存 8 份永远达不到。"
        "可以这样改：修改 库存 8 阶梯 无",
        "修改 截止 今天上午9点": "这个截止时间已经过去了，没有任何改动。"
        "例如：截止 2小时、截止 明天9点、截止 周五 18:00",
        "修改 价格 88": "团购 #1（海南芒果）已经是这样了，没有任何改动。",
        "修改 币种 USD": "币种不能改（这个团用 CNY 标价，大家是按它跟的团）。没有任何改动。",
        "修改 价格 50⭐": "币种不能改（这个团用 CNY 标价，大家是按它跟的团）。没有任何改动。",
    }
    for typed, answer in cases.items():
        assert chat.said(await chat.say("amy", typed)) == answer, typed
    assert await chat.card(1) == card


async def test_only_the_organiser_or_an_admin_edits() -> None:
    chat = await opened(OPEN_ZH)

    refused = await chat.say("bob", "修改 #1 价格 80")
    chat.admins.add("dan")
    done = await chat.say("dan", "修改 #1 价格 80")

    assert chat.said(refused) == "只有团长（Amy）可以这样做，没有任何改动。"
    assert chat.said(done).startswith("已修改 海南芒果（#1）：价格 ¥80。")


async def test_without_a_number_it_is_the_organisers_own_open_group_buy() -> None:
    chat = await opened(OPEN_ZH)
    await chat.say("bob", "接龙 苹果 价格 30")

    replies = await chat.say("bob", "修改 价格 25")

    assert chat.said(replies).startswith("已修改 苹果（#2）：价格 ¥25。")
    assert "¥88" in await chat.card(1)


async def test_an_unreadable_edit_gets_its_form_and_talk_stays_talk() -> None:
    chat = await opened(OPEN_EN)
    usage = (
        "Edit a group buy with the keywords you opened it with, e.g. /edit #1 price 80 stock 30 limit 4 "
        "ends tomorrow 20:00 pickup Gate 3. Nothing was changed."
    )

    assert chat.said(await chat.say("amy", "/edit")) == usage
    assert chat.said(await chat.say("amy", "/edit #1 80")) == usage
    assert chat.said(await chat.say("amy", "/edit #1 price")) == usage
    assert await chat.say("amy", "修改一下地址吧") == []
    assert await chat.say("amy", "修改了吗？价格 80") == []


async def test_in_private_the_organiser_names_it_and_the_group_hears_the_news() -> None:
    chat = await opened(OPEN_ZH)

    replies = await chat.say("amy", "修改 #1 价格 80", private=True)

    assert [(r.text, r.chat_id) for r in replies if r.text] == [
        ("已修改 海南芒果（#1）：价格 ¥80。", None),
        ("🛒 海南芒果（#1）\n改价：¥88 → ¥80", "family"),  # under its name; nobody joined: no 所有人
    ]
    assert chat.cards(replies) == [(1, False)]
    assert chat.said(await chat.say("amy", "修改 价格 70", private=True)) == (
        "私聊里请写团号，例如：修改 #1 价格 80（团号在卡片标题里）。没有任何改动。"
    )
    not_hers = await chat.say("bob", "修改 #1 价格 70", private=True)
    assert chat.said(not_hers) == "你没有开过团购 #1（只有它的团长能这样做），没有任何改动。"


async def test_after_the_close_only_the_pickup_and_payment_note_change() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+3"))
    await chat.say("amy", "截单")

    moved = await chat.say("amy", "修改 #1 自提 北门")
    priced = await chat.say("amy", "修改 #1 库存 80")  # a lower price: how to refund (rep105 #10)

    assert (
        chat.said(moved)
        == "已修改 海南芒果（#1）：自提 北门。也已把自提私信告诉 1 位还没付款的买家，并提醒订单还要付款。"
    )
    assert chat.said(priced) == (
        "团购 #1（海南芒果）已经截单了，价格等条款不能再改，没有任何改动。"
        "自提和付款方式还可以改，例如：自提 #1 小区北门 明天17:00，或 修改 #1 付款方式 微信转账给团长。"
    )


# -- copy ------------------------------------------------------------------------------------------------
async def test_a_copy_opens_with_the_same_terms_for_as_long_and_a_fresh_card() -> None:
    clock = FakeClock()
    chat = fake_chat(clock=clock)
    await chat.say("amy", OPEN_ZH)  # 12:00 to 20:00: eight hours
    await chat.say("bob", "+3")
    await chat.say("amy", "截单")
    clock.advance(days=7)

    replies = await chat.say("amy", "再开一团 #1")

    assert chat.said(replies) == (
        "再开一团 #2（照 #1）：海南芒果，¥88/份。发 +1 或点“跟团”参加，截止 11月30日 周一 20:00。"
    )
    assert chat.cards(replies) == [(2, True)]
    card = await chat.card(2)
    assert "阶梯价：满10份 ¥78" in card and "剩余库存：50 · 每人限购 5 份" in card
    assert card.endswith("还没有人跟团，发 +1 抢第一个")


async def test_a_copy_may_end_when_told() -> None:
    chat = await opened(OPEN_EN)
    await chat.say("amy", "/cancel #1")  # a copy beside the open original is refused

    replies = await chat.say("amy", "/copy #1 ends 3d")

    assert chat.said(replies).startswith("Group buy #2 is open again (a copy of #1): Mangoes at ¥88 each.")
    assert "it closes Thu 26 Nov 12:00." in chat.said(replies)


async def test_a_copy_goes_to_another_chat_the_organiser_is_in() -> None:
    chat = await opened(OPEN_EN)
    garden = Chat(chat.app, chat_id="garden")
    await garden.say("amy", "/help")  # Amy is seen in the garden chat

    replies = await chat.say("amy", "/copy #1 to garden")

    assert [(r.text, r.chat_id) for r in replies if r.text] == [
        ("Opened #2 (Mangoes, a copy of #1) in chat garden.", None),
        (
            "New group buy #2 here: Mangoes at ¥88 each. Join with +1 or the Join "
            "button; it closes Mon 23 Nov 20:00.",
            "garden",
        ),
    ]
    assert [(r.card_of, r.new_card, r.chat_id) for r in replies if r.is_card] == [(2, True, "garden")]
    joined = await garden.say("bob", "+1")
    assert garden.said(joined).startswith("Bob is in: 1 × Mangoes (#2).")


async def test_a_copy_to_the_chat_of_one_of_the_organisers_group_buys() -> None:
    chat = await opened(OPEN_EN)
    garden = Chat(chat.app, chat_id="garden")
    await garden.say("amy", "/groupbuy Plums price 12")

    replies = await chat.say("amy", "/copy #1 to #2")

    assert [r.chat_id for r in replies if r.is_card] == ["garden"]


async def test_a_chat_the_organiser_is_not_in_is_one_that_does_not_exist() -> None:
    chat = await opened(OPEN_EN)
    elsewhere = Chat(chat.app, chat_id="club")
    await elsewhere.say("bob", "/groupbuy Plums price 12")
    answer = "I know no chat “{}” you are in. You can copy to: family. Nothing was changed."
    not_hers = (
        "I know no chat “#2” you are in. Name it by its name or id, or by one of your group buys there, "
        "e.g. /copy #1 to #15. Nothing was changed."
    )

    assert chat.said(await chat.say("amy", "/copy #1 to club")) == answer.format("club")
    assert chat.said(await chat.say("amy", "/copy #1 to nowhere")) == answer.format("nowhere")
    assert chat.said(await chat.say("amy", "/copy #1 to #2")) == not_hers  # Bob's, not hers


async def test_only_the_organiser_copies_and_a_buyer_is_told() -> None:
    chat = await opened(OPEN_ZH)

    assert chat.said(await chat.say("bob", "再开一团 #1")) == (
        "只有团长才能再开一团，没有任何改动。想要的话请 @团长 Amy 再开一团。"
    )
    assert await chat.say("bob", "复制") == []  # a bare 复制 without a number is talk
