"""/remove (踢出) and /add (代报) in a chat: the group, the removed member and the organiser are told, the
card and the orders show guests, and nothing is ever addressed to a guest's made-up id."""

from __future__ import annotations

from datetime import UTC, datetime

from handlers import outbox
from handlers.types import Reply
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "接龙 海南芒果 价格 30 成团 5 截止 今晚8点"


async def opened(*joins: tuple[str, str], text: str = OPEN, clock: FakeClock | None = None) -> Chat:
    chat = fake_chat(clock=clock)
    await chat.say("amy", text)
    for user, join in joins:
        await chat.say(user, join)
    return chat


def list_of(card: str) -> list[str]:
    return card.split("\n\n", 1)[1].splitlines()


# -- remove ----------------------------------------------------------------------------------------------
async def test_the_organiser_removes_a_line_the_group_and_the_member_are_told() -> None:
    chat = await opened(("bob", "+3"), ("cat", "+2"))  # 5 of 5: 🎉 成团

    replies = await chat.say("amy", "踢出 @Bob")

    assert chat.said(replies) == (  # below its target: said so (rep55 #5)
        "Amy 把 Bob（×3）移出了 海南芒果（#1）。当前 ¥30/份。\n"
        "⚠️ 这样就不够成团了：成团要 5 份，现在只有 2 份，不再是已成团。"
        "截止（11月23日 周一 20:00）前补够 5 份才成团，否则到时未成团、自动结束，谁都不用付款。"
    )
    assert chat.private(replies) == {
        "bob": "团长 Amy 把你（×3）移出了 海南芒果（#1）。有疑问请联系团长 Amy。"
    }
    assert chat.cards(replies) == [(1, False)]
    assert list_of(await chat.card(1)) == ["1. Cat ×2"]


async def test_a_member_cannot_leave_below_a_reached_target_but_the_organiser_can_remove_them() -> None:
    chat = await opened(("bob", "+3"), ("cat", "+2"))

    refused = await chat.say("bob", "退出")
    removed = await chat.say("amy", "/remove #1 @Bob")

    assert "成团" in chat.said(refused)
    assert chat.said(removed) == (  # below its target: said so (rep55 #5)
        "Amy 把 Bob（×3）移出了 海南芒果（#1）。当前 ¥30/份。\n"
        "⚠️ 这样就不够成团了：成团要 5 份，现在只有 2 份，不再是已成团。"
        "截止（11月23日 周一 20:00）前补够 5 份才成团，否则到时未成团、自动结束，谁都不用付款。"
    )
    assert "░ 2/5" in await chat.card(1)


async def test_a_friends_line_is_removed_by_naming_the_friend() -> None:
    chat = await opened(("bob", "+1"), ("bob", "+2 帮 小王"), ("bob", "+1 帮 小李"))

    which = await chat.say("amy", "/remove @Bob")  # Bob's own line
    gone = await chat.say("amy", "踢出 @Bob 帮 小王")

    assert chat.said(which).startswith("Amy 把 Bob（×1）移出了")
    assert chat.said(gone) == "Amy 把 Bob 帮 小王（×2）移出了 海南芒果（#1）。当前 ¥30/份。"
    assert chat.private(gone) == {
        "bob": "团长 Amy 把你帮 小王 报的 ×2 移出了 海南芒果（#1）。有疑问请联系团长 Amy。"
    }
    assert list_of(await chat.card(1)) == ["1. Bob 帮 小李 ×1"]


async def test_a_member_with_only_friends_lines_is_asked_which() -> None:
    chat = await opened(("bob", "+2 帮 小王"), ("bob", "+1 帮 小李"))

    replies = await chat.say("amy", "踢出 @Bob")

    assert (
        chat.said(replies) == "Bob 帮 小王 / 小李 报了名：请说踢出哪一条，例如：踢出 @Bob 帮 小王；"
        "要一次全部踢出就发 踢出 @Bob 全部。没有任何改动。"
    )


async def test_removal_refusals_change_nothing() -> None:
    chat = await opened(("bob", "+3"), ("cat", "+1"))
    card = await chat.card(1)
    await chat.say("dan", "/status")  # Dan is seen here, and on no list

    assert chat.said(await chat.say("cat", "踢出 @Bob")) == "只有团长（Amy）可以这样做，没有任何改动。"
    assert chat.said(await chat.say("amy", "踢出 @Dan")) == "Dan 不在 海南芒果（#1）的名单里，没有任何改动。"
    assert "Eve" in chat.said(await chat.say("amy", "踢出 @Eve"))  # nobody by that name here
    assert chat.said(await chat.say("amy", "/remove")) == (
        "踢出名单：/remove @名字，/remove @名字 帮 小王，或 /remove 王阿姨（你代报的人）。"
        "可以加团号：/remove #1 @名字。"
    )
    assert await chat.say("amy", "踢出了吗？") == []
    assert await chat.card(1) == card


async def test_the_organiser_removing_their_own_line_is_not_told_privately() -> None:
    chat = await opened(("amy", "+1"), ("bob", "+1"))

    replies = await chat.say("amy", "踢出 @Amy")

    assert chat.private(replies) == {}
    assert list_of(await chat.card(1)) == ["1. Bob ×1"]


