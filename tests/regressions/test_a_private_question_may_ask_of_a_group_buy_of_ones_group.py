"""For you recommended "#1 猫山王榴莲（在「jia」）" in private, and `问 #1 还有吗` there was answered
"你没有参加或组织团购 #1：私聊里只能问你自己的团": a private question reached only group buys one was on or
organised. A member may now ask in private about any group buy of a group she is in (those For you shows
her); a group buy of a group she is not in is still refused."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_member_asks_privately_of_her_groups_group_buy(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("jia", "小美", "接龙 猫山王榴莲 价格 120 库存 10")
        await api.say("jia", "丽丽", "大家好")  # she is in jia, on none of its group buys
        await api.say("family", "小红", "大家好")  # she is not in jia

        [picks] = (await api.say("丽丽", "丽丽", "猜你喜欢"))["replies"]
        assert "猫山王榴莲" in picks["text"] and "jia" in picks["text"]

        [asked] = (await api.say("丽丽", "丽丽", "问 #1 还有吗"))["replies"]
        assert asked["text"] == "猫山王榴莲（#1）还剩 10 份。"

        [refused] = (await api.say("小红", "小红", "问 #1 还有吗"))["replies"]
        assert refused["text"] == (
            "团购 #1 不是你所在的群的团，你也没有参加或组织它：私聊里可以问你所在的群的团。"
        )
