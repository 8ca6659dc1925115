"""Chats by name (#10): the name a platform shows for a group is kept as last seen, `/orders`, `/mine` and
the organiser's `/list` say which chat, and `/copy #12 to <chat name>` finds the chat among the
organiser's own; a name none or several of them have is answered with the chats to choose from."""

from __future__ import annotations

from typing import cast

from commerce.domain.chats import ChatName, chat_name_key, chats_named
from handlers.members import MemberMemo
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = "/groupbuy Mangoes price 88 target 2"


def _texts(replies: list[Reply]) -> list[str]:
    return [reply.text for reply in replies]


def _here(replies: list[Reply]) -> list[str]:
    """What the chat the command came from reads (the copy's announcement goes to the other chat)."""
    return [reply.text for reply in replies if reply.text and reply.chat_id is None and not reply.private_to]


def _without_numbers(listing: str) -> list[str]:
    """An `/orders` list without each line's order number (`#1-2 `): what names the chat is after it."""
    head, *items = listing.split("\n")
    return [head, *(item.split(" ", 1)[1] for item in items)]


def _state(chat: Chat) -> FakeUnitOfWorkFactory:
    return cast(FakeUnitOfWorkFactory, chat.app.uow_factory)


async def _two_chats() -> tuple[Chat, Chat]:
    """Amy's 'Family Group' with her mangoes (#1), and the 'Garden Club' she was seen in."""
    family = fake_chat(default_language="en")
    family.title = "Family Group"
    garden = Chat(family.app, chat_id="-100888", title="Garden Club")
    await family.say("amy", OPEN)
    await garden.say("amy", "/help")
    return family, garden


# -- /orders, /mine, /list -------------------------------------------------------------------------------
async def test_orders_name_the_chat_each_order_lives_in() -> None:
    family = fake_chat()
    family.title = "Family Group"
    neighbours = Chat(family.app, chat_id="-100777", title="邻居群")
    await family.say("amy", "/groupbuy Plums price 12 target 2")
    await family.say("bob", "+2")
    await family.say("amy", "/close")
    await neighbours.say("eve", "/groupbuy Eggs price 5")
    await neighbours.say("bob", "+1")
    await neighbours.say("eve", "/close")

    english = _texts(await family.say("bob", "/orders", private=True, language="en"))
    chinese = _texts(await family.say("bob", "我的订单", private=True, language="zh"))

    assert [_without_numbers(text) for text in english] == [
        [
            "Your orders:",
            "Eggs (group buy #2 by Eve in 邻居群): 1 × ¥5 = ¥5 · to pay",
            "Plums (group buy #1 by Amy in Family Group): 2 × ¥12 = ¥24 · to pay",
            "Order #2-1 is awaiting payment: pay the organiser Eve (cash or transfer), "
            "then send /ipaid 2-1 to tell them.",
            "Order #1-1 is awaiting payment: pay the organiser Amy (cash or transfer), "
            "then send /ipaid 1-1 to tell them.",
        ]
    ]
    assert [_without_numbers(text) for text in chinese] == [
        [
            "你的订单：",
            "Eggs（邻居群 · Eve 的团 #2）：1 × ¥5 = ¥5 · 待付款",
            "Plums（Family Group · Amy 的团 #1）：2 × ¥12 = ¥24 · 待付款",
            "订单 #2-1 待付款：请付款给团长 Eve（现金或转账），付完发“我已付款 2-1”告诉团长。",
            "订单 #1-1 待付款：请付款给团长 Amy（现金或转账），付完发“我已付款 1-1”告诉团长。",
        ]
    ]


async def test_an_order_in_a_chat_whose_name_is_unknown_reads_as_before() -> None:
    chat = fake_chat()  # the platform never said the group's name
    await chat.say("amy", "/groupbuy Plums price 12 target 2")
    await chat.say("bob", "+2")
    await chat.say("amy", "/close")

    listing = _texts(await chat.say("bob", "/orders", private=True, language="en"))

    assert [_without_numbers(text) for text in listing] == [
        [
            "Your orders:",
            "Plums (group buy #1 by Amy): 2 × ¥12 = ¥24 · to pay",
            "Order #1-1 is awaiting payment: pay the organiser Amy (cash or transfer), "
            "then send /ipaid 1-1 to tell them.",
        ]
    ]


