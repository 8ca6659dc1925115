"""Session 30 (Q7): 催款 / `/remind` and the evening pickup reminder posted in a group listed every
buyer who owes with her amount (`• Bob：¥68（订单 #1-1）`). The group now reads the names and order
numbers only; each buyer named gets privately her order, its amount and how to pay, in her language;
the organiser's private full list (more than 5 owe) keeps the amounts."""

from __future__ import annotations

import pytest

from commerce.domain.collecting import Owing
from handlers.collecting import owed_privately
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

BUYERS = ("bob", "cat", "dan", "eve", "fay", "gil")


def public(replies: list[Reply]) -> str:
    texts = [r.text for r in replies if r.text and not r.private_to]
    assert len(texts) == 1, texts
    return texts[0]


def private(replies: list[Reply], to: str) -> list[str]:
    return [r.text for r in replies if r.private_to == to and r.text]


async def _closed(lang: str, factory: FakeUnitOfWorkFactory, clock: FakeClock, buyers: int) -> Chat:
    chat = fake_chat(factory, clock=clock)
    if lang == "en":
        await chat.say("amy", "/lang en")
    await chat.say("amy", "接龙 葡萄 价格 68")
    for count, buyer in enumerate(BUYERS[:buyers], start=1):
        await chat.say(buyer, f"+{count}")
    await chat.say("amy", "截单")
    return chat


@pytest.mark.parametrize(
    ("lang", "head", "bob_line", "bob_told", "cat_told"),
    [
        (
            "zh",
            "💸 催款：葡萄（#1）还有 2 个订单未付款：",
            "• Bob（订单 #1-1）",
            "💸 催款：你在 葡萄（#1）的订单 #1-1 还没付款：¥68。",
            "💸 催款：你在 葡萄（#1）的订单 #1-2 还没付款：¥136。",
        ),
        (
            "en",
            "💸 Reminder: 葡萄 (#1), 2 orders still unpaid:",
            "• Bob (order #1-1)",
            "💸 Reminder: your order #1-1 of 葡萄 (#1) is not paid yet: ¥68.",
            "💸 Reminder: your order #1-2 of 葡萄 (#1) is not paid yet: ¥136.",
        ),
    ],
)
async def test_remind_names_who_owes_in_the_group_and_tells_each_her_amount_privately(
    lang: str, head: str, bob_line: str, bob_told: str, cat_told: str
) -> None:
    chat = await _closed(lang, FakeUnitOfWorkFactory(), FakeClock(), buyers=2)

    replies = await chat.say("amy", "催款 #1")

    group = public(replies)
    assert group.startswith(f"{head}\n{bob_line}\n"), group
    assert "Cat" in group
    assert "68" not in group and "136" not in group, group
    (bob,) = private(replies, "bob")
    (cat,) = private(replies, "cat")
    assert bob.startswith(bob_told + "\n"), bob
    assert cat.startswith(cat_told + "\n"), cat
    assert "Amy" in bob  # how to pay follows
    assert private(replies, "amy") == []


@pytest.mark.parametrize(
    ("lang", "unpaid", "bob_told", "full_head"),
    [
        (
            "zh",
            "6 个订单未付款：\n• Bob（订单 #1-1）\n",
            "💸 催款：你在 葡萄（#1）的订单 #1-1 还没付款：¥68。",
            "• Bob：¥68（订单 #1-1）",
        ),
        (
            "en",
            "• Bob (order #1-1)\n",
            "💸 Reminder: your order #1-1 of 葡萄 (#1) is not paid yet: ¥68.",
            "• Bob: ¥68 (order #1-1)",
        ),
    ],
)
async def test_the_pickup_evening_names_who_owes_and_tells_each_her_amount_privately(
    lang: str, unpaid: str, bob_told: str, full_head: str
) -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    chat = await _closed(lang, factory, clock, buyers=6)
    await chat.say("amy", "自提 北门 明天下午6点")
    clock.advance(hours=8)  # 20:00 in Shanghai, the evening before
    chore = chat.pickup_reminders()

    replies = await chore()

    group = public(replies)
    assert unpaid in group, group
    assert "¥" not in group and "$" not in group, group
    assert "Gil" not in group  # at most 5 named in the group
    for buyer, count in zip(BUYERS, range(1, 7), strict=True):
        (told,) = private(replies, buyer)
        assert f"{68 * count}" in told.splitlines()[0], told
    assert private(replies, "bob")[0].startswith(bob_told + "\n")
    (full,) = private(replies, "amy")  # the organiser's full list keeps the amounts
    assert full_head in full and "Gil" in full, full


@pytest.mark.parametrize(
    ("lang", "told"),
    [
        (
            "zh",
            "💸 催款：你在 葡萄（#1）有 2 个订单还没付款：\n• 订单 #1-1：¥68\n• 订单 #1-9：¥10\n",
        ),
        (
            "en",
            "💸 Reminder: 2 orders of yours of 葡萄 (#1) are not paid yet:\n"
            "• order #1-1: ¥68\n• order #1-9: ¥10\n",
        ),
    ],
)
async def test_a_buyer_owing_two_orders_reads_both_in_one_private_message(lang: str, told: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _closed(lang, factory, FakeClock(), buyers=1)
    owing = [Owing(1, "1-1", "bob", "Bob", 6800, "CNY"), Owing(9, "1-9", "bob", "Bob", 1000, "CNY")]
    async with factory() as uow:
        group_buy = await uow.group_buys.get(1)
        assert group_buy is not None
        replies = await owed_privately(uow, None, group_buy, owing, lang, chat.app.config, told=set())
        again = await owed_privately(uow, None, group_buy, owing, lang, chat.app.config, told={"bob"})

    assert [(r.private_to, r.text.startswith(told)) for r in replies] == [("bob", True)], replies
    assert again == []  # already told by this reminder


@pytest.mark.parametrize(
    ("lang", "more", "full_head", "gil_line"),
    [
        (
            "zh",
            "…等 6 人未付款（名单已私信给团长 Amy）",
            "💸 葡萄（#1）的催款在群里只点了前几位的名。未付款的 6 个订单完整名单：",
            "• Gil：¥408（订单 #1-6）",
        ),
        (
            "en",
            "…6 people in all still owe (the list went privately to the organiser, Amy)",
            "💸 The reminder to pay for 葡萄 (#1) named only the first few in the group. "
            "The 6 unpaid orders in full:",
            "• Gil: ¥408 (order #1-6)",
        ),
    ],
)
async def test_remind_names_five_in_the_group_and_the_organiser_reads_all_with_amounts(
    lang: str, more: str, full_head: str, gil_line: str
) -> None:
    chat = await _closed(lang, FakeUnitOfWorkFactory(), FakeClock(), buyers=6)

    # her app's language (session 33: her private list follows her own, the room's only when unknown)
    replies = await chat.say("amy", "催款 #1", language=lang)

    group = public(replies)
    assert more in group, group
    assert "Gil" not in group and "¥" not in group, group
    (full,) = private(replies, "amy")
    assert full.startswith(full_head + "\n") and full.endswith(gil_line), full
    (gil,) = private(replies, "gil")  # not named in the group, still told her amount
    assert "¥408" in gil.splitlines()[0], gil
