"""The bot offline for an hour, on a webhook and PostgreSQL.

Three groups have open group buys: two end in 30 minutes (one has reached its target, one has not),
one in two hours. The bot is stopped (SIGTERM); while it is down members keep writing, and Telegram
keeps their updates until the webhook answers again. It comes back an hour later
(TUAN_CLOCK_OFFSET_SECONDS=3600): the backlog is handled in the order each chat wrote it, each deadline
that passed fires once (one announcement, one order message per buyer), and each card ends as the
database says: closed, listing exactly its participants.

A `+1` written before the deadline but handled after it is refused: the domain goes by the time a join
is handled (Tuan's clock), not by when Telegram says it was written. The member is told the group buy
has closed and nothing changed; they are not added to a group buy whose outcome was already decided.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.e2e.telegram_faults import WebhookBot, buttons, database, people, sent_texts
from tests.services import create_database

pytestmark = [pytest.mark.e2e, pytest.mark.postgres]

PLUMS, PEARS, FIGS = -100461, -100462, -100463  # the groups, each with one group buy
AMY, BOB, CAT, DAN, EVE = people("Amy", "Bob", "Cat", "Dan", "Eve")
AN_HOUR = 3600
LINE = re.compile(r"^\d+\. (.+?) ×(\d+)", re.MULTILINE)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI().start()
    yield server
    await server.stop()


def card(api: FakeBotAPI, group: int) -> str:
    """The group's card as the group sees it now ("" before it is posted)."""
    shown = [m.text for m in api.messages[group].values() if m.text.startswith("🛒")]
    assert len(shown) <= 1, shown
    return shown[0] if shown else ""


def said(api: FakeBotAPI, group: int, text: str) -> int:
    """How many messages to `group` contained `text` (texts waiting together go as one message)."""
    return sum(sent.count(text) for sent in sent_texts(api, group))


def orders(api: FakeBotAPI, user: User, title: str) -> list[str]:
    return [text for text in sent_texts(api, user.id) if text.startswith("Your order #") and title in text]


async def test_a_bot_back_after_an_hour_handles_the_backlog_in_order_and_fires_each_deadline_once(
    api: FakeBotAPI, tmp_path: Path, postgres_url: str
) -> None:
    bot = WebhookBot(tmp_path, api, await create_database(postgres_url, "tuan_fault_offline"))
    await bot.start()
    api.started.update(user.id for user in (BOB, CAT, DAN, EVE))
    api.push(api.message(PLUMS, AMY, "/groupbuy Plums price 10 target 2 ends 30m"))
    api.push(api.message(PEARS, AMY, "/groupbuy Pears price 8 target 3 ends 30m"))
    api.push(api.message(FIGS, AMY, "/groupbuy Figs price 5 target 2 ends 2h"))
    api.push(api.message(PLUMS, BOB, "+1"))
    api.push(api.message(PLUMS, CAT, "+1"))
    api.push(api.message(PEARS, BOB, "+1"))
    posted = {PLUMS: "2/2", PEARS: "1/3", FIGS: "0/2"}  # every card out before the bot goes down
    await api.wait_for(lambda: all(shown in card(api, group) for group, shown in posted.items()), within=30)
    await bot.stop()
    async with database(bot.database_url) as conn:
        rows = await conn.fetch("SELECT chat_id, id FROM group_buys")
    number = {int(chat): group_buy_id for chat, group_buy_id in rows}
    plums, pears = f"Plums (#{number[PLUMS]})", f"Pears (#{number[PEARS]})"

    late = [  # written while the bot is down, before the deadlines (by the real clock)
        api.push(api.message(PLUMS, DAN, "+1")),
        api.push(api.message(PLUMS, EVE, "+2")),
        api.push(api.message(PEARS, CAT, "+1")),
        api.push(api.message(FIGS, DAN, "+1")),
        api.push(api.message(FIGS, EVE, "+2")),
    ]
    assert api.webhook is not None
    await api.wait_for(lambda: len(api.webhook.attempts) >= 3 * len(late), within=10)  # type: ignore[union-attr]
    assert all(api.webhook.accepted(update["update_id"]) == 0 for update in late)

    await bot.restart(after_seconds=AN_HOUR)
    await api.webhook.settled(within=30)
    await api.wait_for(
        lambda: said(api, PLUMS, f"{plums} succeeded") and said(api, PEARS, f"{pears} did not reach"),
        within=30,
    )
    await api.wait_for(lambda: all(orders(api, buyer, "Plums") for buyer in (BOB, CAT)), within=30)
    await bot.stop()

    assert all(api.webhook.accepted(update["update_id"]) == 1 for update in late)
    # each deadline that passed fired once: one announcement, one order per buyer, nothing twice
    assert said(api, PLUMS, f"{plums} succeeded") == 1
    assert said(api, PEARS, f"{pears} did not reach its target (1/3)") == 1
    assert [len(orders(api, buyer, "Plums")) for buyer in (BOB, CAT)] == [1, 1]
    assert all(orders(api, user, "Pears") == [] for user in (BOB, CAT, DAN, EVE))
    assert "succeed" not in " ".join(sent_texts(api, FIGS))  # not due yet: still open
    # the joins written before the deadline but handled after it: refused, each told once, in order. Its
    # close is still "just" (the closed one named) or, the handling later than that, nothing is open
    # there now (the last one named): which, depends on how long the restart took
    closed = "Group buy #{} ({}) has closed: nothing was changed."
    ended = "There is no open group buy in this chat now (the last one was {}, #{}): nothing was changed."

    failed = "Group buy #{} ({}) did not reach its target and ended: nothing was changed."

    def refused(group: int, title: str, just: str) -> int:
        forms = (just.format(number[group], title), ended.format(title, number[group]))
        return sum(said(api, group, form) for form in forms)

    assert refused(PLUMS, "Plums", closed) == 2
    assert refused(PEARS, "Pears", failed) == 1
    assert orders(api, DAN, "Plums") == [] and orders(api, EVE, "Plums") == []

    async with database(bot.database_url) as conn:
        fired = await conn.fetch(
            "SELECT group_buy_id, to_status FROM group_buy_status_changes "
            "WHERE to_status IN ('succeeded', 'failed')"
        )
        assert sorted(tuple(row) for row in fired) == sorted(
            [(number[PLUMS], "succeeded"), (number[PEARS], "failed")]
        )
        statuses = dict(await conn.fetch("SELECT chat_id, status FROM group_buys"))
        assert statuses == {str(PLUMS): "succeeded", str(PEARS): "failed", str(FIGS): "open"}
        for group in (PLUMS, PEARS, FIGS):
            rows = await conn.fetch(
                "SELECT display_name, quantity FROM participants WHERE group_buy_id = $1 ORDER BY id",
                number[group],
            )
            lines = [(name, int(quantity)) for name, quantity in LINE.findall(card(api, group))]
            assert lines == [tuple(row) for row in rows], card(api, group)
    assert lines == [("Dan", 1), ("Eve", 2)]  # Figs: the backlog in the order it was written
    assert "✅ Succeeded at ¥10 each: 2 units" in card(api, PLUMS)
    assert "❌ Did not reach the target (1/3)" in card(api, PEARS)
    assert not buttons(api, PLUMS, "gb:join") and not buttons(api, PEARS, "gb:join")
    assert buttons(api, FIGS, "gb:join")