async def test_a_renamed_group_is_named_by_its_new_name() -> None:
    chat = fake_chat()
    chat.title = "Family Group"
    await chat.say("amy", "/groupbuy Plums price 12 target 2")
    await chat.say("bob", "+2")
    chat.title = "Wang Family"  # renamed in the platform: the next command there says so
    await chat.say("amy", "/close")

    listing = _texts(await chat.say("bob", "/orders", private=True, language="en"))

    assert (
        _without_numbers(listing[0])[1]
        == "Plums (group buy #1 by Amy in Wang Family): 2 × ¥12 = ¥24 · to pay"
    )


async def test_mine_and_the_organisers_list_name_the_chat() -> None:
    family, garden = await _two_chats()
    await garden.say("amy", "/groupbuy Plums price 12")

    mine = _texts(await family.say("amy", "/mine", private=True))
    listed = _texts(await family.say("amy", "/list #1", private=True))

    assert mine == [
        "Your group buys (2), newest first:\n"
        "#2 Plums · open until Tue 24 Nov 12:00 · 0 units · in Garden Club\n"
        "#1 Mangoes · open until Tue 24 Nov 12:00 · 0 units · in Family Group\n"
        "Who paid: /list #2 here · as a spreadsheet: /export #2"
    ]
    assert listed[0].split("\n")[0] == (
        "📋 Mangoes (#1), the organiser's list · still open · ¥88 each · in Family Group"
    )


async def test_a_chinese_organiser_reads_the_group_name_in_chinese() -> None:
    chat = fake_chat()
    chat.title = "芒果团购群"
    await chat.say("amy", "接龙 海南芒果 价格 88")

    mine = _texts(await chat.say("amy", "我的团", private=True))

    assert mine[0].split("\n")[1] == "#1 海南芒果 · 进行中，截止 11月24日 周二 12:00 · 0 份 · 群：芒果团购群"


# -- /copy #12 to <chat name> ---------------------------------------------------------------------------
async def test_a_copy_goes_to_the_chat_named_by_its_name() -> None:
    family, garden = await _two_chats()

    replies = await family.say("amy", "/copy #1 to Garden Club")

    assert [(r.text, r.chat_id) for r in replies if r.text] == [
        ("Opened #2 (Mangoes, a copy of #1) in chat Garden Club.", None),
        (
            "New group buy #2 here: Mangoes at ¥88 each. Join with +1 or the Join "
            "button; it closes Tue 24 Nov 12:00.",
            "-100888",
        ),
    ]
    assert [(r.card_of, r.chat_id) for r in replies if r.is_card] == [(2, "-100888")]
    assert garden.said(await garden.say("bob", "+1")).startswith("Bob is in: 1 × Mangoes (#2).")


async def test_a_name_is_found_whatever_its_case_spacing_or_width_and_in_part() -> None:
    for written in ("garden  club", "ＧＡＲＤＥＮ club", "Garden Club ends 3d", "garden"):
        family, _ = await _two_chats()

        replies = await family.say("amy", f"/copy #1 to {written}")

        assert [r.chat_id for r in replies if r.is_card] == ["-100888"], written


async def test_chinese_copy_to_a_group_by_its_name() -> None:
    family = fake_chat()
    family.title = "家庭群"
    garden = Chat(family.app, chat_id="-100888", title="花园小区团购群")
    await family.say("amy", "接龙 海南芒果 价格 88 截止 明天20:00")
    await garden.say("amy", "帮助")

    replies = await family.say("amy", "复制 #1 到 花园小区团购群 截止 后天20:00")

    assert _here(replies) == ["已在群 花园小区团购群 再开一团 #2（照 #1）：海南芒果。"]
    assert [r.chat_id for r in replies if r.is_card] == ["-100888"]


async def test_the_chat_id_still_names_the_chat() -> None:
    family, _ = await _two_chats()

    replies = await family.say("amy", "/copy #1 to -100888")

    assert [r.chat_id for r in replies if r.is_card] == ["-100888"]
    assert _here(replies) == ["Opened #2 (Mangoes, a copy of #1) in chat Garden Club."]


async def test_a_name_two_of_her_chats_have_lists_them_with_their_ids_and_changes_nothing() -> None:
    family, _ = await _two_chats()
    other = Chat(family.app, chat_id="-100999", title="garden club")
    await other.say("amy", "/help")
    before = len(_state(family).state.group_buys)

    replies = await family.say("amy", "/copy #1 to Garden Club")
    chinese = await family.say("amy", "复制 #1 到 garden club", language="zh")

    assert family.said(replies) == (
        "Several chats you are in are called “Garden Club”: Garden Club (-100888), garden club (-100999). "
        "Name one by its id, e.g. to -100888. Nothing was changed."
    )
    assert family.said(chinese) == (
        "你在的群里有几个都叫“garden club”：Garden Club（-100888）、garden club（-100999）。"
        "请写群 ID，例如：到 -100888。没有任何改动。"
    )
    assert len(_state(family).state.group_buys) == before


