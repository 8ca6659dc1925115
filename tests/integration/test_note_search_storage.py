"""Search (`/search`) and digest mode on SQLite and PostgreSQL: a two-character Chinese word (面膜) and an
English word find their notes, best first (those in the other language below: 芒果 and mangoes, sweet and
超甜), and never a note of another chat; a note is findable from
the transaction that posts it; the evening digest's claim holds once per chat and day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from commerce.services import group_buys
from commerce.services import notes as service
from commerce.services.note_search import search_notes
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, mango_terms, open_buy, post_note

OTHER = "chat-2"


async def _found(factory: SqlUnitOfWorkFactory, words: str, chat: str = CHAT) -> list[int]:
    async with factory() as uow:
        return [hit.note.id or 0 for hit in await search_notes(uow, chat, words, 5)]


async def test_a_two_character_chinese_word_and_an_english_word_find_their_notes_in_this_chat_only(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    mask = await post_note(uow_factory, clock, "bob", "这个面膜好用，补水效果很好")
    mango = await post_note(uow_factory, clock, "cat", "海南芒果超甜，回购三次")
    english = await post_note(uow_factory, clock, "dan", "The Mangoes were SWEET, buying again")
    elsewhere = await post_note(uow_factory, clock, "eve", "别的群：这个面膜也不错 sweet", chat=OTHER)

    assert await _found(uow_factory, "面膜") == [mask.id]
    assert await _found(uow_factory, "芒果") == [mango.id, english.id]  # inside 海南芒果; mangoes below
    assert await _found(uow_factory, "sweet") == [english.id, mango.id]  # case aside; 超甜 below
    assert await _found(uow_factory, "面膜", chat=OTHER) == [elsewhere.id]
    assert await _found(uow_factory, "榴莲") == []


async def test_every_word_first_else_any_the_note_with_more_of_them_ranked_higher(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    both = await post_note(uow_factory, clock, "bob", "补水面膜，敷完很舒服")
    one = await post_note(uow_factory, clock, "cat", "面膜买了三盒")

    assert await _found(uow_factory, "补水 面膜") == [both.id]  # only one note has both
    found = await _found(uow_factory, "补水 面膜 榴莲")  # none has all three: any of them, best first
    assert found == [both.id, one.id]


async def test_a_note_is_found_from_the_transaction_that_posts_it_and_gone_if_that_rolls_back(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        note = await service.post(
            uow,
            chat_id=CHAT,
            author_id="bob",
            author_name="Bob",
            text="榴莲千层好吃",
            photo=None,
            group_buy_id=None,
            now=clock.now(),
            per_day=0,
        )
        assert [hit.note.id for hit in await search_notes(uow, CHAT, "榴莲", 5)] == [note.id]
        await uow.rollback()

    assert await _found(uow_factory, "榴莲") == []


async def test_the_digest_of_a_day_is_claimed_once_and_the_mode_is_kept(
    uow_factory: SqlUnitOfWorkFactory,
) -> None:
    async with uow_factory() as uow:
        assert await uow.digests.mode(CHAT) is None
        assert await uow.digests.claim(CHAT, date(2026, 12, 1))
        assert not await uow.digests.claim(CHAT, date(2026, 12, 1))
        await uow.digests.set_mode(CHAT, True)
        await uow.commit()
    async with uow_factory() as uow:
        assert not await uow.digests.claim(CHAT, date(2026, 12, 1))
        assert not await uow.digests.claim(CHAT, date(2026, 11, 30))
        assert await uow.digests.claim(CHAT, date(2026, 12, 2))
        assert await uow.digests.mode(CHAT) is True
        await uow.digests.set_mode(CHAT, False)
        assert await uow.digests.mode(CHAT) is False
        await uow.commit()


async def test_a_digest_reads_the_notes_of_its_window_with_who_liked_and_commented(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    start = clock.now()
    first = await post_note(uow_factory, clock, "bob", "面膜好用")
    second = await post_note(uow_factory, clock, "cat", "芒果好甜")
    await post_note(uow_factory, clock, "dan", "别的群的笔记", chat=OTHER)
    async with uow_factory() as uow:
        await service.like(uow, note_id=first.id or 0, chat_id=CHAT, member_id="cat", now=clock.now())
        await service.like(uow, note_id=first.id or 0, chat_id=CHAT, member_id="dan", now=clock.now())
        await service.comment(
            uow,
            note_id=first.id or 0,
            chat_id=CHAT,
            author_id="eve",
            author_name="Eve",
            text="同感",
            now=clock.now(),
        )
        await uow.commit()
    clock.advance(seconds=1)

    async with uow_factory() as uow:
        engaged = await uow.digests.engaged(CHAT, since=start, until=clock.now())
        chats = await uow.digests.chats_with_notes(since=start, until=clock.now())
        later = await uow.digests.chats_with_notes(since=clock.now(), until=clock.now())

    assert [(e.note.id, e.likers, e.commenters, e.note.likes) for e in engaged] == [
        (first.id, frozenset({"cat", "dan"}), frozenset({"eve"}), 2),
        (second.id, frozenset(), frozenset(), 0),
    ]
    assert chats == [CHAT, OTHER] and later == []


async def test_the_members_seen_in_a_chat_are_counted(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    async with uow_factory() as uow:
        for user, chat in (("1", CHAT), ("2", CHAT), ("3", OTHER), ("1", CHAT)):
            await uow.members.seen(
                platform="test",
                user_id=user,
                display_name=f"Member {user}",
                username=None,
                language=None,
                chat_id=chat,
                alias=None,
                at=clock.now(),
            )
        await uow.commit()
    async with uow_factory() as uow:
        assert (await uow.digests.members(CHAT), await uow.digests.members(OTHER)) == (2, 1)


async def test_a_quality_phrase_finds_the_notes_saying_it_however_jieba_cut_them(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """`个头大` is one phrase (not 个头 and 大): the note saying it, not one with 个头 and the 大 of 大家;
    `水分足` found in 沃柑汁水分足 (cut 汁水 / 分足), not in a note with 水分 and the 足 of 足球."""
    big = await post_note(uow_factory, clock, "bob", "土鸡蛋个头大，蛋黄很香")
    await post_note(uow_factory, clock, "cat", "个头小，大家都说好")
    juicy = await post_note(uow_factory, clock, "dan", "沃柑汁水分足")
    await post_note(uow_factory, clock, "eve", "周末踢足球，水分补充很重要")

    assert await _found(uow_factory, "个头大") == [big.id]
    assert await _found(uow_factory, "鸡蛋 个头大") == [big.id]
    assert await _found(uow_factory, "水分足") == [juicy.id]


async def test_a_note_saying_the_word_ranks_above_those_found_by_their_group_buys_title(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    """A note is indexed with its group buy's title, so every note on 海南贵妃芒 is found by 贵妃芒: the one
    that says it itself comes first (the others were ranked above it, newest first)."""
    group_buy = await open_buy(uow_factory, clock)
    says = await post_note(uow_factory, clock, "bob", "贵妃芒超甜，回购三次", group_buy_id=group_buy.id)
    fresh = await post_note(uow_factory, clock, "cat", "到货很新鲜", group_buy_id=group_buy.id)
    juicy = await post_note(uow_factory, clock, "eve", "汁水很多", group_buy_id=group_buy.id)

    found = await _found(uow_factory, "贵妃芒")

    assert found[0] == says.id
    assert set(found) == {says.id, fresh.id, juicy.id}
    async with uow_factory() as uow:
        english = await group_buys.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id="amy",
            organiser_name="Amy",
            terms=replace(mango_terms(clock), title="Mangoes"),
            now=clock.now(),
            lang="en",
        )
        await uow.commit()
    sweet = await post_note(uow_factory, clock, "bob", "Sweet mangoes, twice", group_buy_id=english.id)
    await post_note(uow_factory, clock, "cat", "DM me for cheaper ones", group_buy_id=english.id)
    await post_note(uow_factory, clock, "eve", "Arrived fresh and juicy", group_buy_id=english.id)
    assert (await _found(uow_factory, "mangoes"))[0] == sweet.id
