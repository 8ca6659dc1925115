"""In the playground a typed like gets Tuan's 👍 on the member's own message, as on Telegram: the
response reports it (`reaction` of the reply: the message and the emoji, beside the toast the liker
sees), the message's JSON keeps it (so the page shows it after a reload too), and nothing is posted.
The same through the outbox, as `tuan playground` runs (the relay posts the rows). A typed unlike
leaves it as it is."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.bootstrap import Tuan, build, migrate
from bot.playground.hub import PLATFORM, Hub
from bot.playground.server import open_hub
from bot.settings import Settings
from tests.unit.bot.playground_api import playground_api


async def test_a_typed_like_shows_a_thumbs_up_on_the_members_message(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "bob", "种草 楼下新开的面包店不错")
        before = len(await api.messages("family"))

        liked = await api.say("family", "cat", "赞 1")

        mine = liked["message_id"]
        [answer] = [reply for reply in liked["replies"] if not reply["card_of"]]
        assert (answer["toast"], answer["reaction"]) == (
            "已赞笔记 #1 👍",
            {"message_id": mine, "emoji": "👍"},
        )
        shown = await api.messages("family")
        assert len(shown) == before + 1  # Cat's own `赞 1`, and nothing else
        [cats] = [m for m in shown if m["message_id"] == mine]
        assert (cats["from"], cats["text"], cats["reaction"], cats["edited_at"]) == (
            "cat",
            "赞 1",
            "👍",
            None,
        )
        assert [m["reaction"] for m in shown if m["message_id"] != mine] == [None] * before

        unliked = await api.say("family", "cat", "取消赞 1")

        assert [reply["reaction"] for reply in unliked["replies"]] == [None, None]
        [cats] = [m for m in await api.messages("family") if m["message_id"] == mine]
        assert cats["reaction"] == "👍"


@pytest.fixture
async def wired(tmp_path: Path) -> AsyncIterator[tuple[Tuan, Hub]]:
    """The playground as `tuan playground` wires it (the relay posting the outbox), without the web."""
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}",
        pickup_reminder=None,
    )
    await migrate(settings)
    tuan = await build(settings, platform=PLATFORM)
    hub = await open_hub(tuan, base_url="http://playground")
    try:
        yield tuan, hub
    finally:
        await hub.aclose()
        await tuan.aclose()


async def test_through_the_outbox_the_reaction_is_posted_with_the_answer(wired: tuple[Tuan, Hub]) -> None:
    _, hub = wired
    listening = hub.listen()
    await hub.say(chat="family", user="bob", text="种草 楼下新开的面包店不错")

    liked = await hub.say(chat="family", user="cat", text="赞 1")

    mine = liked["message_id"]
    [answer] = [reply for reply in liked["replies"] if not reply["card_of"]]
    assert (answer["toast"], answer["reaction"]) == ("已赞笔记 #1 👍", {"message_id": mine, "emoji": "👍"})
    [cats] = [m for m in await hub.messages("family") if m.id == mine]
    assert (cats.text, cats.reaction) == ("赞 1", "👍")
    pushed = []
    async for event in listening:  # what every open tab was pushed: the message again, with the reaction
        assert event is not None
        pushed.append(event)
        if event["type"] == "reaction":
            break
    assert pushed[-1]["message"]["message_id"] == mine and pushed[-1]["message"]["reaction"] == "👍"
