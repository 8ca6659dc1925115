"""Options (多规格) changed live and waited for, in a chat: `修改 5斤 价格 80` / `/edit 5kg price 80` lowers
that option's price for everyone holding it (the group is told in one line, the card and the orders
follow), `库存` / `stock` changes its stock; a sold-out `+1 5斤` offers that option's waiting list
(`候补 5斤 2`, `/wait 5kg 2`, its Wait button), the card shows each option's queue, and a leave, a removal
or a raised stock of the option moves the first who fit in. A copy of a photo card is a photo card."""

from __future__ import annotations

from handlers.buttons import CardAction, CardButton
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN_ZH = "接龙 海南芒果 规格 3斤:58:3,5斤:88 阶梯 5:-5 成团 2 截止 今晚8点"
OPEN_EN = "/groupbuy Mangoes options 3kg:58:2,5kg:88:1 target 1"


async def opened(text: str, *joins: tuple[str, str], factory: FakeUnitOfWorkFactory | None = None) -> Chat:
    chat = fake_chat(factory)
    await chat.say("amy", text)
    for user, join in joins:
        await chat.say(user, join)
    return chat


def texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies if reply.text]


def head_of(card: str) -> list[str]:
    return card.split("\n\n", 1)[0].split("\n")


async def test_lowering_an_options_price_tells_the_group_and_everyone_holding_it_pays_it() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+2 5斤"), ("cat", "+1 3斤"))

    edited = await chat.say("amy", "修改 #1 5斤 价格 80")

    assert chat.said(edited) == "已修改 海南芒果（#1）：5斤 价格 ¥80。\n改价：5斤 ¥88 → ¥80，所有人按新价"
    assert chat.cards(edited) == [(1, False)]
    assert head_of(await chat.card(1))[3:5] == ["• 3斤 ¥58 · 已订 1 · 剩 2", "• 5斤 ¥80 · 已订 2"]
    await chat.say("dan", "+2 5斤")  # 5 in total: ¥5 off every option
    closed = await chat.say("amy", "截单")
    assert "海南芒果 5斤：2 × ¥75 = ¥150" in chat.private(closed)["bob"]
    assert "海南芒果 3斤：1 × ¥53 = ¥53" in chat.private(closed)["cat"]


async def test_in_english_an_options_price_and_stock_change_together() -> None:
    chat = await opened(OPEN_EN, ("bob", "+1 5kg"))

    edited = await chat.say("amy", "/edit #1 5kg price 80 stock 4")

    assert chat.said(edited) == (
        "Updated Mangoes (#1): 5kg price ¥80, 5kg stock 4.\nPrice lowered: 5kg ¥88 → ¥80 for everyone"
    )
    assert head_of(await chat.card(1))[3:5] == [
        "• 3kg ¥58 · 0 taken · 2 left",
        "• 5kg ¥80 · 1 taken · 3 left",
    ]
    assert chat.said(await chat.say("cat", "+3 5kg")).startswith("Cat is in: 3 × Mangoes 5kg (#1).")


async def test_an_option_edited_in_private_is_told_to_the_group_in_one_line() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+1 3斤"))

    edited = await chat.say("amy", "修改 #1 3斤 价格 50", private=True)

    assert [(reply.text, reply.chat_id) for reply in edited if reply.text] == [
        ("已修改 海南芒果（#1）：3斤 价格 ¥50。", None),
        ("🛒 海南芒果（#1）\n改价：3斤 ¥58 → ¥50，所有人按新价", "family"),  # one line, under its name
    ]


async def test_every_option_edit_mistake_gets_one_message_and_changes_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await opened(OPEN_ZH, ("bob", "+2 3斤"), factory=factory)
    before = await chat.card(1)

    answers = [
        chat.said(await chat.say("amy", "修改 7斤 价格 50")),
        chat.said(await chat.say("amy", "修改 价格 50")),
        chat.said(await chat.say("amy", "修改 3斤 价格 60")),
        chat.said(await chat.say("amy", "修改 3斤 库存 1")),
        chat.said(await chat.say("amy", "修改 3斤 截止 明天20:00")),
        chat.said(await chat.say("amy", "修改 阶梯 5:-8")),
        chat.said(await chat.say("amy", "修改 3斤 价格 4")),
        chat.said(await chat.say("bob", "修改 3斤 价格 50")),
    ]

    assert answers == [
        "没有“7斤”这个规格。可选规格：3斤 ¥58 / 5斤 ¥88。",
        "海南芒果（#1）有多个规格，改价请写上规格名，例如：修改 #1 5斤 价格 ¥50。"
        "可选规格：3斤 ¥58 / 5斤 ¥88。没有任何改动。",
        "价格只能降，不能涨（大家是按 ¥58 跟的团）：不能改成 ¥60。没有任何改动。",
        "3斤 的库存不能少于已经接龙的 2 份（你写的是库存 1）。没有任何改动。"
        "要减少库存，先用“踢出 #1 @名字”去掉多出的份数，再改库存。",
        "改规格请写上它的价格或库存，例如：修改 #1 3斤 价格 80，或 修改 #1 3斤 库存 30。没有任何改动。",
        "规格是开团时定的，不能增删，阶梯（每份减多少）也保持不变。要改某个规格的价格或库存，写上规格名："
        "修改 #1 5斤 价格 80 库存 30（价格只能降）。没有任何改动。",
        "满 5 份减 ¥5，价格 ¥4 的规格就不用付钱了：请减少一些。",
        "只有团长（Amy）可以这样做，没有任何改动。",
    ]
    assert await chat.card(1) == before
    assert [(o.name, o.unit_price, o.stock) for o in factory.state.group_buys[1].terms.options] == [
        ("3斤", 5800, 3),
        ("5斤", 8800, None),
    ]


