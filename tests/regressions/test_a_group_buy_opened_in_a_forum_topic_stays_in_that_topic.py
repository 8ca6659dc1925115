"""Session 28 (rep44 #3): forum topics were ignored: a group buy opened in a supergroup's topic had its
announcement and card posted in General, and every answer to a member writing in a topic (the
which-option question, `名单`, 问) went to General too. Now a message from a topic (`message_thread_id`,
`is_topic_message`) is answered in that topic, and a group buy opened in a topic keeps its card and its
close notice there (and the note naming a buyer it cannot write to), whoever closes it from wherever.
A message in General stays in General. Through the fake Bot API, with the outbox rows (as `tuan run
telegram` sends) and without them, zh and en."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import wired

GROUP = -100
TOPIC = 77
AMY = User(1, "Amy", language_code="zh")
BOB = User(2, "Bob", language_code="zh")
DAN = User(3, "Dan", language_code="zh")  # never started the bot: the close names him, in its topic

SAID = {
    "zh": ["/lang zh", "接龙 芒果 价格 20", "名单", "截单", "接龙 苹果 价格 10", "进度"],
    "en": [
        "/lang en",
        "/groupbuy Mangoes price 20",
        "/list",
        "/close",
        "/groupbuy Apples price 10",
        "/status",
    ],
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({AMY.id, BOB.id})
    server.admins.add((GROUP, AMY.id))
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_a_group_buy_opened_in_a_forum_topic_stays_in_that_topic(
    api: FakeBotAPI, through_rows: bool, language: str
) -> None:
    wiring = wired(api.token, api.base_url, through_rows=through_rows)

    async def say(user: User, text: str, *, topic: int | None) -> list[int | None]:
        """`user` writes in the topic (None: General); the topics of the group messages it made."""
        before = len(api.sent("sendMessage", GROUP))
        where = {} if topic is None else {"message_thread_id": topic, "is_topic_message": True}
        await wiring.say(api, GROUP, user, text, **where)
        calls = api.sent("sendMessage", GROUP)[before:]
        return [
            None if c.params.get("message_thread_id") is None else int(c.params["message_thread_id"])
            for c in calls
        ]

    lang, open_, list_, close, open_general, status = SAID[language]
    try:
        await say(AMY, lang, topic=None)
        assert await say(AMY, open_, topic=TOPIC) == [TOPIC, TOPIC]  # the announcement, the card
        assert await say(BOB, list_, topic=TOPIC) == [TOPIC]  # answered where he asked
        assert await say(BOB, list_, topic=None) == [None]  # in General: in General
        await say(BOB, "+1", topic=TOPIC)
        await say(DAN, "+1", topic=None)
        closed = await say(AMY, close, topic=None)  # closed from General: its notice in its topic
        assert closed and set(closed) == {TOPIC}
        named = [c for c in api.sent("sendMessage", GROUP) if "Dan" in str(c.params["text"])]
        assert named and {int(c.params["message_thread_id"]) for c in named} == {TOPIC}

        assert await say(AMY, open_general, topic=None) == [None, None]  # opened in General
        assert await say(BOB, status, topic=TOPIC) == [None]  # its card posted anew stays in General
        api.assert_nothing_refused()
    finally:
        await wiring.close()
