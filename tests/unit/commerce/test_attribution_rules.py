"""The attribution rule (commerce.domain.attribution), each part of it, and share codes' form."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from commerce.domain.attribution import sharer_of, sharers
from commerce.domain.share_codes import ALPHABET, CODE_CHARS, ShareCode, derive, find
from commerce.domain.sharing import ShareVisit

T0 = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
CLOSE = T0 + timedelta(days=3)


def visit(sharer: str, visitor: str = "eve", *, hours: float = 0) -> ShareVisit:
    return ShareVisit(1, sharer, visitor, T0 + timedelta(hours=hours))


def test_the_last_link_opened_before_the_order_wins() -> None:
    visits = [visit("bob"), visit("cat", hours=2), visit("dan", hours=100)]  # Dan's after the order
    assert sharer_of("eve", joined_at=T0 + timedelta(hours=3), visits=visits, ordered_at=CLOSE) == "cat"


def test_only_within_the_window() -> None:
    visits = [visit("bob", hours=-200), visit("cat", hours=-(7 * 24 + 1) + 72)]  # cat: 7 days 1 hour
    assert sharer_of("eve", joined_at=None, visits=visits, ordered_at=CLOSE) is None
    assert (
        sharer_of("eve", joined_at=None, visits=visits, ordered_at=CLOSE, window=timedelta(days=8)) == "cat"
    )


def test_on_the_list_before_any_link_is_nobodys() -> None:
    visits = [visit("bob", hours=5)]
    assert sharer_of("eve", joined_at=T0, visits=visits, ordered_at=CLOSE) is None
    assert (
        sharer_of("eve", joined_at=T0 + timedelta(hours=5), visits=visits, ordered_at=CLOSE) == "bob"
    )  # `+1 团1-…`


def test_self_visits_and_others_visits_count_for_nothing() -> None:
    visits = [visit("eve", "eve", hours=1), visit("bob", "dan", hours=2)]
    assert sharer_of("eve", joined_at=None, visits=visits, ordered_at=CLOSE) is None


def test_of_two_at_the_same_moment_the_one_recorded_last() -> None:
    visits = [visit("bob", hours=1), visit("cat", hours=1)]
    assert sharer_of("eve", joined_at=None, visits=visits, ordered_at=CLOSE) == "cat"


def test_a_batch_attributes_each_buyer_by_their_own_visits() -> None:
    visits = [visit("bob", "eve"), visit("cat", "dan"), visit("bob", "fay", hours=10)]
    joined = {"eve": T0 + timedelta(hours=1), "dan": T0 - timedelta(hours=1), "fay": None, "gus": None}
    assert sharers(joined, visits, ordered_at=CLOSE) == {"eve": "bob", "fay": "bob"}


def test_the_organisers_own_order_is_nobodys() -> None:
    visits = [visit("bob", "amy", hours=1), visit("bob", "eve", hours=1)]
    joined = {"amy": T0 + timedelta(hours=2), "eve": T0 + timedelta(hours=2)}
    assert sharers(joined, visits, ordered_at=CLOSE, organiser="amy") == {"eve": "bob"}


members = st.sampled_from(["amy", "bob", "cat", "dan", "eve"])
visits_strategy = st.lists(
    st.builds(
        ShareVisit,
        group_buy_id=st.just(1),
        sharer_id=members,
        visitor_id=members,
        at=st.integers(min_value=-400, max_value=400).map(lambda h: CLOSE + timedelta(hours=h)),
    ),
    max_size=12,
)


@given(
    visits=visits_strategy,
    buyer=members,
    joined=st.none() | st.integers(min_value=-400, max_value=0).map(lambda h: CLOSE + timedelta(hours=h)),
    days=st.integers(min_value=0, max_value=20),
)
def test_the_sharer_is_always_the_last_eligible_opener_and_never_the_buyer(
    visits: list[ShareVisit], buyer: str, joined: datetime | None, days: int
) -> None:
    window = timedelta(days=days)
    found = sharer_of(buyer, joined_at=joined, visits=visits, ordered_at=CLOSE, window=window)
    decided = CLOSE if joined is None else min(joined, CLOSE)  # the join decides, else the order
    opened = [v for v in visits if v.visitor_id == buyer and v.sharer_id != buyer and v.at <= decided]
    eligible = [v for v in opened if v.at >= decided - window]
    if found is None:
        assert not eligible
        return
    assert found != buyer
    latest = max(v.at for v in eligible)
    assert found == [v for v in eligible if v.at == latest][-1].sharer_id
    assert sharers({buyer: joined}, visits, ordered_at=CLOSE, window=window) == {buyer: found}


def test_a_join_made_with_a_code_counts_however_long_the_group_buy_runs() -> None:
    visits = [visit("eve", "fay", hours=0)]  # `+1 团3-…` on day 0; the close 9 days later
    assert sharer_of("fay", joined_at=T0, visits=visits, ordered_at=T0 + timedelta(days=9)) == "eve"
    opened_long_before = [visit("eve", "fay", hours=-(8 * 24))]  # opened 8 days before joining
    assert sharer_of("fay", joined_at=T0, visits=opened_long_before, ordered_at=CLOSE) is None


def test_a_card_looked_at_after_joining_changes_nothing() -> None:
    visits = [visit("lin", "rita", hours=0), visit("cat", "rita", hours=1)]  # joined with Lin's, then Cat's
    assert sharer_of("rita", joined_at=T0, visits=visits, ordered_at=CLOSE) == "lin"


@given(group_buy_id=st.integers(min_value=1, max_value=10**12 - 1), member=st.text(min_size=1, max_size=40))
def test_a_code_is_short_typable_signed_and_read_back(group_buy_id: int, member: str) -> None:
    code = derive(group_buy_id, member, "secret")
    assert len(code.code) == CODE_CHARS and set(code.code) <= set(ALPHABET)
    assert derive(group_buy_id, member, "secret") == code  # the same member, the same code
    assert find(code.label) == (code, "")
    assert find(f"+2 {code.label.lower()} 3号楼") == (code, "+2 3号楼")


def test_codes_differ_by_member_secret_and_attempt() -> None:
    codes = {derive(12, f"m{n}", "secret").code for n in range(200)}
    assert len(codes) > 190  # about 923,521 codes: few collisions (those take the next attempt)
    assert derive(12, "bob", "secret") != derive(12, "bob", "other")
    assert derive(12, "bob", "secret") != derive(12, "bob", "secret", attempt=1)
    assert ShareCode(12, "K7QM").label == "团12-K7QM"
    assert find("团12－K7QM") == (ShareCode(12, "K7QM"), "")  # a full-width dash
    assert find("12-K7QM") == (ShareCode(12, "K7QM"), "")  # typed without 团, as shown
    for text in ("团12-K7", "团12-K7QMX", "团0-K7QM", "12-K7", "12-k7qm", "hello"):
        assert find(text) is None, text
