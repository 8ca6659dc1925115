"""Review 56 #7: in a WeChat room every join answer read `@阿美 阿美 跟团：…`, the mention before the
answer saying her name a second time. An answer that starts with her name (`阿美 跟团：…`, `Amy is in:
…`) now goes without the mention; any other answer to her still mentions her."""

from __future__ import annotations

import pytest

from bot.wechat import render
from handlers.types import Reply, Request
from tests.unit.handlers.conftest import fake_chat

ROOM = "r@chatroom"


@pytest.mark.parametrize(
    ("name", "opening", "joined"),
    [
        ("阿美", "接龙 草莓 价格 40", "阿美 跟团：1 × 草莓（#1）。当前 ¥40/份。"),
        ("Amy", "/groupbuy Strawberries price 40", "Amy is in: 1 × Strawberries (#1). Now ¥40 each."),
    ],
)
async def test_a_join_answer_names_her_once(name: str, opening: str, joined: str) -> None:
    chat = fake_chat()
    await chat.say("wang", opening, name="王姐")
    replies = await chat.say("amy", "+1", name=name)
    said = [reply for reply in replies if reply.text and reply.private_to is None]
    request = Request(platform="wechat", chat_id=ROOM, user_id="wxid_amy", display_name=name, text="+1")
    outgoing = render.answer(ROOM, said, request=request, language="zh")
    assert outgoing is not None
    assert render.with_mentions(outgoing.text, outgoing.mention_ids) == joined
    assert outgoing.mention_ids == ()


def test_another_answer_to_her_still_mentions_her() -> None:
    request = Request(platform="wechat", chat_id=ROOM, user_id="wxid_amy", display_name="阿美", text="进度")
    outgoing = render.answer(ROOM, [Reply(text="草莓（#1）还差 2 份成团")], request=request, language="zh")
    assert outgoing is not None and outgoing.mention_ids == ("wxid_amy",)
