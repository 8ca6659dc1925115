"""Session 30: since s29 a typed `/share` in a Telegram group sends the link privately, but on WeChat and
in the playground `分享` still posted her personal code in the group. Now it goes to her privately there
too and the group reads one short line, as on Telegram; on WeChat a member who is not the bot's friend
(it cannot write to her) is asked in the room to add the bot as a friend and send it again, her code
never posted there (session 31). In Chinese and English."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import cast

import pytest

from bot.wechat.adapter import NameBook, WeChatAdapter
from bot.wechat.choices import Choices
from bot.wechat.outbox import Outbox, OutboxPolicy
from bot.wechat.translate import PLATFORM, Incoming
from commerce.ports import UnitOfWorkFactory
from handlers.app import ChatApp
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.bot.playground_api import playground_api, said_in

ROOM = "r@chatroom"
CODE = re.compile(r"团?1-[2-9A-HJKMNP-Z]{4}")
SAID = {
    "zh": ("接龙 芒果 价格 88", "佣金 10%", "分享"),
    "en": ("/groupbuy Mangoes price 88", "/commission 10%", "/share"),
}
NOTE = {
    "zh": "{name}，你的分享码已私信发给你。",
    "en": "{name}, I've sent you your share code in a private message.",
}
IN_ROOM = {  # WeChat @-mentions her: her name is left out
    "zh": "你的分享码已私信发给你。",
    "en": "I've sent you your share code in a private message.",
}
SENT = {"zh": "你的芒果（#1）分享码：", "en": "Your share code for Mangoes (#1): "}
NOT_FRIENDS = {
    "zh": "我还不能私信你，分享码没有发出去：请先加我为好友，再发一次“分享”。",
    "en": "I can't message you privately, so your share code was not sent: add me as a friend first,"
    " then send /share again.",
}


class WeChat:
    """A room and private chats in front of a ChatApp on the fakes; `strangers` are not the bot's friends."""

    def __init__(self, strangers: Sequence[str] = ()) -> None:
        clock = FakeClock()
        app = ChatApp(
            uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()),
            clock=clock,
            values=MemorySharedState().values,
        )
        choices = Choices()
        policy = OutboxPolicy(card_interval=timedelta(seconds=0), quiet_hours=None)
        outbox = Outbox(
            transport=self,
            render_card=partial(app.render_card, platform=PLATFORM),
            now=clock.now,
            policy=policy,
            choices=choices,
        )

        async def reachable(member: str) -> bool:
            return member not in strangers

        self.adapter = WeChatAdapter(
            app=app, outbox=outbox, choices=choices, names=NameBook(), now=clock.now, reachable=reachable
        )
        self.adapter.logged_in("wxid_bot")
        self.sent: list[tuple[str, str]] = []
        self.count = 0

    async def send_text(self, conversation_id: str, text: str, mention_ids: Sequence[str]) -> None:
        self.sent.append((conversation_id, text))

    async def send_photo(self, conversation_id: str, photo: str) -> None:
        self.sent.append((conversation_id, f"[image {photo}]"))

    async def say(self, member: str, text: str) -> list[tuple[str, str]]:
        """`member` says `text` in the room: what the bot sent for it, by conversation."""
        self.count += 1
        before = len(self.sent)
        incoming = Incoming(f"m{self.count}", f"wxid_{member}", member, text, room_id=ROOM)
        await self.adapter.on_message(incoming)
        return self.sent[before:]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_typed_share_in_a_wechat_room_sends_the_code_privately(lang: str) -> None:
    wechat = WeChat(strangers=["wxid_Cara"])
    opening, rate, share = SAID[lang]
    await wechat.say("Olivia", f"/lang {lang}")
    await wechat.say("Olivia", opening)
    await wechat.say("Olivia", rate)

    sent = await wechat.say("Mia", share)
    in_room = [text for where, text in sent if where == ROOM]
    assert in_room == [IN_ROOM[lang]], in_room  # one short line, no code
    private = [text for where, text in sent if where == "wxid_Mia"]
    assert len(private) == 1 and private[0].startswith(SENT[lang]) and CODE.search(private[0]), private
    assert "10%" in private[0], private

    sent = await wechat.say("Cara", share)  # not the bot's friend: asked to add the bot, no code anywhere
    assert sent == [(ROOM, NOT_FRIENDS[lang])], sent


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_typed_share_in_a_playground_group_sends_the_code_privately(
    lang: str, tmp_path: Path
) -> None:
    opening, rate, share = SAID[lang]
    async with playground_api(tmp_path) as api:
        await api.say("family", "olivia", f"/lang {lang}")
        await api.say("family", "olivia", opening)
        await api.say("family", "olivia", rate)

        answer = await api.say("family", "mia", share)

        assert said_in(answer, "family") == [NOTE[lang].format(name="Mia")]
        [private] = said_in(answer, "mia")
        assert private.startswith(SENT[lang]) and CODE.search(private) and "10%" in private, private
        group = [m["text"] for m in await api.messages("family")]
        assert not any(CODE.search(text) for text in group), group  # no personal code in the group
