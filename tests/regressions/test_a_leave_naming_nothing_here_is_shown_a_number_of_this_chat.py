"""Replay review (session 18): `-1 芒果` with no mango group buy here was answered "请这样写：-1（少一份）、
退出（整条取消）或 退出 #12": #12 was made up (it did not exist, or was another group's). The example now
names a group buy of this chat, as the other examples do since review finding 17."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world


async def test_a_leave_naming_nothing_here_gets_an_example_of_this_chat(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("work", "dan", "Plums")  # #1, another group's
        gid = await world.open_group_buy("family", "amy", "Lychees")
        zh = await world.say("family", "eve", "-1 芒果")
        assert [r.text for r in zh] == [f"请这样写：-1（少一份）、退出（整条取消）或 退出 #{gid}"]
        en = await world.say("family", "eve", "/leave durian")
        assert [r.text for r in en] == [
            f"Write it like: -1 (one fewer), /leave (off the list) or /leave #{gid}"
        ]
