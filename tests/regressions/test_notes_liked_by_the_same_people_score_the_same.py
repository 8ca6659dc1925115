"""Session 10: the digest's score added each liker's trust in the order a set yields its members; two
notes liked by the same people could score a hair apart (0.1 + 0.2 + 0.3 is not 0.3 + 0.2 + 0.1 in
floating point), and a like that changed nothing swapped which of them was listed (a hypothesis test
found it: `test_another_like_never_drops_a_listed_note`). The trust is summed exactly now."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from commerce.domain.digest import Engaged, score, top
from commerce.domain.notes import Note

TRUST = {"amy": 0.1, "bob": 0.2, "cat": 0.3}


def _note(note_id: int) -> Note:
    return Note(id=note_id, chat_id="chat", author_id="dan", author_name="Dan", text=f"note {note_id}",
                created_at=datetime(2026, 11, 23, tzinfo=UTC))  # fmt: skip


def test_the_order_likers_come_in_never_changes_a_notes_score() -> None:
    forward = Engaged(_note(1), likers=cast(frozenset[str], ("amy", "bob", "cat")))
    backward = Engaged(_note(2), likers=cast(frozenset[str], ("cat", "bob", "amy")))

    assert score(forward, TRUST) == score(backward, TRUST) == 0.6


def test_two_notes_liked_alike_keep_their_places_whatever_the_order() -> None:
    older = Engaged(_note(1), likers=cast(frozenset[str], ("cat", "bob", "amy")))
    newer = Engaged(_note(2), likers=cast(frozenset[str], ("amy", "bob", "cat")))

    listed = top([older, newer], trust=TRUST, verified=(), excluded=(), size=1)

    assert [r.note.id for r in listed] == [2]  # equal scores: the newer first (ids break the tie)
