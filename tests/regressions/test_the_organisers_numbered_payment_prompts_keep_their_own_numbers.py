"""Two buyers report `我已付款`; the organiser gets two private prompts on WeChat. Each prompt's
numbers are its own (`回复 1 … 2 …` for #1-1, `3 … 4 …` for #1-2), an answered prompt is closed (its
number again answers nothing), and the answer says once that the order is paid. Before, both said
`回复 1 …，2 …`: a bare number always went to the newest prompt, so `2` then `1` first rejected #1-2
then marked it paid, #1-1 could no longer be answered by number, and each answer repeated itself
(`…已标记为已付款。\n\n订单 #1-2 已标记为已付款`). The buyer is told the organiser's name as the group
knows it (王五), not his WeChat account name the private chat shows (`Wang Wu`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import cast

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory

ROOM = "grapes@chatroom"
WANG, LI, ZHANG = "wxid_wang", "wxid_li", "wxid_zhang"


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text))

    def to(self, conversation: str) -> list[str]:
        return [text for chat, text in self.sent if chat == conversation]


class World:
    def __init__(self) -> None:
        self.clock = FakeClock()
        app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=self.clock)
        self.recorder, choices = Recorder(), Choices()
        policy = OutboxPolicy(quiet_hours=None)
        outbox = Outbox(
            transport=self.recorder,
            render_card=app.render_card,
            now=self.clock.now,
            policy=policy,
            choices=choices,
        )
        self.adapter = WeChatAdapter(
            app=app, outbox=outbox, choices=choices, names=NameBook(), now=self.clock.now
        )
        self.adapter.logged_in("wxid_bot")
        self.n = 0

    async def say(self, member: str, name: str, text: str, *, private: bool = False) -> None:
        """In the room a member's name is their room alias (群昵称); in private, their account name."""
        self.n += 1
        room, alias = (None, None) if private else (ROOM, name)
        incoming = Incoming(f"m{self.n}", member, name, text, room_id=room, talker_alias=alias)
        await self.adapter.on_message(incoming)
        self.clock.advance(seconds=5)


async def _two_reports() -> World:
    world = World()
    await world.say(WANG, "王五", "接龙 阳光玫瑰 价格 45 成团 2")
    await world.say(LI, "李四", "+1")
    await world.say(ZHANG, "张三", "+1")
    await world.say(WANG, "王五", "截单")
    await world.say(LI, "李四", "我已付款")
    await world.say(ZHANG, "张三", "我已付款")
    return world


async def test_each_pending_payment_prompt_has_numbers_of_its_own() -> None:
    world = await _two_reports()

    prompts = [text for text in world.recorder.to(WANG) if "说已付款" in text]
    assert [p.splitlines()[-1] for p in prompts] == [
        "回复 1 ✅ 已收到 ¥45，2 ✖ 未收到",  # #1-1 (李四)
        "回复 3 ✅ 已收到 ¥45，4 ✖ 未收到",  # #1-2 (张三)
    ]
    assert "#1-1" in prompts[0] and "#1-2" in prompts[1]


async def test_a_number_answers_its_own_prompt_once() -> None:
    world = await _two_reports()
    before = len(world.recorder.sent)

    await world.say(WANG, "Wang Wu", "2", private=True)  # #1-1: not received
    await world.say(WANG, "Wang Wu", "1", private=True)  # #1-1 again: answered already, not #1-2
    await world.say(WANG, "Wang Wu", "3", private=True)  # #1-2: received

    said = world.recorder.sent[before:]
    to_li = [text for chat, text in said if chat == LI]
    to_zhang = [text for chat, text in said if chat == ZHANG]
    assert len(to_li) == 1 and "还没有收到你订单 #1-1" in to_li[0]
    assert len(to_zhang) == 1
    assert to_zhang[0].startswith("王五 已确认收到你订单 #1-2")  # the group's name for him, not `Wang Wu`
    to_wang = [text for chat, text in said if chat == WANG]
    assert to_wang[0] == "订单 #1-1（李四，¥45）改回未付款，已告诉对方还没收到付款。"
    assert [text for text in to_wang if "#1-2" in text] == ["订单 #1-2（张三，¥45）已标记为已付款。"]
    assert to_wang[-1] == "订单 #1-2（张三，¥45）已标记为已付款。"  # said once


async def test_a_confirmation_typed_in_private_names_the_organiser_as_the_group_knows_him() -> None:
    world = await _two_reports()

    await world.say(WANG, "Wang Wu", "已收 1-1", private=True)

    to_li = world.recorder.to(LI)
    assert to_li[-1].startswith("王五 已确认收到你订单 #1-1")
