"""For you on storage (SQLite and PostgreSQL): the purchases of a member's chats (paid orders and lines of
group buys still collecting; cancelled ones and other chats left out), a friend's verified note, and
turning it off and on, told once."""

from __future__ import annotations

from datetime import datetime

from commerce.domain import titles
from commerce.domain.member import identity
from commerce.domain.notes import Note
from commerce.domain.recommend import Purchase
from commerce.services import recommend
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, bought_then_again, join, open_buy, outcome

MANGO = titles.product("海南贵妃芒 5斤")


async def _seen(factory: SqlUnitOfWorkFactory, user: str, chat: str, at: datetime) -> None:
    async with factory() as uow:
        await uow.members.seen(
            platform="test",
            user_id=user,
            display_name=user.title(),
            username=None,
            language=None,
            chat_id=chat,
            alias=None,
            at=at,
        )
        await uow.commit()


async def test_picks_read_the_members_chats_only(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    again = await bought_then_again(uow_factory, clock)  # #1 closed, Cat paid; #2 the same mangoes
    assert again.id == 2
    await join(uow_factory, clock, "bob", 1, group_buy_id=2)
    await join(uow_factory, clock, "bob", 1, group_buy_id=2, friend="小王")  # Bob's friend: still Bob
    elsewhere = await open_buy(uow_factory, clock, chat_id="other-chat")
    # Cat and Bob bought in the group (seen there): For you counts only members of the pick's group
    for user, chat in (("dan", CHAT), ("bob", CHAT), ("cat", CHAT), ("eve", "other-chat")):
        await _seen(uow_factory, user, chat, clock.now())
    async with uow_factory() as uow:
        await uow.notes.add(Note(None, CHAT, "cat", "Cat", "超甜", clock.now(), group_buy_id=2))
        await uow.notes.add(
            Note(None, "other-chat", "eve", "Eve", "一般", clock.now(), group_buy_id=elsewhere.id)
        )
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.recommend.purchases({CHAT}) == [
            Purchase("cat", 1, MANGO),  # an order of #1
            Purchase("bob", 2, MANGO, ordered=False),  # on #2's list, still collecting
        ]
        notes = await uow.recommend.notes_about({CHAT}, limit=10)
        assert [(note.author_name, title) for note, title in notes] == [("Cat", "海南贵妃芒 5斤")]
        picks = await recommend.for_member(uow, platform="test", user_id="dan", now=clock.now())
        mine = await recommend.for_member(uow, platform="test", user_id="bob", now=clock.now())
    assert picks is not None and mine == []  # Bob joined #2; the other chat's is not his
    assert [
        (p.candidate.group_buy_id, p.buyers, p.joined, p.note and (p.note.author_name, p.note.verified))
        for p in picks
    ] == [(2, 1, 1, ("Cat", True))]  # Cat bought, Bob is on the list


async def test_off_and_on_are_written_once(uow_factory: SqlUnitOfWorkFactory, clock: FakeClock) -> None:
    async def turn(off: bool) -> str:
        async with uow_factory() as uow:
            await recommend.turn(uow, platform="test", user_id="dan", off=off, now=clock.now())
            await uow.commit()
        return "ok"

    assert [await outcome(turn(off)) for off in (True, True)] == ["ok", "foryou_already_off"]
    async with uow_factory() as uow:
        assert await uow.recommend.is_off(identity("test", "dan"))
        assert await recommend.for_member(uow, platform="test", user_id="dan", now=clock.now()) is None
    assert [await outcome(turn(off)) for off in (False, False)] == ["ok", "foryou_already_on"]
    async with uow_factory() as uow:
        assert not await uow.recommend.is_off(identity("test", "dan"))
