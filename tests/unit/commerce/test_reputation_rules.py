"""The rules of reputation (commerce.domain.reputation): distinct members, kinds, verified notes, the
iterative rank, the levels; and its properties: an engagement never lowers the trust of the member engaged
with, and a clique that only likes itself stays below what the same likes from trusted members give."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commerce.domain.reputation import (
    DAMPING,
    EXPERT_AT,
    INSIDER_AT,
    UNVERIFIED,
    Engagement,
    Kind,
    Level,
    edges,
    level,
    rank,
)

LIKE, COMMENT, PURCHASE = Kind.LIKE, Kind.COMMENT, Kind.PURCHASE


def trust_of(engagements: list[Engagement], member: str = "amy") -> float:
    return rank(edges(engagements), members=[member])[member]


def test_a_hundred_likes_from_one_friend_count_as_one() -> None:
    once = [Engagement("bob", "amy", LIKE)]
    assert edges(once * 100) == edges(once) == {("bob", "amy"): 1.0}
    assert trust_of(once * 100) == trust_of(once) == pytest.approx(1 + DAMPING)


def test_each_kind_counts_once_per_pair_and_a_purchase_weighs_most() -> None:
    assert edges(
        [
            Engagement("bob", "amy", LIKE),
            Engagement("bob", "amy", COMMENT),
            Engagement("bob", "amy", COMMENT),
            Engagement("bob", "amy", PURCHASE),
        ]
    ) == {("bob", "amy"): 5.0}


def test_unverified_notes_count_at_a_fraction_and_a_verified_one_wins() -> None:
    unverified = [Engagement("bob", "amy", LIKE, verified=False)]
    assert edges(unverified) == {("bob", "amy"): UNVERIFIED}
    assert trust_of(unverified) == pytest.approx(1 + DAMPING * UNVERIFIED)  # half of Bob's voice
    both = [*unverified, Engagement("bob", "amy", LIKE)]
    assert edges(both) == {("bob", "amy"): 1.0}
    assert trust_of(both) == pytest.approx(1 + DAMPING)


def test_engaging_with_ones_own_notes_counts_for_nothing() -> None:
    assert edges([Engagement("amy", "amy", LIKE), Engagement("amy", "amy", PURCHASE)]) == {}
    assert trust_of([Engagement("amy", "amy", LIKE)]) == 1.0


def test_a_member_nobody_engaged_with_has_trust_one_and_is_a_newcomer() -> None:
    trust = rank({}, members=["amy", "bob"])
    assert trust == {"amy": 1.0, "bob": 1.0}
    assert level(trust["amy"]) is Level.NEWCOMER


def test_a_members_voice_is_shared_among_those_they_engage_with() -> None:
    liking_only_amy = trust_of([Engagement("bob", "amy", LIKE)])
    liking_four = trust_of([Engagement("bob", author, LIKE) for author in ("amy", "cat", "dan", "eve")])
    assert liking_only_amy == pytest.approx(1.5)
    assert liking_four == pytest.approx(1 + DAMPING / 4)


def test_a_like_from_a_trusted_member_weighs_more() -> None:
    fans = [Engagement(f"fan{i}", "bob", LIKE) for i in range(4)]  # Bob is trusted: 1 + 4 × 0.5 = 3
    from_bob = trust_of([*fans, Engagement("bob", "amy", LIKE)])
    from_cat = trust_of([Engagement("cat", "amy", LIKE)])
    assert from_bob == pytest.approx(1 + DAMPING * 3)
    assert from_cat == pytest.approx(1 + DAMPING)


def test_levels_by_thresholds() -> None:
    assert [level(x) for x in (1.0, INSIDER_AT - 0.01, INSIDER_AT, EXPERT_AT - 0.01, EXPERT_AT, 40.0)] == [
        Level.NEWCOMER,
        Level.NEWCOMER,
        Level.INSIDER,
        Level.INSIDER,
        Level.EXPERT,
        Level.EXPERT,
    ]
    three_friends = [Engagement(f, "amy", LIKE) for f in ("bob", "cat", "dan")]
    assert level(trust_of(three_friends)) is Level.INSIDER
    ten_friends = [Engagement(f"f{i}", "amy", LIKE) for i in range(10)]
    assert level(trust_of(ten_friends)) is Level.EXPERT
    three_unverified = [Engagement(f, "amy", LIKE, verified=False) for f in ("bob", "cat", "dan")]
    assert level(trust_of(three_unverified)) is Level.NEWCOMER  # 1 + 3 × ½ × ½


def test_a_warm_start_reaches_the_same_trust() -> None:
    weights = edges(
        [
            Engagement("bob", "amy", LIKE),
            Engagement("amy", "bob", COMMENT),
            Engagement("cat", "amy", PURCHASE),
        ]
    )
    cold = rank(weights)
    warm = rank(weights, start={"amy": 9.0, "bob": 4.0, "cat": 1.0})
    assert warm == pytest.approx(cold, abs=1e-6)


MEMBERS = [f"m{i}" for i in range(6)]
engagements = st.lists(
    st.builds(
        Engagement,
        st.sampled_from(MEMBERS),
        st.sampled_from(MEMBERS),
        st.sampled_from(list(Kind)),
        st.booleans(),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(
    engagements,
    st.sampled_from(MEMBERS),
    st.sampled_from(MEMBERS),
    st.sampled_from(list(Kind)),
    st.booleans(),
)
def test_adding_an_engagement_never_lowers_the_trust_of_the_member_engaged_with(
    before: list[Engagement], member: str, author: str, kind: Kind, verified: bool
) -> None:
    old = rank(edges(before), members=MEMBERS)
    new = rank(edges([*before, Engagement(member, author, kind, verified)]), members=MEMBERS)
    assert new[author] >= old[author] - 1e-7


@settings(max_examples=100, deadline=None)
@given(engagements)
def test_trust_is_at_least_one_and_a_closed_group_averages_at_most_one_over_one_minus_damping(
    given_engagements: list[Engagement],
) -> None:
    trust = rank(edges(given_engagements), members=MEMBERS)
    assert min(trust.values()) >= 1.0
    assert sum(trust.values()) / len(trust) <= 1 / (1 - DAMPING) + 1e-7


@pytest.mark.parametrize("size", [2, 3, 5, 12])
def test_a_clique_liking_each_other_gains_less_than_the_same_likes_from_distinct_trusted_members(
    size: int,
) -> None:
    clique = [f"c{i}" for i in range(size)]
    mutual = [Engagement(a, b, LIKE) for a in clique for b in clique if a != b]
    in_clique = rank(edges(mutual))["c0"]
    assert level(in_clique) is Level.NEWCOMER  # however large: 1 / (1 - DAMPING)
    # Amy gets as many likes (size - 1), each from a distinct member others trust (an Insider)
    likers = [f"t{i}" for i in range(size - 1)]
    fans = [Engagement(f"{t}-fan{j}", t, LIKE) for t in likers for j in range(3)]
    trusted = [*fans, *(Engagement(t, "amy", LIKE) for t in likers)]
    weights = edges(trusted)
    assert all(level(rank(weights)[t]) is Level.INSIDER for t in likers)
    assert rank(weights)["amy"] > in_clique
