"""An update whose handling is cancelled halfway through its unit of work (its caller gone: a process
stopping, a request given up) leaves nothing behind for the next one: on SQLite the statement it was
waiting for may still have run in the connection's thread, BEGIN included, and the next member's `+1`
failed with "something went wrong" ("cannot start a transaction within a transaction")."""

from __future__ import annotations

import asyncio

import pytest

from storage.uow import SqlUnitOfWorkFactory
from tests.integration.test_join_batches import _app, _say


@pytest.mark.parametrize("batches", [False, True])
async def test_an_update_cancelled_midway_never_fails_the_next_one(
    grouped: SqlUnitOfWorkFactory, batches: bool
) -> None:
    app = _app(grouped, batches=batches)
    await app.handle(_say("organiser", "/groupbuy Mangoes price 88 stock 50", "open"))
    for turns in range(1, 12):  # cancelled at each await of its way in turn
        given_up = asyncio.ensure_future(app.handle(_say(f"a{turns}", "+1", f"a-{turns}")))
        for _ in range(turns):
            await asyncio.sleep(0)
        given_up.cancel()
        await asyncio.gather(given_up, return_exceptions=True)

        answer = await app.handle(_say(f"b{turns}", "+1", f"b-{turns}"))

        assert answer[0].text.startswith(f"B{turns} is in: 1 × Mangoes"), (turns, answer[0].text)
