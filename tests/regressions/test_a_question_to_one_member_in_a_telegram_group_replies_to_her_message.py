"""Session 28 (rep44 #8, #15): in a busy Telegram group the bot's question to one member (which option?
which group buy?) and its 问 answers were plain group messages naming nobody and replying to nothing, so
nobody knew whom they were for and the member was not notified; and 催款 listed the debtors as plain
text, so none of them was notified either. Now such a question and a 问 answer reply to the member's
message (`reply_parameters`), and 催款 mentions each debtor it names (a `text_mention` entity at their
name). Through the fake Bot API, with the outbox rows (as `tuan run telegram` sends) and without them,
in Chinese and English."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from handlers.fit import units
from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.wiring import wired

GROUP = -100
AMY = User(1, "Amy", language_code="zh")
BOB = User(2, "Bob", language_code="zh")
DAN = User(3, "Dan", language_code="zh")

SAID = {
    "zh": ["/lang zh", "接龙 草莓 规格 大:20,小:12", "+1", "问 几点截单", "+1 大", "截单", "催款"],
    "en": [
        "/lang en",
        "/groupbuy Strawberries options big:20,small:12",
        "+1",
        "/ask when does it close",
        "+1 big",
        "/close",
        "/remind",
    ],
}


@pytest.fixture
async def api() -> AsyncIterator[FakeBotAPI]:
    server = await FakeBotAPI(group_limit=1000).start()
    server.started.update({AMY.id, BOB.id, DAN.id})
    server.admins.add((GROUP, AMY.id))
    yield server
    await server.stop()


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("through_rows", [True, False], ids=["outbox rows", "replies"])
async def test_a_question_to_one_member_in_a_telegram_group_replies_to_her_message(
    api: FakeBotAPI, through_rows: bool, language: str
) -> None:
    wiring = wired(api.token, api.base_url, through_rows=through_rows)

    async def say(user: User, text: str) -> tuple[int, list[dict[str, Any]]]:
        """`user` writes; the id of the message, and the parameters of the group messages it made."""
        before = len(api.sent("sendMessage", GROUP))
        raw = await wiring.say(api, GROUP, user, text)
        return int(raw["message"]["message_id"]), [c.params for c in api.sent("sendMessage", GROUP)[before:]]

    def replied(params: dict[str, Any]) -> int | None:
        reply = params.get("reply_parameters")
        return None if reply is None else int(reply["message_id"])

    lang, open_, join, ask, join_big, close, remind = SAID[language]
    try:
        await say(AMY, lang)
        _, opened = await say(AMY, open_)
        assert [replied(p) for p in opened] == [None, None]  # the announcement and the card: to nobody
        asked, [question] = await say(BOB, join)  # which option?
        assert replied(question) == asked
        asked, [answer] = await say(BOB, ask)  # 问: answered as a reply to the question
        assert replied(answer) == asked
        for user in (BOB, DAN):
            await say(user, join_big)
        await say(AMY, close)
        _, [reminder] = await say(AMY, remind)  # 催款: each debtor named is mentioned
        text = str(reminder["text"])
        entities = [e for e in reminder.get("entities") or [] if e["type"] == "text_mention"]
        assert [(e["user"]["id"], e["offset"], e["length"]) for e in entities] == [
            (user.id, units(text[: text.index(user.first_name)]), len(user.first_name)) for user in (BOB, DAN)
        ]
        api.assert_nothing_refused()
    finally:
        await wiring.close()
