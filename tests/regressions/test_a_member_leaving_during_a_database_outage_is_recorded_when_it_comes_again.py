"""Session 14's review (fm, D1): `ChatApp.left` logged a failed write and returned, so Telegram's
`left_chat_member` arriving while the database was down counted as handled (polling confirmed it, a
webhook answered 200) and the member stayed in the group's `/rank`. Now the failure is raised: nothing
was kept, the poller tries the update again (a webhook answers 5xx), and once it is recorded he is left
out of the ranking."""

from __future__ import annotations

import re

import pytest

from tests.fakes import DownFactory
from tests.unit.handlers.conftest import fake_chat

CODE = re.compile(r"团\d+-[2-9A-HJKMNP-Z]{4}")


async def test_a_member_leaving_in_a_database_outage_is_left_out_of_the_ranking_once_it_comes_again() -> None:
    factory = DownFactory()
    room = fake_chat(factory)
    await room.say("amy", "接龙 芒果 价格 30")
    codes = {}
    for sharer in ("bob", "cat"):
        found = CODE.search(room.shared(await room.say(sharer, "分享")))
        assert found is not None
        codes[sharer] = found.group(0)
    await room.say("dan", f"+1 {codes['bob']}")
    await room.say("fay", f"+1 {codes['cat']}")
    await room.say("amy", "截单")

    factory.down = True
    with pytest.raises(ConnectionRefusedError):  # not handled: the platform sends it again
        await room.app.left("test", room.chat_id, ["bob"])
    factory.down = False
    said = room.said(await room.say("zoe", "排行"))
    assert "Bob" in said  # nothing was kept

    await room.app.left("test", room.chat_id, ["bob"])  # Telegram's next delivery
    assert (
        room.said(await room.say("zoe", "排行"))
        == "🏆 本周分享榜（按通过分享带来的买家数）：\n1. Cat：1 位买家"
    )
