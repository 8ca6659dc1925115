"""Session 43 (notes): a member's report reason (`举报 笔记 1 <reason>`, `/report 1 <reason>`) longer than 200
characters was cut at 200 (`…`) without a word, and the cut reason reached the admins' queue. It is now
refused, privately as every answer to a report, saying the limit and that nothing was reported (as the
console's and the chat's `/hide` reasons are); one of 200 characters is still taken whole."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(factory: FakeUnitOfWorkFactory, lang: str) -> Chat:
    chat = fake_chat(factory, default_language=lang)
    chat.admins = {"dan"}
    if lang == "zh":
        await chat.say("amy", "接龙 海南芒果 价格 88")
        await chat.say("bob", "种草 #1 海南芒果真的很甜，个头大")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("bob", "/note #1 the mangoes are sweet and juicy")
    return chat


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        (
            "zh",
            "举报 笔记 1 " + "广告" * 101,
            "举报原因最多 200 个字，这条有 202 个，所以没有举报。请写短一点再发，例如 举报 1 广告",
        ),
        (
            "en",
            "/report 1 " + "x" * 201,
            "A report's reason is at most 200 characters; this one has 201, so nothing was reported. "
            "Write it shorter and send it again, e.g. /report 1 spam",
        ),
    ],
)
async def test_a_too_long_report_reason_is_refused_privately_and_nothing_reported(
    lang: str, typed: str, said: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory, lang)

    replies = await chat.say("cat", typed)

    assert [reply for reply in replies if reply.text and not reply.private_to] == []  # the group: nothing
    assert Chat.private(replies) == {"cat": said}
    assert factory.state.moderation.reports == []  # nothing reported, no admin told
    queue = chat.said(await chat.say("dan", "待审笔记" if lang == "zh" else "/flags"))
    assert queue in ("没有待审的笔记。", "No notes are waiting for review.")


async def test_a_reason_of_exactly_the_limit_is_reported_whole() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _chat(factory, "en")
    why = "spam " * 39 + "spam1"  # 200 characters

    replies = await chat.say("cat", f"/report 1 {why}")

    assert Chat.private(replies)["cat"].startswith("Thanks: your report of note #1 (")
    assert [report.why for report in factory.state.moderation.reports] == [why]