async def test_a_name_none_of_her_chats_has_says_where_she_can_copy_to() -> None:
    family, _ = await _two_chats()
    club = Chat(family.app, chat_id="club", title="Book Club")
    await club.say("bob", "/groupbuy Books price 12")  # Bob's chat: Amy was never seen there

    replies = await family.say("amy", "/copy #1 to Book Club")
    chinese = await family.say("amy", "复制 #1 到 读书会", language="zh")

    assert family.said(replies) == (
        "I know no chat “Book Club” you are in. You can copy to: Garden Club, Family Group. "
        "Nothing was changed."
    )
    assert (
        family.said(chinese)
        == "找不到你在的群“读书会”。可以复制到：Garden Club、Family Group。没有任何改动。"
    )
    assert len(_state(family).state.group_buys) == 2  # Amy's mangoes and Bob's books


async def test_the_chats_she_can_copy_to_are_named_by_id_where_their_name_is_unknown() -> None:
    family, _ = await _two_chats()
    await Chat(family.app, chat_id="-100555").say("amy", "/help")  # a group whose name was never said

    replies = await family.say("amy", "/copy #1 to nowhere")

    assert family.said(replies) == (
        "I know no chat “nowhere” you are in. You can copy to: -100555, Garden Club, Family Group. "
        "Nothing was changed."
    )


async def test_a_group_buy_number_of_someone_else_is_still_a_chat_that_does_not_exist() -> None:
    family, garden = await _two_chats()
    await garden.say("bob", "/groupbuy Plums price 12")

    replies = await family.say("amy", "/copy #1 to #2")

    assert family.said(replies) == (
        "I know no chat “#2” you are in. Name it by its name or id, or by one of your group buys there, "
        "e.g. /copy #1 to #15. Nothing was changed."
    )


# -- what is written, and how often ----------------------------------------------------------------------
def _request(title: str | None, *, user: str = "amy", private: bool = False) -> Request:
    return Request(
        platform="test",
        chat_id=user if private else "family",
        user_id=user,
        display_name=user.title(),
        chat_kind=ChatKind.PRIVATE if private else ChatKind.GROUP,
        text="/help",
        chat_title=title,
    )


async def test_a_chats_name_is_written_once_until_it_changes_or_an_hour_goes_by() -> None:
    memo, clock = MemberMemo(), FakeClock()
    first = await memo.due(_request("Family Group"), clock.now())
    assert first is not None and first.chat_title == "Family Group"
    await memo.remember(first)

    assert await memo.due(_request("Family Group"), clock.now()) is None  # nothing new: no write at all
    bob = await memo.due(_request("Family Group", user="bob"), clock.now())
    assert bob is not None and bob.chat_title is None  # a new member, the same name: only the member
    renamed = await memo.due(_request("Wang Family"), clock.now())
    assert renamed is not None and renamed.chat_title == "Wang Family"
    clock.advance(hours=1)
    again = await memo.due(_request("Family Group"), clock.now())
    assert again is not None and again.chat_title == "Family Group"


async def test_a_private_chat_and_an_invisible_name_store_no_name() -> None:
    memo, clock = MemberMemo(), FakeClock()
    private = await memo.due(_request("Amy", private=True), clock.now())
    blank = await memo.due(_request("\u200b \u2066"), clock.now())

    assert private is not None and private.chat_title is None
    assert blank is not None and blank.chat_title is None


async def test_the_name_is_stored_once_however_many_commands_carry_it() -> None:
    chat = fake_chat()
    chat.title = "Family\u200b Group"  # what nobody can see is not kept
    for user in ("amy", "bob", "cat"):
        await chat.say(user, "/help")
    chat.title = "Wang Family"
    await chat.say("amy", "/lang xx")  # refused: rolled back, the new name with it
    await chat.say("amy", "/help")  # so the next command writes it

    state = _state(chat).state
    assert (state.chat_titles["family"][0], state.chat_title_writes) == ("Wang Family", 2)


def test_names_compare_by_their_visible_letters() -> None:
    chats = [ChatName("a", "Family Group"), ChatName("b", "Family Group 2"), ChatName("c", None)]

    assert chat_name_key("  ＦＡＭＩＬＹ   group\u200b") == "family group"
    assert chats_named(chats, "family group") == [chats[0]]  # the exact name before names containing it
    assert chats_named(chats, "family") == chats[:2]
    assert chats_named(chats, "group 2") == [chats[1]]
    assert chats_named(chats, "\u200b") == []
