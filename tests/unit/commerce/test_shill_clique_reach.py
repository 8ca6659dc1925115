"""Two fixes bench/community.py asked of the shill signals (commerce.domain.shill):

- a clique is judged by the likes it gives, not by those it receives: a shill campaign that works
  draws honest members' likes too, and that used to hide the clique (its members had to receive 60%
  of their likers from inside as well); which of its notes are liked in lockstep stays the note's test;
- the copy check is remembered between rescorings of the same notes (a like changes no text), and a
  note posted since is compared again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commerce.domain import shill
from commerce.domain.near_duplicates import signature
from commerce.domain.shill import Community, Like, NoteFacts, Reason

AT = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
SHILLS = [f"s{i}" for i in range(5)]
HONEST = [f"h{i}" for i in range(12)]


def note(note_id: int, author: str, text: str, chat: str = "family") -> NoteFacts:
    return NoteFacts(note_id, chat, author, text, signature(text), AT)


def test_a_clique_whose_notes_outsiders_like_too_is_still_a_clique() -> None:
    liked: dict[str, set[str]] = {s: set(SHILLS) - {s} for s in SHILLS}
    for h in HONEST:  # taken in: every honest member liked a shill's note or two
        liked[h] = {"s0", "s1"} if int(h[1:]) % 2 else {"s2", "s3", "s4"}
    received_inside = 5 * 4 / (5 * 4 + sum(len(v) for k, v in liked.items() if k in HONEST))
    assert received_inside < 0.6  # what hid it before

    assert shill.cliques(liked) == [frozenset(SHILLS)]


def test_a_popular_note_of_a_clique_member_is_not_marked_but_the_lockstep_ones_are() -> None:
    notes = [note(i + 1, s, f"第{i}条：{s} 的笔记，说说用了一周的感受") for i, s in enumerate(SHILLS)]
    likes = [Like(n.id, s, AT) for n in notes for s in SHILLS if s != n.author]
    likes += [Like(1, h, AT) for h in HONEST]  # s0's note: most of its likers are outsiders

    scores = shill.score(Community(notes, likes))

    assert Reason.CLIQUE not in scores[1].reasons
    assert all(Reason.CLIQUE in scores[i].reasons for i in range(2, 6))


def test_friends_who_mostly_like_outside_their_group_are_no_clique() -> None:
    friends = ["amy", "bob", "cat"]
    liked = {f: (set(friends) - {f}) | set(HONEST[:6]) for f in friends}  # 2 of 8 inside
    liked |= {h: set(friends) for h in HONEST[6:]}  # and the rest of the chat likes theirs
    liked |= {h: {HONEST[(i + 1) % 6]} for i, h in enumerate(HONEST[:6])}
    assert shill.cliques(liked) == []


def test_copies_are_the_same_when_rescored_and_a_new_copy_is_found() -> None:
    text = "这款面膜补水效果一流，敏感肌也能用，晚上敷完第二天透亮"
    notes = [note(1, "amy", text), note(2, "bob", "芒果很甜，个头大，发货快")]
    first = shill.score(Community(notes))
    assert shill.score(Community(notes)) == first
    assert Reason.COPY not in first[1].reasons

    again = shill.score(Community([*notes, note(3, "sam", text + "！")]))

    assert Reason.COPY not in again[1].reasons and Reason.COPY in again[3].reasons  # 1 is the original
    earlier = NoteFacts(9, "work", "tom", text, signature(text), AT - timedelta(hours=1))
    elsewhere = shill.score(Community(notes, elsewhere=[earlier]))
    assert Reason.COPY in elsewhere[1].reasons
