"""What the group sees when one member's message answers them and tells another member something (a
修改 or a -1 that lets a waiting member in: handlers.waiting.moved_in): one message mentioning the
sender first, then the member the move-in is about."""

from __future__ import annotations

from collections.abc import Callable

from handlers.types import Reply, Request
from tests.adapters.wechat.conftest import World
from tests.adapters.wechat.recording_puppet import ROOM, ZHANG, ZHAO, Sent

EDITED = "已修改 海南贵妃芒（#1）：5斤 库存 3。"
MOVED_IN = "🎉 候补补上了 海南贵妃芒（#1）：{name} 5斤 ×1。"


def _moves_in(who: str, name: str) -> Callable[[Request], list[Reply]]:
    def script(request: Request) -> list[Reply]:  # as the ChatApp answers: the answer, then the move-in
        return [Reply(text=EDITED), Reply(text=MOVED_IN.format(name=name), chat_id=ROOM, mention=(who,))]

    return script


async def test_the_organisers_edit_mentions_her_and_the_member_who_got_in(world: World) -> None:
    world.chat.script = _moves_in(ZHAO, "赵六")

    await world.puppet.say(ZHANG, "修改 5斤 库存 3")

    text = f"@张三\u2005@赵六\u2005{EDITED}\n\n{MOVED_IN.format(name='赵六')}"
    assert [s for s in world.puppet.sent if s.conversation_id == ROOM] == [Sent(ROOM, text, (ZHANG, ZHAO))]


async def test_a_members_minus_one_mentions_him_and_the_member_who_got_in(world: World) -> None:
    world.chat.script = _moves_in(ZHANG, "张三")

    await world.puppet.say(ZHAO, "-1")

    [said] = [s for s in world.puppet.sent if s.conversation_id == ROOM]
    assert said.mention_ids == (ZHAO, ZHANG)
    assert said.text.startswith("@赵六\u2005@张三\u2005")