async def test_the_organiser_removes_from_a_private_chat_and_the_group_is_told() -> None:
    chat = await opened(("bob", "+2"))

    replies = await chat.say("amy", "踢出 #1 @Bob", private=True)

    texts = [(r.text, r.chat_id, r.private_to) for r in replies if r.text]
    told = "Amy 把 Bob（×2）移出了 海南芒果（#1）。当前 ¥30/份。"
    assert texts == [
        (told, "family", None),
        ("你已把 Bob（×2）移出 海南芒果（#1），已告知「family」。当前 ¥30/份。", None, None),  # hers: rep82
        ("团长 Amy 把你（×2）移出了 海南芒果（#1）。有疑问请联系团长 Amy。", None, "bob"),
    ]


# -- add (代报) -------------------------------------------------------------------------------------------
async def test_a_guest_is_a_line_of_their_own_shown_as_added_by_the_organiser() -> None:
    chat = await opened(("bob", "+1"))

    replies = await chat.say("amy", "代报 王阿姨 2 3号楼")
    again = await chat.say("amy", "代报 王阿姨 1")

    assert (
        chat.said(replies)
        == "Amy 代报：王阿姨 ×2 · 海南芒果（#1），订单由 Amy 收款。备注：3号楼。当前 ¥30/份。"
    )
    assert chat.said(again).startswith("Amy 代报：给 王阿姨 加了 1 份，现在是 3 × 海南芒果（#1）")
    assert list_of(await chat.card(1)) == ["1. Bob ×1", "2. 王阿姨 ×3（Amy 代报） · 3号楼"]


async def test_a_guests_order_goes_to_the_organiser_who_added_them() -> None:
    chat = await opened(("bob", "+3"), text="/groupbuy Mangoes price 30 target 5 ends today 20:00")
    await chat.say("amy", "/add #1 Aunt Wang 2 gate 3")

    replies = await chat.say("amy", "/close")

    orders = chat.private(replies)
    assert set(orders) == {"bob", "amy"}
    assert orders["amy"] == (
        "Order #1-2 of Aunt Wang, whom you added, in Mangoes (#1):\n"
        "Mangoes — gate 3: 2 × ¥30 = ¥60\n"
        "Total: ¥60\n"
        "Aunt Wang is not in the chat: collect it from them, then confirm with /paid 1-2."
    )
    assert all(not reply.buttons for reply in replies if reply.private_to)
    paid = await chat.say("amy", "/paid 2")
    assert chat.said(paid) == "✅ Aunt Wang's order #1-2 is paid."
    assert list_of(await chat.card(1)) == ["1. Bob ×3", "2. Aunt Wang ×2 (added by Amy) · gate 3 ✅"]


async def test_a_guests_order_payable_online_never_lapses() -> None:
    clock = FakeClock()
    chat = await opened(
        ("bob", "+3"), text="/groupbuy Stars price 50⭐ target 5 ends today 20:00", clock=clock
    )
    await chat.say("amy", "/add Aunt Wang 2")
    closing = await chat.say("amy", "/close")
    orders = [r for r in closing if r.private_to and not r.text.startswith("Closed: ")]  # not her summary
    assert [bool(r.buttons) for r in orders] == [True, False]  # Bob pays online; Wang not
    clock.advance(hours=25)

    lapsed = await chat.app.checkout.expire_unpaid(clock.now())

    assert set(chat.private(lapsed)) == {"bob", "amy"}  # Bob's order lapsed: he and the organiser hear
    assert list_of(await chat.card(1)) == ["1. Bob ×3 ✖", "2. Aunt Wang ×2 (added by Amy)"]


async def test_a_guest_is_removed_by_name() -> None:
    chat = await opened(("bob", "+1"))
    await chat.say("amy", "代报 王阿姨 2")

    replies = await chat.say("amy", "踢出 王阿姨")

    assert chat.said(replies) == "Amy 把 王阿姨（×2）移出了 海南芒果（#1）。当前 ¥30/份。"
    assert chat.private(replies) == {}
    assert list_of(await chat.card(1)) == ["1. Bob ×1"]


async def test_adding_guests_follows_the_rules_of_joining() -> None:
    chat = await opened(text="接龙 海南芒果 价格 30 库存 3 限购 2")
    usage = "代报不在群里的人：代报 王阿姨 2（后面可加备注：代报 王阿姨 2 3号楼），或 代报 #1 王阿姨 2。"

    assert chat.said(await chat.say("bob", "代报 王阿姨 1")) == "只有团长（Amy）可以这样做，没有任何改动。"
    assert "限购" in chat.said(await chat.say("amy", "代报 王阿姨 3"))
    assert chat.said(await chat.say("amy", "/代报")) == usage
    assert await chat.say("amy", "代报") == []  # the word alone is talk
    assert list_of(await chat.card(1)) == ["还没有人跟团，发 +1 抢第一个"]


def test_no_outbox_row_is_addressed_to_a_guest() -> None:
    replies = [
        Reply(text="Your order #1-2 was refunded", private_to="guest:amy:王阿姨"),
        Reply(text="✅ #2 paid", chat_id="family", mention=("guest:amy:王阿姨", "bob")),
    ]

    rows = outbox.rows(replies, platform="telegram", request=None, now=datetime(2026, 11, 23, tzinfo=UTC))

    assert [row.chat_id for row in rows] == ["amy", "family"]
    assert '"mention":["bob"]' in rows[1].payload.replace(" ", "")


async def test_talk_that_starts_with_the_words_stays_talk() -> None:
    chat = await opened(("bob", "+1"))

    for talk in ("踢出群聊了", "踢出去吧", "代报好啊", "代报一下", "踢出了吗？"):
        assert await chat.say("amy", talk) == [], talk
