"""The weekly For you's rules (commerce.domain.foryou_weekly): the setting's forms, when a week is due
(that weekday, from its time until midnight, in the chats' timezone), and how several chats' best notes
merge (the order of `/top`, at most three)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from commerce.domain.digest import Ranked
from commerce.domain.foryou_weekly import Weekly, best_notes, due_week, parse_weekly
from commerce.domain.notes import Note

SHANGHAI = ZoneInfo("Asia/Shanghai")
MONDAY_8PM = Weekly(0, time(20))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mon 20:00", MONDAY_8PM),
        ("Monday 20:00", MONDAY_8PM),
        ("  周一 20:00 ", MONDAY_8PM),
        ("fri 8:30", Weekly(4, time(8, 30))),
        ("星期日 07:05", Weekly(6, time(7, 5))),
        ("off", None),
        ("", None),
    ],
)
def test_the_setting_reads_a_weekday_and_a_time_or_off(text: str, expected: Weekly | None) -> None:
    assert parse_weekly(text) == expected


@pytest.mark.parametrize("text", ["20:00", "mon", "someday 20:00", "mon 24:00", "mon 20:60", "mon 2000"])
def test_anything_else_is_refused_with_the_form_it_wants(text: str) -> None:
    with pytest.raises(ValueError, match=r"mon 20:00|no such time"):
        parse_weekly(text)


def test_it_reads_back_as_written() -> None:
    assert str(Weekly(4, time(8, 30))) == "fri 08:30"


def test_a_week_is_due_on_its_day_from_its_time_until_midnight_in_the_chats_timezone() -> None:
    monday = datetime(2026, 11, 23, tzinfo=SHANGHAI)
    assert due_week(monday + timedelta(hours=19, minutes=59), MONDAY_8PM, tz=SHANGHAI) is None
    assert due_week(monday + timedelta(hours=20), MONDAY_8PM, tz=SHANGHAI) == monday.date()
    late = (monday + timedelta(hours=23, minutes=59)).astimezone(UTC)  # still Monday in Shanghai
    assert due_week(late, MONDAY_8PM, tz=SHANGHAI) == monday.date()
    assert due_week(monday + timedelta(days=1, hours=20), MONDAY_8PM, tz=SHANGHAI) is None
    next_monday = monday + timedelta(days=7)
    assert due_week(next_monday + timedelta(hours=21), MONDAY_8PM, tz=SHANGHAI) == next_monday.date()


def _ranked(note_id: int, score: float, *, verified: bool = False, chat: str = "family") -> Ranked:
    at = datetime(2026, 11, 23, tzinfo=UTC) + timedelta(minutes=note_id)
    return Ranked(
        Note(id=note_id, chat_id=chat, author_id="a", author_name="A", text="t", created_at=at),
        score,
        verified,
    )


def test_several_chats_best_notes_merge_in_the_order_of_top_at_most_three() -> None:
    family = [_ranked(1, 9.0, verified=True), _ranked(2, 5.0)]
    work = [_ranked(3, 7.0, chat="work"), _ranked(4, 5.0, chat="work"), _ranked(5, 1.0, chat="work")]
    merged = best_notes([family, work])
    assert [r.note.id for r in merged] == [1, 3, 4]  # verified first, then score, then the newer
    assert best_notes([]) == []
    assert [r.note.id for r in best_notes([family], size=5)] == [1, 2]
