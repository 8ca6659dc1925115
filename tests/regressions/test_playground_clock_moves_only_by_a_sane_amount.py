"""Issue #9: `POST /api/clock {"advance_seconds": 1e309}` (or NaN) answered 500. The clock moves forward by
a finite number of seconds, at most 366 days a request and 10 years in all (beyond, every deadline
computation would overflow): anything else is a 422 with the reason, and the clock does not move."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.unit.bot.playground_api import playground_api

RULE = "advance_seconds must be a number of seconds above 0 and at most 31622400 (366 days)"
NOT_A_MOVE = ["1e309", "-1e309", "NaN", "Infinity", "-5", "0", "1e12", "31622401", "true", '"3600"', "null"]


async def test_an_impossible_move_is_refused_and_the_clock_stays(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for value in NOT_A_MOVE:
            response = await api.post("/api/clock", f'{{"advance_seconds": {value}}}'.encode())

            assert (response.status_code, response.json()["error"]) == (422, RULE), value

        assert (await api.client.get("/api/clock")).json()["offset_seconds"] == 0
        assert api.clock.offset == timedelta(0)


async def test_the_clock_stays_within_ten_years(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        year = 366 * 86400
        for _ in range(10):
            moved = await api.post("/api/clock", f'{{"advance_seconds": {year}}}'.encode())
            assert moved.status_code == 200, moved.text

        beyond = await api.post("/api/clock", b'{"advance_seconds": 1}')

        assert (beyond.status_code, beyond.json()["error"]) == (
            422,
            "advance_seconds must be at most 0: the playground's clock stays within 316224000 seconds "
            "(10 years) of the real time",
        )
        assert api.clock.offset == timedelta(seconds=10 * year)