async def test_a_sold_out_options_join_offers_its_waiting_list_and_the_card_shows_each_queue() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+2 3斤"), ("cat", "+1 3斤"))

    refused = await chat.say("dan", "+2 3斤")
    dan = await chat.say("dan", "候补 3斤 2")
    eve = await chat.say("eve", "候补 1 3斤")
    tapped = await chat.tap("fay", CardButton(CardAction.WAIT, 1, 1).pack())
    only = await chat.say("gus", "候补")  # only 3斤 is sold out: no question, that one

    assert chat.said(refused) == (
        "Dan：抱歉，海南芒果 3斤 已经卖完了。想候补请发“候补 3斤 2”："
        "空出的数量按排队顺序，补给数量放得下的人。还有 5斤 可以跟，例如 +2 5斤。"
    )
    assert chat.said(dan) == (
        "Dan 已候补 海南芒果 3斤（#1）2 份，排第 1 位。"
        "空出的数量按排队顺序，补给数量放得下的人（空出的不够你要的数量时，你保留位置，"
        "后面要得少的可能先补上），补上了会在群里通知。"
        "不等了发“取消候补”。"
    )
    assert chat.said(eve).startswith("Eve 已候补 海南芒果 3斤（#1）1 份，排第 2 位。")
    assert chat.toast(tapped) == "已候补 3斤 1 份，排第 3 位"
    assert chat.said(only).startswith("Gus 已候补 海南芒果 3斤（#1）1 份，排第 4 位。")
    card = await chat.app.render_card(1)
    assert head_of(card.text)[3:5] == ["• 3斤 ¥58 · 已订 3 · 已售罄 · 候补 4 人", "• 5斤 ¥88 · 已订 0"]
    assert [[(b.label, b.data) for b in row] for row in card.buttons] == [
        [("候补 3斤", "gb:wait:1:1"), ("跟团 5斤", "gb:join:1:2")],
        [("退出", "gb:leave:1"), ("查看进度", "gb:status:1")],
    ]


async def test_a_leave_of_the_option_moves_the_first_who_fit_in_and_the_group_is_told() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await opened(OPEN_ZH, ("bob", "+2 3斤"), ("cat", "+1 3斤"), factory=factory)
    await chat.say("dan", "候补 3斤 2")
    await chat.say("eve", "候补 3斤")

    other = await chat.say("zoe", "+1 5斤")  # another option: frees nothing of 3斤
    left = await chat.say("cat", "退出 3斤")  # 1 free: Dan's 2 do not fit, Eve's 1 does

    assert texts(other) == ["Zoe 跟团：1 × 海南芒果 5斤（#1）。5斤 现价 ¥88/份，总数再有 1 份，每份减 ¥5。"]
    assert texts(left) == ["Cat 退出了 海南芒果 3斤（#1）。", "🎉 候补补上了 海南芒果（#1）：Eve 3斤 ×1。"]
    assert next(reply for reply in left if reply.mention).mention == ("eve",)
    assert "• 3斤 ¥58 · 已订 3 · 已售罄 · 候补 1 人" in head_of(await chat.card(1))
    lines = {key: line.quantity for key, line in factory.state.lines[1].items()}
    assert lines == {("bob", "", "3斤"): 2, ("zoe", "", "5斤"): 1, ("eve", "", "3斤"): 1}


async def test_raising_an_options_stock_or_removing_a_line_moves_its_waiting_members_in() -> None:
    chat = await opened(OPEN_ZH, ("bob", "+2 3斤"), ("cat", "+1 3斤"))
    await chat.say("dan", "候补 3斤 2")
    await chat.say("eve", "候补 3斤 2")

    raised = await chat.say("amy", "修改 3斤 库存 5")
    removed = await chat.say("amy", "踢出 @Bob")

    assert texts(raised) == [
        "已修改 海南芒果（#1）：3斤 库存 5。",
        "🎉 候补补上了 海南芒果（#1）：Dan 3斤 ×2。",
    ]
    assert texts(removed)[-1] == "🎉 候补补上了 海南芒果（#1）：Eve 3斤 ×2。"
    assert (await chat.card(1)).endswith("1. Cat 3斤 ×1\n2. Dan 3斤 ×2\n3. Eve 3斤 ×2")


