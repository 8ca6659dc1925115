"""Review 93 #9: the loop rule's notice told May `…as Ned brought you here first`, though she had long been
a member of the group: Ned only brought her to a group buy, by his share. It now names that group buy
(`as you joined Mangoes (#1) through Ned's share first`), also when it is another one than the order's."""

from __future__ import annotations

import re

import pytest

from handlers.types import Reply
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": (
        "接龙 芒果 价格 100",
        "接龙 榴莲 价格 50",
        "佣金 10%",
        "佣金 #2 10%",
        "分享 #1",
        "分享 #2",
        "截单 #2",
        "已收 2-2",
    ),
    "en": (
        "/groupbuy Mangoes price 100",
        "/groupbuy Durian price 50",
        "/commission 10%",
        "/commission #2 10%",
        "/share #1",
        "/share #2",
        "/close #2",
        "/paid 2-2",
    ),
}
TOLD = {
    "zh": "Ned 付款了（榴莲 订单 #2-2）：这单不给你记佣金，因为你先通过 Ned 的分享跟了 芒果（#1），"
    "佣金不能互相返。",
    "en": "Ned paid (order #2-2 of Durian): it earns you no commission, as you joined Mangoes (#1) through "
    "Ned's share first, and commission never goes both ways.",
}


async def _code(chat: Chat, member: str, share: str) -> str:
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say(member, share)))
    assert found is not None
    return found.group(0)


def _to(replies: list[Reply], member: str) -> list[str]:
    return [reply.text for reply in replies if reply.private_to == member]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_notice_names_the_group_buy_she_joined_through_his_share(lang: str) -> None:
    mangoes, durian, rate, rate2, share1, share2, close2, paid = WORDS[lang]
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language=lang)
    await chat.say("may", "hi")  # a member long before either
    await chat.say("amy", mangoes)
    await chat.say("amy", rate)
    await chat.say("amy", durian)
    await chat.say("amy", rate2)
    await chat.say("may", f"+1 {await _code(chat, 'ned', share1)}")  # Ned brought May to Mangoes
    await chat.say("amy", "截单 #1" if lang == "zh" else "/close #1")  # her order #1-1, Ned's share
    clock.advance(hours=1)
    await chat.say("may", "+1 #2")
    await chat.say("ned", f"+1 {await _code(chat, 'may', share2)}")  # then Ned to Durian by May's
    await chat.say("amy", close2)

    replies = await chat.say("amy", paid)

    assert _to(replies, "may") == [TOLD[lang]]
