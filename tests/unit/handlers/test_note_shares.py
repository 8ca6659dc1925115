"""A note's share (the third level of sharing): `分享笔记 3` / `/share note 3` gives a member their own code
(on Telegram their signed link too) for the note's group buy; a friend who joins with it is that member's
at the close, as through a card's share link; the note card counts the members who took one; each
mistake one message, nothing recorded."""

from __future__ import annotations

import pytest

from handlers.sharing import share_payload
from handlers.types import Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.test_referrals import code_in, order_of


@pytest.fixture
def factory() -> FakeUnitOfWorkFactory:
    return FakeUnitOfWorkFactory()


@pytest.fixture
async def room(factory: FakeUnitOfWorkFactory) -> Chat:
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("amy", "种草 #1 芒果很甜")
    return chat


async def _card(room: Chat) -> str:
    return (await room.app.render_card(-1)).text


async def test_a_members_note_share_is_their_code_and_the_card_counts_it(room: Chat) -> None:
    replies = await room.say("bob", "分享笔记 1")
    said = room.shared(replies)  # privately: the group reads only that it was sent (rep69 #8)
    code = code_in(said)
    assert said == (
        f"你分享笔记 #1 的专属码：{code}\n朋友发 +1 {code} 跟「芒果」（#1），算你带来的。"
        "\n芒果（#1）没有设分享佣金：朋友用你的链接或分享码跟团，不给你记佣金；"
        "团长设了分享佣金后（团卡会显示“💰 分享赚”）才有。"  # no rate: sharing it earns nothing
    )
    assert room.cards(replies) == [(-1, False)]
    assert (await _card(room)).endswith("👍 0 · 💬 0 · 🔗 1")
    assert code_in(room.shared(await room.say("bob", "分享 #1"))) == code  # the group buy's own code, reused

    english = room.shared(await room.say("bob", "/share note 1", language="en"))
    plain = code.removeprefix("团")  # English shows it without 团
    assert english == (
        f"Your own code for note #1: {plain}\nA friend who sends +1 {plain} joins 芒果 (#1), brought by you."
        "\n芒果 (#1) pays sharers no commission: friends who join with your link or code earn you nothing, "
        "unless its organiser sets a rate (its card then says 💰 Share and earn)."
    )
    await room.say("cat", "/sharenote #1")
    assert (await _card(room)).endswith("👍 0 · 💬 0 · 🔗 2")  # Bob twice counts once; Cat


async def test_a_friend_joining_with_a_note_share_is_the_sharers_at_the_close(
    room: Chat, factory: FakeUnitOfWorkFactory
) -> None:
    code = code_in(room.shared(await room.say("bob", "分享笔记 1")))
    assert room.said(await room.say("eve", f"+1 {code}")).startswith("Eve 跟团")
    await room.say("amy", "截单")
    assert order_of(factory, "eve").sharer_id == "bob"


async def test_on_telegram_a_note_share_gives_the_signed_link(room: Chat) -> None:
    replies = await room.app.handle(
        Request("telegram", "family", "7", "Bob", text="/share note 1", language="en")
    )
    link = f"https://t.me/tuan_bot?start={share_payload(1, '7', room.app.config.payment_secret)}"
    assert room.shared(replies).startswith(f"Your own link to note #1: {link}\nOr a friend sends: +1 1-")


async def test_each_mistake_gets_one_message_and_records_nothing(room: Chat) -> None:
    await room.say("bob", "种草 没有关联团的随手一记")
    for text, expected in [
        ("分享笔记", "分享哪篇笔记？例如：分享笔记 3，没有任何改动。"),
        ("/share note x", "Share which note? E.g. /share note 3: nothing was changed."),
        # rep87 #11: with this chat's notes, and how to link note 2 or share the group buy
        (
            "分享笔记 9",
            "这里没有笔记 #9（笔记编号是各群连着编的）。这个群的笔记：#1 芒果很甜、#2 没有关联团的随手一记",
        ),
        (
            "分享笔记 2",
            "笔记 #2 没有关联的团，没有可分享的跟团码，没有任何改动。作者可以发“笔记 2 #1”把它关联到团 #1；"
            "要分享团 #1 本身，发“分享 #1”。",
        ),
    ]:
        assert room.said(await room.say("cat", text)) == expected, text
    await room.say("dan", "+1")
    await room.say("amy", "截单")
    closed = room.said(await room.say("cat", "分享笔记 1"))
    assert closed == "团购 #1（芒果）已经结束，不能再分享了。"
    assert (await _card(room)).endswith("👍 0 · 💬 0")
