"""Digest mode's rules (commerce.domain.digest) and search's excerpt (commerce.domain.note_search): which
notes a digest lists and in what order, when it is due and which notes it covers."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.digest import Engaged, due_day, in_digest_mode, score, top, window
from commerce.domain.errors import DomainError
from commerce.domain.note_search import excerpt, query_text
from commerce.domain.notes import Note

SHANGHAI = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
MEMBERS = ["amy", "bob", "cat", "dan", "eve", "fay"]


def note(note_id: int, author: str = "bob", minutes: int = 0) -> Note:
    return Note(
        note_id, "chat", author, author.title(), f"note {note_id}", START + timedelta(minutes=minutes)
    )


def test_likes_and_comments_weigh_each_other_members_trust_and_the_authors_own_nothing() -> None:
    engaged = Engaged(note(1, "bob"), likers=frozenset({"amy", "cat", "bob"}), commenters=frozenset({"dan"}))
    assert score(engaged, {"amy": 3.0}) == 3.0 + 1.0 + 1.0  # Cat and Dan weigh a newcomer's 1; Bob nothing


def test_verified_notes_come_first_then_by_engagement_then_the_newer() -> None:
    plain_liked = Engaged(note(1, minutes=1), likers=frozenset({"amy", "cat"}))
    verified = Engaged(note(2, minutes=2))
    older, newer = Engaged(note(3, minutes=3)), Engaged(note(4, minutes=4))

    ranked = top([plain_liked, verified, older, newer], trust={}, verified={2}, excluded=set(), size=3)

    assert [r.note.id for r in ranked] == [2, 1, 4]
    assert [r.verified for r in ranked] == [True, False, False]


def test_one_trusted_like_outweighs_two_from_newcomers() -> None:
    trusted = Engaged(note(1), likers=frozenset({"amy"}))
    two = Engaged(note(2), likers=frozenset({"cat", "dan"}))
    assert [r.note.id for r in top([two, trusted], trust={"amy": 2.5}, verified=(), excluded=(), size=5)] == [
        1,
        2,
    ]


def test_a_busy_chat_is_in_digest_mode_unless_it_said_otherwise() -> None:
    assert not in_digest_mode(None, 30) and in_digest_mode(None, 31)
    assert in_digest_mode(True, 2) and not in_digest_mode(False, 500)


def test_the_digest_is_due_from_its_time_until_midnight_and_covers_the_day_since_the_last_one() -> None:
    at = time(20, 0)
    assert due_day(datetime(2026, 11, 23, 11, 59, tzinfo=UTC), at=at, tz=SHANGHAI) is None  # 19:59 there
    assert due_day(datetime(2026, 11, 23, 12, 0, tzinfo=UTC), at=at, tz=SHANGHAI) == date(2026, 11, 23)
    assert due_day(datetime(2026, 11, 23, 15, 59, tzinfo=UTC), at=at, tz=SHANGHAI) == date(2026, 11, 23)
    assert due_day(datetime(2026, 11, 23, 16, 0, tzinfo=UTC), at=at, tz=SHANGHAI) is None  # midnight there
    since, until = window(date(2026, 11, 23), at=at, tz=SHANGHAI)
    assert (since, until) == (datetime(2026, 11, 22, 12, tzinfo=UTC), datetime(2026, 11, 23, 12, tzinfo=UTC))


def test_an_excerpt_shows_the_words_around_the_first_found() -> None:
    text = (
        "开头说了很多很多很多很多很多很多很多的废话，然后才说到这个面膜真的好用，补水一流，还有很多很多后话"
    )
    assert (
        excerpt(text, ("面膜",), width=16) == "…，然后才说到这个面膜真的好用，补…"
    )  # 8 characters before it
    assert excerpt("短的笔记", ("面膜",)) == "短的笔记"
    assert excerpt("Line one\nline TWO", ("two",), width=40) == "Line one line TWO"
    with pytest.raises(DomainError) as usage:
        query_text("？！")
    assert usage.value.code == "search_usage"
    with pytest.raises(DomainError) as long:
        query_text("x" * 51)
    assert (long.value.code, long.value.params) == ("search_too_long", {"limit": 50, "length": 51})


engagements = st.lists(
    st.tuples(
        st.sampled_from(MEMBERS),  # author
        st.frozensets(st.sampled_from(MEMBERS)),  # likers
        st.frozensets(st.sampled_from(MEMBERS)),  # commenters
        st.integers(0, 600),  # minutes after START
    ),
    min_size=0,
    max_size=12,
)


def _engaged(drawn: list[tuple[str, frozenset[str], frozenset[str], int]]) -> list[Engaged]:
    return [
        Engaged(note(i, author, minutes), likers, commenters)
        for i, (author, likers, commenters, minutes) in enumerate(drawn, start=1)
    ]


@settings(max_examples=200, deadline=None)
@given(
    drawn=engagements,
    trust=st.dictionaries(st.sampled_from(MEMBERS), st.floats(1.0, 10.0)),
    verified=st.sets(st.integers(1, 12)),
    excluded=st.sets(st.integers(1, 12)),
    size=st.integers(1, 6),
)
def test_a_digest_is_the_best_notes_verified_first_never_an_excluded_one(
    drawn: list[tuple[str, frozenset[str], frozenset[str], int]],
    trust: dict[str, float],
    verified: set[int],
    excluded: set[int],
    size: int,
) -> None:
    engaged = _engaged(drawn)
    ranked = top(engaged, trust=trust, verified=verified, excluded=excluded, size=size)

    eligible = [e for e in engaged if e.note.id not in excluded]
    assert len(ranked) == min(size, len(eligible))
    assert not {r.note.id for r in ranked} & excluded
    flags = [r.verified for r in ranked]
    assert flags == sorted(flags, reverse=True)  # every verified note before any other
    for first, second in itertools.pairwise(ranked):
        if first.verified == second.verified:
            assert first.score >= second.score
    left_out = [e for e in eligible if e.note.id not in {r.note.id for r in ranked}]
    if ranked and left_out:  # nothing left out beats the last one listed
        last = ranked[-1]
        for e in left_out:
            assert (e.note.id in verified, score(e, trust)) <= (last.verified, last.score)


@settings(max_examples=200, deadline=None)
@given(
    drawn=engagements.filter(bool),
    trust=st.dictionaries(st.sampled_from(MEMBERS), st.floats(1.0, 10.0)),
    pick=st.integers(0, 11),
    liker=st.sampled_from(MEMBERS),
    size=st.integers(1, 6),
)
def test_another_like_never_drops_a_listed_note(
    drawn: list[tuple[str, frozenset[str], frozenset[str], int]],
    trust: dict[str, float],
    pick: int,
    liker: str,
    size: int,
) -> None:
    engaged = _engaged(drawn)
    chosen = engaged[pick % len(engaged)]
    before = {r.note.id for r in top(engaged, trust=trust, verified=(), excluded=(), size=size)}
    liked = replace(chosen, likers=chosen.likers | {liker})
    after = top(
        [liked if e is chosen else e for e in engaged], trust=trust, verified=(), excluded=(), size=size
    )
    if chosen.note.id in before:
        assert chosen.note.id in {r.note.id for r in after}
