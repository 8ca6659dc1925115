"""Shill flags and moderation on SQLite and PostgreSQL (migration 0026): a note's MinHash is stored with
it; a clique's gushing notes are flagged by the rescoring of their likes and left out of digests, the
others not; hiding and clearing survive later rescorings; a mute sent twice at once makes one; and the
rescoring reads the chat's notes, likes, linked group buys and the authors' notes in other chats."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from commerce.domain.near_duplicates import Signature, signature
from commerce.domain.notes import Note
from commerce.domain.shill import WINDOW, Reason
from commerce.services import moderation
from commerce.services import notes as service
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, open_buy, post_note

SHILLS = ("s0", "s1", "s2")
SAID = ("补水效果一流，敏感肌也能用", "质地清爽不黏，晚上敷完第二天透亮", "包装精致，送人也体面")


async def _like(factory: SqlUnitOfWorkFactory, clock: FakeClock, note_id: int, member: str) -> None:
    async with factory() as uow:
        await service.like(uow, note_id=note_id, chat_id=CHAT, member_id=member, now=clock.now())
        await uow.commit()


async def _shilled(factory: SqlUnitOfWorkFactory, clock: FakeClock) -> list[Note]:
    group_buy = await open_buy(factory, clock)
    posted = [
        await post_note(
            factory,
            clock,
            shill,
            f"绝了！！！闭眼入 yyds 🔥 {said}",
            per_day=5,
            advance=False,
            group_buy_id=group_buy.id,
        )
        for shill, said in zip(SHILLS, SAID, strict=True)
    ]
    posted.append(
        await post_note(
            factory,
            clock,
            "bob",
            "用了一周，还不错，就是味道有点重",
            per_day=5,
            advance=False,
            group_buy_id=group_buy.id,
        )
    )
    for note in posted[:3]:
        for liker in SHILLS:
            if liker != note.author_id:
                await _like(factory, clock, note.id or 0, liker)
    await _like(factory, clock, posted[3].id or 0, "cat")
    return posted


async def test_the_signature_is_stored_and_the_clique_is_flagged_and_left_out_of_digests(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    posted = await _shilled(uow_factory, clock)
    ids = [note.id or 0 for note in posted]

    async with uow_factory() as uow:
        stored = await uow.notes.get(ids[0])
        flags = await uow.moderation.flags(CHAT)
        excluded = await uow.moderation.excluded_from_digest(CHAT)
        elsewhere = await uow.moderation.excluded_from_digest("chat-2")
        flagged_chats = await uow.moderation.flagged_chats()  # a bot admin's private queue reads it (s40)
    assert flagged_chats == {CHAT}
    assert stored is not None and Signature.decode(stored.signature) == signature(stored.text)
    assert sorted(flags) == ids[:3] and excluded == set(ids[:3]) and elsewhere == set()
    assert flags[ids[0]].reasons == (Reason.UNBOUGHT, Reason.CLIQUE, Reason.SINGLE)
    assert flags[ids[0]].score == 0.8 and flags[ids[0]].unverified


async def test_hiding_and_clearing_survive_rescoring_and_a_rescoring_rewrites_nothing_unchanged(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    posted = await _shilled(uow_factory, clock)
    first, second = posted[0].id or 0, posted[1].id or 0
    async with uow_factory() as uow:
        await moderation.hide(uow, note_id=first, chat_id=CHAT, by="eve", why="广告", now=clock.now())
        await moderation.unhide(uow, note_id=second, chat_id=CHAT, now=clock.now())
        await uow.commit()

    await _like(uow_factory, clock, posted[2].id or 0, "dan")  # a rescoring
    async with uow_factory() as uow:
        hidden, cleared = await uow.moderation.flag(first), await uow.moderation.flag(second)
        excluded = await uow.moderation.excluded_from_digest(CHAT)
        queue = await moderation.queue(uow, CHAT)
        await moderation.hide(uow, note_id=posted[2].id or 0, chat_id=CHAT, by="eve", why="", now=clock.now())
        decided = await uow.moderation.flagged_chats()  # each flag decided: no chat waits (s40)
    assert decided == set()
    assert hidden is not None and hidden.hidden and hidden.why == "广告" and hidden.hidden_by == "eve"
    assert cleared is not None and cleared.cleared and not cleared.hidden and not cleared.unverified
    assert excluded == {first, posted[2].id}
    assert [item.note.id for item in queue] == [posted[2].id]


async def test_a_mute_sent_twice_at_once_makes_one(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async def mute() -> bool:
        async with uow_factory() as uow:
            done = await moderation.mute(
                uow, chat_id=CHAT, member_id="s0", by="eve", why="发广告", now=clock.now()
            )
            await asyncio.sleep(0.1)
            await uow.commit()
        return done

    outcomes = await asyncio.gather(mute(), mute())

    assert sorted(outcomes) == [False, True]
    async with uow_factory() as uow:
        assert await uow.moderation.muted(CHAT, "s0") == "发广告"
        assert await uow.moderation.muted(CHAT, "bob") is None
        assert await uow.moderation.mutes(CHAT) == ["s0"]
        assert await moderation.unmute(uow, chat_id=CHAT, member_id="s0")
        assert not await moderation.unmute(uow, chat_id=CHAT, member_id="s0")
        await uow.commit()
    async with uow_factory() as uow:
        assert await uow.moderation.muted(CHAT, "s0") is None


async def test_the_rescoring_reads_notes_likes_group_buys_and_the_authors_notes_elsewhere(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    posted = await _shilled(uow_factory, clock)
    away = await post_note(
        uow_factory, clock, "bob", "隔壁群的水果店也不错", per_day=5, advance=False, chat="chat-2"
    )
    await post_note(uow_factory, clock, "zed", "和本群无关的作者", per_day=5, advance=False, chat="chat-2")

    async with uow_factory() as uow:
        community = await uow.moderation.community(CHAT, since=clock.now() - WINDOW)
        later = await uow.moderation.community(CHAT, since=clock.now() + timedelta(minutes=1))
    assert [note.id for note in community.notes] == [note.id for note in posted]
    assert len(community.likes) == 7 and {like.at for like in community.likes} == {clock.now()}
    [linked] = community.group_buys.values()
    assert linked.organiser == ORGANISER and linked.opened_at == clock.now() and linked.sellers == frozenset()
    assert [note.id for note in community.elsewhere] == [away.id]
    assert later.notes == ()


async def test_a_members_reports_of_a_note_are_kept_once_each_and_queue_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    note = await post_note(uow_factory, clock, "sam", "我家的芒果更好，想要的来找我", per_day=5)

    async def report(member: str, why: str) -> bool:
        async with uow_factory() as uow:
            done = await moderation.report(
                uow,
                note_id=note.id or 0,
                chat_id=CHAT,
                member=member,
                name=member.title(),
                why=why,
                now=clock.now(),
            )
            await asyncio.sleep(0.1)
            await uow.commit()
        return done

    assert sorted(await asyncio.gather(report("kim", "广告"), report("kim", "广告"))) == [False, True]
    assert await report("hu", "")
    async with uow_factory() as uow:
        reports = (await uow.moderation.reports(CHAT))[note.id or 0]
        assert [(r.member_id, r.member_name, r.why) for r in reports] == [
            ("kim", "Kim", "广告"),
            ("hu", "Hu", ""),
        ]
        assert await uow.moderation.reported_chats() == {CHAT}  # the console's queue reads it
        [queued] = await moderation.queue(uow, CHAT)
        assert queued.note.id == note.id and len(queued.reports) == 2
        await moderation.unhide(uow, note_id=note.id or 0, chat_id=CHAT, now=clock.now())
        assert await moderation.queue(uow, CHAT) == []
        await uow.commit()
