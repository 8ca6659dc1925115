"""A card never exceeds Telegram's 4,096: it shows the first lines and folds the rest ("… and 2950 more:
/list #1"), and no line (nor the head) can push the others off it. /list (名单) shows every line, as on
the card, in as many messages as it takes, each within the limit, none lost, in order."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from commerce.domain.group_buy import Participant
from handlers.fit import TEXT_LIMIT, units
from handlers.texts import t
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat

NUMBERED = re.compile(r"^(\d+)\. ")
LONG_NAME = "🥭芒果" * 20  # 60 characters, 80 UTF-16 units: the card cuts names to 32 characters


def seed(factory: FakeUnitOfWorkFactory, count: int, *, name: str = "", note: str = "") -> None:
    """`count` members on the list of group buy #1, one unit each, straight into the fake storage."""
    state = factory.state
    joined = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    for n in range(count):
        user = f"m{n:04d}"
        line = Participant(user, f"Member {n:04d} {name}".strip(), 1, joined, note=note)
        state.lines[1][line.key] = line
    state.group_buys[1].sold += count


def numbered(text: str) -> list[str]:
    return [line for line in text.split("\n") if NUMBERED.match(line)]


async def test_a_card_of_3000_long_lines_fits_and_folds_the_rest_with_the_right_count(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "/groupbuy Plums price 30 target 5000")
    seed(uow_factory, 3000, name=LONG_NAME, note="3号楼502 " + "🏠" * 60)

    card = await chat.card(1)

    shown = numbered(card)
    assert units(card) <= TEXT_LIMIT
    assert 20 <= len(shown) < 50  # as many long lines as fit, not the 50 short ones
    assert [line.split(".", 1)[0] for line in shown] == [str(n) for n in range(1, len(shown) + 1)]
    assert shown[0].startswith("1. Member 0000 🥭芒果") and shown[-1].startswith(f"{len(shown)}. Member ")
    assert card.split("\n")[-1] == f"… and {3000 - len(shown)} more: /list #1"


async def test_a_card_of_short_lines_shows_fifty_and_says_how_many_more_in_chinese(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "接龙 芒果 价格 30 成团 5000")
    seed(uow_factory, 3000)

    card = await chat.card(1)

    assert len(numbered(card)) == 50 and units(card) <= TEXT_LIMIT
    assert card.endswith("\n50. Member 0049 ×1\n…… 还有 2950 位，发“名单 #1”查看全部")


async def test_no_line_of_the_head_can_push_the_list_off_the_card(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    tiers = ",".join(f"{n}:{9000 - n}" for n in range(2, 700))  # 698 tiers: 9,000 characters on one line
    await chat.say("amy", f"/groupbuy Plums price 9000 target 5000 tiers {tiers}")
    seed(uow_factory, 3)

    card = await chat.card(1)

    assert units(card) <= TEXT_LIMIT
    assert card.endswith("\n\n1. Member 0000 ×1\n2. Member 0001 ×1\n3. Member 0002 ×1")
    line = next(line for line in card.split("\n") if line.startswith("Tiers: 2+ ¥8,998 · 3+ ¥8,997 · "))
    assert line.endswith("…") and units(line) <= 300


async def test_list_shows_all_3000_lines_in_order_as_on_the_card_each_message_within_the_limit(
    chat: Chat, uow_factory: FakeUnitOfWorkFactory
) -> None:
    await chat.say("amy", "/groupbuy Plums price 30 target 5000")
    seed(uow_factory, 3000, name=LONG_NAME, note="3号楼502")

    replies = await chat.say("cat", "/list")

    assert len(replies) > 10
    assert all(units(r.text) <= TEXT_LIMIT and not r.buttons and not r.private_to for r in replies)
    header, *lines = "\n".join(reply.text for reply in replies).split("\n")
    assert header == "📋 The list of Plums (#1), 3000 lines:"
    assert len(lines) == 3000
    assert all(line.startswith(f"{n}. Member {n - 1:04d} 🥭芒果") for n, line in enumerate(lines, 1))
    card = numbered(await chat.card(1))
    assert lines[: len(card)] == card


async def test_list_and_its_chinese_word_say_the_list_of_a_small_group_buy(chat: Chat) -> None:
    await chat.say("amy", "接龙 芒果 价格 10")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")

    assert (
        chat.said(await chat.say("dan", "名单")) == "📋 芒果（#1）接龙名单，共 2 条：\n1. Bob ×2\n2. Cat ×1"
    )
    assert (
        chat.said(await chat.say("dan", "/list")) == "📋 芒果（#1）接龙名单，共 2 条：\n1. Bob ×2\n2. Cat ×1"
    )
    assert chat.said(await chat.say("dan", "/名单 #1")) == chat.said(await chat.say("dan", "查看名单"))
    assert await chat.say("dan", "名单里有我吗？") == []  # chatter about the list


async def test_list_names_its_group_buy_and_says_when_nobody_joined(chat: Chat) -> None:
    await chat.say("amy", "/groupbuy Plums price 30")
    await chat.say("bob", "+1")
    await chat.say("amy", "/groupbuy Pears price 20")

    assert chat.said(await chat.say("cat", "/list #1")) == "📋 The list of Plums (#1), 1 line:\n1. Bob ×1"
    assert chat.said(await chat.say("cat", "/list #2")) == "📋 Nobody is on the list of Pears (#2) yet."


async def test_list_of_a_closed_group_buy_ticks_paid_lines_as_the_card_does(chat: Chat) -> None:
    for member, text in [
        ("amy", "/groupbuy Plums price 30"),
        ("bob", "+1"),
        ("cat", "+2"),
        ("amy", "/close"),
    ]:
        await chat.say(member, text)
    await chat.say("amy", "/paid @Bob")

    listed = chat.said(await chat.say("cat", "/list #1"))

    assert listed == (
        "📋 The list of Plums (#1), 2 lines:\n1. Bob ×1 ✅\n2. Cat ×2\n📦 Not picked up yet (1): Bob"
    )
    assert (await chat.card(1)).endswith("\n\n1. Bob ×1 ✅\n2. Cat ×2")


async def test_list_refusals_name_nothing_outside_this_chat(chat: Chat) -> None:
    assert chat.said(await chat.say("bob", "/list")) == t("en", "no_open_group_buy")
    await chat.say("amy", "/groupbuy Plums price 30")
    await chat.say("bob", "+1")

    in_private = chat.said(await chat.say("bob", "/list #1", private=True))
    unknown = chat.said(await chat.say("bob", "/list #7"))

    assert in_private == t("en", "not_yours_in_private_list", id=1)
    assert unknown == t("en", "group_buy_not_found_for", id=7, example="/list #1")  # its own, naming one here
    assert chat.said(await chat.say("bob", "/list plums")) == t(
        "en", "id_usage", command="/list", example_id=1
    )  # the one here


async def test_help_mentions_the_whole_list() -> None:
    assert "The whole list: /list" in t("en", "help")
    assert "全部名单：名单" in t("zh", "help")
