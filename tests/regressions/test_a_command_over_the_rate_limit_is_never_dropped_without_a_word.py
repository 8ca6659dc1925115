"""Review fe, finding 3: the limit of five commands a minute counted look-ups, so Ivy's `/console`,
`/status #1`, `/list #1`, `/mine`, `/orders` used it up: her `-1` was refused "slow down", and her next
command got no reply at all (Bob's `-1`, Frank's `/mute`, Amy's `/console` the same). A dropped `-1` or
`/paid` is money, and nobody knew. Now look-ups count apart (ten a minute), an organiser's fixes of a
`/groupbuy` are not cut off, and a command over the limit after the "slow down" is told, privately and
in words, what was not done and when to send it again, beside a 😴 on the message and a toast (review
46: a 😴 alone said nothing), while the group reads one "slow down" however long the flood."""

from __future__ import annotations

from handlers.types import ChatKind, Reply, Request
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


class Typed:
    """A group chat whose members' messages carry a message id, as on Telegram and the playground."""

    def __init__(self, **config: object) -> None:
        self.factory = FakeUnitOfWorkFactory()
        self.chat = fake_chat(
            self.factory, clock=FakeClock(), counters=MemorySharedState().counters, **config
        )
        self.sent = 0

    async def say(self, user: str, text: str) -> list[Reply]:
        self.sent += 1
        request = Request(
            platform="test",
            chat_id=self.chat.chat_id,
            user_id=user,
            display_name=user.title(),
            chat_kind=ChatKind.GROUP,
            text=text,
            message_id=str(self.sent),
            chat_title=self.chat.title,
        )
        return await self.chat.app.handle(request)

    @staticmethod
    def in_the_chat(replies: list[Reply]) -> list[str]:
        """What the whole group reads of an answer (cards aside)."""
        return [reply.text for reply in replies if reply.text and not reply.private_to]

    @staticmethod
    def answered(replies: list[Reply]) -> bool:
        """Whether the group reads an answer (a message or a card) that is not "slow down"."""
        shown = [reply for reply in replies if (reply.text or reply.is_card) and not reply.private_to]
        return bool(shown) and not any(
            "slow down" in reply.text or "请慢一点" in reply.text for reply in shown
        )

    def sold(self) -> int:
        return self.factory.state.group_buys[1].sold


async def test_looking_around_does_not_use_up_a_members_leave_and_her_next_command_is_answered() -> None:
    group = Typed(default_language="en")
    await group.say("amy", "/groupbuy Rice price 8 ends 2d")
    await group.say("ivy", "+2")
    assert group.sold() == 2
    for look in ["/console", "/status #1", "/list #1", "/mine", "/orders"]:
        assert group.answered(await group.say("ivy", look)), look

    left = Chat.said(await group.say("ivy", "-1"))
    assert left.startswith("Ivy ") and "slow down" not in left
    assert group.sold() == 1
    assert group.answered(await group.say("ivy", "/earnings"))


async def test_an_organisers_fixes_of_a_groupbuy_and_her_console_are_not_cut_off() -> None:
    group = Typed(default_language="en")
    run = ["/console", "/console", *["/groupbuy Mangoes ends 2d"] * 3]  # refused three times: no price
    run += [
        "/groupbuy Mangoes price 12 ends 2d",
        "/edit #1 price 10",
        "/pickup Gate 3",
        "/status",
        "/console",
    ]
    answers = [await group.say("amy", text) for text in run]
    assert [text for text, replies in zip(run, answers, strict=True) if not group.answered(replies)] == []
    assert Chat.said(answers[2]).startswith("Add a price.")
    assert Chat.said(answers[6]).startswith("Updated Mangoes (#1): price ¥10")
    assert Chat.said(answers[7]).startswith("Pickup for Mangoes (#1)")


async def test_every_command_past_the_slow_down_is_told_it_was_not_done_in_english() -> None:
    group = Typed(default_language="en")
    await group.say("amy", "/groupbuy Rice price 8 ends 2d")
    await group.say("bob", "+3")
    for _ in range(5):
        await group.say("bob", "/pickup Gate 9")  # refused: only the organiser sets the pickup (his +3 apart)

    slowed = group.in_the_chat(await group.say("bob", "/pickup Gate 9"))
    assert len(slowed) == 1 and slowed[0].startswith("Bob, slow down: I take at most 5 commands a minute")
    later = await group.say("bob", "/pickup Gate 9")  # the 7th: not done, Bob is told so, the group is not
    told = "Not done: “/pickup Gate 9”. Too many commands from you this minute; send it again in 60 seconds."
    assert [(reply.private_to, reply.text) for reply in later if reply.text] == [("bob", told)]
    assert later[0].reaction is not None and later[0].reaction.emoji == "😴"
    assert later[0].reaction.message_id == str(group.sent)
    assert later[0].toast == told
    assert group.sold() == 3

    flood = [await group.say("bob", "/pickup Gate 9") for _ in range(50)]  # the group reads nothing more
    assert [text for replies in flood for text in group.in_the_chat(replies)] == []
    assert sum(1 for replies in flood if replies) == 29  # thirty told after the "slow down", then nothing
    assert group.sold() == 3


async def test_every_command_past_the_slow_down_is_told_it_was_not_done_in_chinese() -> None:
    group = Typed(default_language="zh")
    await group.say("amy", "接龙 大米 价格 8 截止 2天")
    await group.say("bob", "+3")
    for look in ["进度", "名单", "我的订单", "我的团", "帮助", "后台"]:  # look-ups: not his five
        assert group.answered(await group.say("bob", look)), look
    for _ in range(5):
        await group.say("bob", "自提 3号门")  # refused: only the organiser sets the pickup

    slowed = group.in_the_chat(await group.say("bob", "自提 3号门"))
    assert slowed == [
        "Bob，请慢一点：群里每人每分钟最多 5 条指令，刚才的“自提 3号门”没有执行。请 60 秒后再试。"
    ]
    [later, words] = await group.say("bob", "自提 3号门")
    told = "没有执行：“自提 3号门”。这一分钟你发的指令太多了，请 60 秒后再发一次。"
    assert (later.text, later.toast, words.private_to, words.text) == ("", told, "bob", told)
    assert later.reaction is not None and later.reaction.emoji == "😴"
    assert group.sold() == 3


async def test_where_toasts_would_be_said_in_the_group_the_note_is_a_private_line() -> None:
    group = Typed(default_language="zh", outbox_toasts=True)  # WeChat: no toasts, no reactions
    await group.say("amy", "接龙 大米 价格 8 截止 2天")
    for _ in range(6):
        await group.say("bob", "候补")
    [later] = await group.say("bob", "候补")
    told = "没有执行：“候补”。这一分钟你发的指令太多了，请 60 秒后再发一次。"
    assert (later.private_to, later.text) == ("bob", told)
    assert later.toast is None and later.reaction is None
