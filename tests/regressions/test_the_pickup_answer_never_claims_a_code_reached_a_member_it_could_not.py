"""Session 13 (FX): on WeChat, after `自提 …` the organiser read "已私信告诉 2 位已付款的买家…" while 赵六,
not the bot's friend, got no private message, only a notice in the group (his code is never posted
there). The handler cannot know who the platform reaches, so the answer now says what is true on every
platform: the codes were sent privately, and whoever cannot get a private message is told in the group."""

from __future__ import annotations

from tests.regressions.test_a_pickup_code_is_never_posted_in_the_group import (
    CODE,
    NOTICE,
    ROOM,
    Room,
    _in_room,
)

SENT = "已把自提地点、时间和各自的取货码私信发给 2 位已付款的买家；收不到私信的会在群里收到提示。"


async def test_the_pickup_answer_says_a_member_out_of_reach_is_told_in_the_group() -> None:
    room = Room()
    for member, text in [
        ("张三", "接龙 芒果 价格 88 成团 2"),
        ("李四", "+1"),
        ("赵六", "+1"),
        ("张三", "截单"),
        ("张三", "已收 1-1、1-2"),
    ]:
        await room.say(member, text)

    told = await room.say("张三", "自提 小区南门 明天下午5点")

    assert _in_room(told) == [  # one merged answer: the organiser's, then what it promised 赵六
        f"@张三\u2005@赵六\u2005好的，芒果（#1）的自提：小区南门 · 11月24日 周二 17:00\n{SENT}\n\n{NOTICE}"
    ]
    assert [where for where, text in told if CODE.search(text)] == ["wxid_李四"]
    assert all(where in (ROOM, "wxid_李四") for where, _ in told)