async def test_the_whole_stock_sold_out_offers_each_options_waiting_list() -> None:
    chat = await opened("/groupbuy Mangoes options 3kg:58,5kg:88 stock 3", ("bob", "+3 5kg"))

    refused = await chat.say("cat", "+1 3kg")
    waits = await chat.say("cat", "/wait 3kg")
    card = await chat.app.render_card(1)
    left = await chat.say("bob", "-1 5kg")

    assert chat.said(refused).startswith(
        "Cat: Sorry, Mangoes is sold out: its options share one stock, and all of it is taken. "
        "To wait for 3kg, send /wait 3kg 1"
    )
    assert chat.said(waits).startswith(
        "Cat is on the waiting list of Mangoes 3kg (#1) for 1: number 1 in line."
    )
    assert [b.data for b in card.buttons[0]] == ["gb:wait:1:1", "gb:wait:1:2"]
    assert texts(left)[1:] == ["🎉 In from the waiting list of Mangoes (#1): Cat 3kg ×1."]


async def test_stopping_waiting_for_an_option_and_lowering_its_line_withdraw_that_entry_only() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await opened(
        "/groupbuy Mangoes options 3kg:58:2,5kg:88:2 target 1",
        ("bob", "+2 3kg"),
        ("cat", "+1 5kg"),
        ("eve", "+1 5kg"),
        factory=factory,
    )
    await chat.say("dan", "/wait 3kg")
    await chat.say("dan", "/wait 5kg")
    await chat.say("cat", "/wait 3kg 2")
    await chat.say("cat", "/wait 5kg")  # Cat holds 1 of the 2 5kg and may wait for 1 more

    one = await chat.say("dan", "/unwait 5kg")
    again = await chat.say("dan", "/unwait 5kg")
    lowered = await chat.say("cat", "-1 5kg")  # Cat asked for fewer 5kg: off that queue, not 3kg's
    every = await chat.say("dan", "取消候补")

    assert chat.said(one) == "Dan left the waiting list of Mangoes 5kg (#1)."
    assert chat.said(again) == "You are not on the waiting list of Mangoes 5kg (#1): nothing was changed."
    assert chat.said(lowered) == "Cat left Mangoes 5kg (#1). Off its waiting list too."
    assert chat.said(every) == "Dan 已取消候补 Mangoes 3kg（#1）。"
    assert {key: entry.quantity for key, entry in factory.state.waiting[1].items()} == {("cat", "3kg"): 2}


async def test_waiting_mistakes_with_options_get_one_message_and_change_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await opened(OPEN_EN, ("bob", "+2 3kg"), factory=factory)

    answers = [
        chat.said(await chat.say("cat", "/wait 7kg")),
        chat.said(await chat.say("cat", "/wait 5kg")),
        chat.said(await chat.say("cat", "/wait 3kg 2 5kg")),
        chat.said(await chat.say("cat", "/unwait 7kg")),
    ]

    assert answers == [
        "There is no option “7kg”. The options are: 3kg ¥58 / 5kg ¥88.",
        "1 of Mangoes 5kg (#1) still left, no need to wait: join with +1 5kg. Nothing was changed.",
        "Write it like: /waitlist or /waitlist 2 (how many you want); with options, name one: /wait 5kg 2; "
        "to stop waiting: /unwait",
        "There is no option “7kg”. The options are: 3kg ¥58 / 5kg ¥88.",
    ]
    assert factory.state.waiting.get(1, {}) == {}


async def test_the_close_names_who_waited_for_each_option_in_vain() -> None:
    chat = await opened(OPEN_EN, ("bob", "+2 3kg"), ("cat", "+1 5kg"))
    await chat.say("dan", "/wait 3kg 2")
    await chat.say("eve", "/wait 5kg")

    closed = await chat.say("amy", "/close")

    assert chat.said(closed).endswith("\nWaiting list, not in this time: Dan 3kg ×2, Eve 5kg ×1.")


async def test_a_copy_of_a_photo_card_is_a_photo_card_with_the_same_options() -> None:
    chat = fake_chat(default_language="en")
    await chat.app.handle(
        Request(
            platform="test",
            chat_id=chat.chat_id,
            user_id="amy",
            display_name="Amy",
            chat_kind=ChatKind.GROUP,
            text=OPEN_EN,
            photo="photo-file-id-42",
        )
    )
    garden = Chat(chat.app, chat_id="garden")
    await garden.say("amy", "/help")

    there = await chat.say("amy", "/copy #1 to garden")
    await chat.say("amy", "/cancel #1")  # a copy beside the open original is refused
    here = await chat.say("amy", "/copy #1")

    assert chat.cards(here) == [(3, True)] and [r.chat_id for r in there if r.is_card] == ["garden"]
    for copy in (2, 3):
        card = await chat.app.render_card(copy)
        assert card.photo == "photo-file-id-42"
        assert head_of(card.text)[3:5] == ["• 3kg ¥58 · 0 taken · 2 left", "• 5kg ¥88 · 0 taken · 1 left"]
