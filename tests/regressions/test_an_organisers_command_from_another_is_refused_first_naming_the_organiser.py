"""rep55 #9: Jon's `/pickup all Gate 9…` answered "You have no group buy in this group… Name one by its
number, e.g. /pickup #12…", which hints that he could; Liu's `撤销已取 Xiaoli` got Xiaoli's order status
("Xiaoli 在这里没有已取货的订单…") and Jon's `/unpickup Kim` "Kim has no picked-up order here…": the
permission was checked after the status. Jon's `/remove @jon all` (his own lines) got "Only the organiser
(Lisa)…" with no word of `-1`. And Max, who help-sells two of Lisa's in block7, got the same "no group
buy in this group" to his `/pickup all …` there.

Now the permission comes first: "only the organiser (named)…"; a help-seller is told what she may do in
her group; one removing his own lines is told to send `-1` / `退出`. Nothing changes in any of them."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat, fake_chat


async def one_closed_one_open(lang: str) -> Chat:
    """Amy's #1 closed (Jon paid and picked up, Kim owing), #2 open with Jon's line and his friend's."""
    chat = fake_chat()
    if lang == "en":
        chat.admins = {"amy"}
        await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 20 target 1 ends 2h")
    await chat.say("jon", "+1")
    await chat.say("kim", "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")
    await chat.say("amy", "/pickedup 1-1")
    await chat.say("amy", "/groupbuy Apples price 20 target 5")
    await chat.say("jon", "+1")
    await chat.say("jon", "+1 for Wang")
    return chat


async def cards(chat: Chat) -> list[str]:
    return [await chat.card(1), await chat.card(2)]


async def test_a_members_pickup_all_is_refused_naming_the_organiser() -> None:
    chat = await one_closed_one_open("en")
    before = await cards(chat)

    said = Chat.said(await chat.say("jon", "/pickup all Gate 9 tomorrow 5pm"))

    assert said == "Only the organiser (Amy) can do that: nothing was changed."
    assert await cards(chat) == before


async def test_a_members_pickup_all_is_refused_in_chinese() -> None:
    chat = await one_closed_one_open("zh")

    said = Chat.said(await chat.say("jon", "自提 全部 北门 明天下午5点"))

    assert said == "只有团长（Amy）可以这样做，没有任何改动。"


async def test_a_members_unpickup_is_refused_before_any_status() -> None:
    chat = await one_closed_one_open("en")
    before = await cards(chat)

    by_name = Chat.said(await chat.say("jon", "/unpickup Kim"))
    by_number = Chat.said(await chat.say("kim", "/unpickup 1-1"))

    refused = (
        "Only the organiser (Amy) or the pickup helper who marked it can undo a pickup. Nothing changed."
    )
    assert by_name == refused
    assert by_number == refused
    assert await cards(chat) == before


async def test_a_members_unpickup_is_refused_in_chinese() -> None:
    chat = await one_closed_one_open("zh")

    said = Chat.said(await chat.say("kim", "撤销已取 Jon"))

    assert said == "只有团长（Amy）或标记它已取的核销帮手可以撤销已取，没有任何改动。"


async def test_the_organiser_still_undoes_a_pickup_by_name() -> None:
    chat = await one_closed_one_open("en")

    said = Chat.said(await chat.say("amy", "/unpickup jon"))

    assert said.startswith("Pickup of #1-1 (Jon, Mangoes) undone")


async def test_removing_his_own_lines_is_told_to_send_minus_one() -> None:
    chat = await one_closed_one_open("en")
    before = await cards(chat)

    said = Chat.said(await chat.say("jon", "/remove @jon all"))

    assert said == (
        "Only the organiser (Amy) can remove someone's lines: nothing was changed."
        " To take your own off, send -1 (or /leave); a friend's line: -1 for Wang"
    )
    assert await cards(chat) == before


async def test_removing_his_own_lines_in_chinese() -> None:
    chat = await one_closed_one_open("zh")

    said = Chat.said(await chat.say("jon", "踢出 @jon 全部"))

    assert said == (
        "只有团长（Amy）可以踢出别人的接龙，没有任何改动。"
        "要退出你自己的，请发 -1（或 退出）；帮朋友接的：-1 帮 小王"
    )


async def test_removing_another_members_lines_still_names_the_organiser() -> None:
    chat = await one_closed_one_open("en")

    said = Chat.said(await chat.say("kim", "/remove @jon all"))

    assert said == "Only the organiser (Amy) can do that: nothing was changed."


async def test_a_help_sellers_pickup_all_says_what_she_may_do_in_her_group() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = two_groups("qun2", "二号群", factory=factory, clock=clock)
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "帮卖 开 10%")
    await qun2.say("sue", "帮卖 #1")

    said = Chat.said(await qun2.say("sue", "自提 全部 2号楼大堂 明天下午5点"))

    assert said == (
        "“全部”是团长给自己的团用的，没有任何改动。你在本群帮卖 苹果（#1）："
        "可以带上编号给本群单独设自提，例如 自提 #1 2号楼大堂 明天下午5点"
    )


async def test_a_help_sellers_pickup_all_in_english() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, qun2 = two_groups("qun2", "二号群", factory=factory, clock=clock)
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "帮卖 开 10%")
    qun2.admins = {"sue"}
    await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    qun2.admins = set()

    said = Chat.said(await qun2.say("sue", "/pickup all Block 7 lobby tomorrow 5pm"))

    assert said == (
        "“all” is for the organiser's own group buys: nothing was changed. Here you help-sell 苹果 (#1):"
        " set this group's own pickup for each by its number, e.g. /pickup #1 Block 7 lobby tomorrow 5pm"
    )
