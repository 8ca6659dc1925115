"""In a digest-mode chat Sam's flagged note got him "笔记 #11 已发布…每天 20:00 的精选会列出最受欢迎的几条"
and right after it "先标了 ⚠️ 未验证…在那之前精选…都不会列出它": two messages saying the opposite. A flagged
note's author now gets one message, that it waits for the admins and that the digest leaves it out; an
unflagged note's author still gets the digest's confirmation (rep38 #8)."""

from __future__ import annotations

from collections.abc import Sequence

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def told(replies: Sequence[Reply]) -> list[tuple[str, str]]:
    """Every private message of an answer (Chat.private keeps one a member)."""
    return [(reply.private_to, reply.text) for reply in replies if reply.private_to]


async def _digest_chat(lang: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.title = "jia"
    chat.admins = {"amy"}
    await chat.say("amy", "摘要 开" if lang == "zh" else "/digest on")
    return chat


async def test_a_flagged_note_in_digest_mode_is_told_once_that_it_waits() -> None:
    chat = await _digest_chat("zh")
    await chat.say("bob", "种草 楼下水果店的苹果很脆")

    said = told(await chat.say("sam", "种草 推荐楼下的修鞋师傅，便宜手艺好 私聊我 13900139000"))

    assert said == [
        (
            "sam",
            "你在「jia」的笔记 #2 已发出，但先标了 ⚠️ 未验证，要等群管理员看过。"
            "原因：30 天内你的笔记在本群只有这一条、留联系方式拉人私下交易（微信、手机号、“私聊我”）。"
            "在那之前精选、搜索和问答都不会列出它；管理员看过没问题就会去掉这个标记。",
        )
    ]
    plain = Chat.private(await chat.say("kim", "种草 修鞋师傅周末也开门"))["kim"]
    assert plain.startswith("笔记 #3 已发布。「jia」是摘要模式：")


async def test_in_english_too() -> None:
    chat = await _digest_chat("en")
    await chat.say("bob", "/note the apples downstairs are crisp")

    said = told(await chat.say("sam", "/note great shoe repair guy downstairs, call +65 9123 4567"))

    assert len(said) == 1 and said[0][0] == "sam"
    assert said[0][1].startswith("Your note #2 in jia is posted, but marked ⚠️ Unverified")
    plain = Chat.private(await chat.say("kim", "/note the shoe repair guy opens on sundays"))["kim"]
    assert plain.startswith("Note #3 is posted. jia is in digest mode:")
