"""A clique's engagements among themselves do not count toward reputation (commerce.domain.reputation.
outside_cliques): a group that likes each other's notes earns only what the rest of the chat gives it.
Before, one outsider's like on one member of a mutual-like clique lifted that member, and through the
clique's likes another member, to 达人 (Insider): the clique's recycled trust (about 2 each) was a head
start that a single like from outside tipped over 2.5."""

from __future__ import annotations

import pytest

from commerce.domain.reputation import DAMPING, Engagement, Kind, Level, edges, level, outside_cliques, rank

LIKE, COMMENT, PURCHASE = Kind.LIKE, Kind.COMMENT, Kind.PURCHASE


def clique(size: int, *, verified: bool = True) -> list[Engagement]:
    members = [f"c{i}" for i in range(size)]
    return [Engagement(a, b, LIKE, verified) for a in members for b in members if a != b]


def trusted_outsider(fans: int = 4) -> list[Engagement]:
    """`out` is an Insider (4 friends like their verified note: 1 + 4 × ½ = 3) and likes `c0`."""
    return [*(Engagement(f"fan{j}", "out", LIKE) for j in range(fans)), Engagement("out", "c0", LIKE)]


def the_chat(count: int = 24) -> list[Engagement]:
    """The rest of the chat: members who like a couple of each other's notes (no clique)."""
    others = [f"m{i}" for i in range(count)]
    return [Engagement(o, others[(i + step) % count], LIKE) for i, o in enumerate(others) for step in (1, 2)]


def trust(engagements: list[Engagement], size: int) -> dict[str, float]:
    return rank(edges(outside_cliques([*the_chat(), *engagements])), members=[f"c{i}" for i in range(size)])


@pytest.mark.parametrize("size", [3, 5, 10])
def test_an_outsiders_like_lifts_only_the_member_liked_and_by_no_more_than_anyone_else(size: int) -> None:
    before = rank(edges([*the_chat(), *clique(size), *trusted_outsider()]))
    assert level(before["c1"]) is Level.INSIDER or level(before["c0"]) is Level.INSIDER  # the leak it was

    after = trust([*clique(size), *trusted_outsider()], size)

    assert after["c0"] == pytest.approx(1 + DAMPING * 3)  # what Out's like gives anyone: 2.5 × ... of 3
    assert all(after[f"c{i}"] == 1.0 for i in range(1, size))
    assert level(after["c1"]) is Level.NEWCOMER


def test_a_single_newcomers_like_no_longer_makes_a_clique_member_an_insider() -> None:
    engaged = [*clique(10), Engagement("out", "c0", LIKE)]
    assert (
        level(rank(edges([*the_chat(), *engaged]))["c0"]) is Level.INSIDER
    )  # 2.53 before: 2 from the clique, ½ from out

    assert trust(engaged, 10)["c0"] == pytest.approx(1 + DAMPING)


def test_comments_and_purchases_inside_a_clique_do_not_count_either() -> None:
    members = ["c0", "c1", "c2"]
    engaged = [Engagement(a, b, COMMENT) for a in members for b in members if a != b]
    engaged.append(Engagement("c1", "c0", PURCHASE))
    assert [trust(engaged, 3)[m] for m in members] == [1.0, 1.0, 1.0]


def test_friends_who_like_each_other_and_the_rest_of_the_chat_keep_their_likes() -> None:
    friends = ["amy", "bob", "cat"]
    others = [f"m{i}" for i in range(12)]
    mutual = [Engagement(a, b, LIKE) for a in friends for b in friends if a != b]
    ring = [Engagement(o, others[(i + 1) % 12], LIKE) for i, o in enumerate(others)]  # the chat likes on
    they_like = [Engagement(f, o, LIKE) for f in friends for o in others[:6]]
    liked_by = [Engagement(o, f, LIKE) for o in others[6:] for f in friends]
    engaged = [*mutual, *ring, *they_like, *liked_by]

    assert outside_cliques(engaged) == engaged


def test_a_chat_where_everyone_likes_everyone_is_no_clique() -> None:
    everyone = [f"m{i}" for i in range(8)]
    engaged = [Engagement(a, b, LIKE) for a in everyone for b in everyone if a != b]

    assert outside_cliques(engaged) == engaged
    assert level(rank(edges(outside_cliques(engaged)))["m0"]) is Level.NEWCOMER  # 2: as before


def test_a_clique_that_is_most_of_those_who_engage_is_the_chat_and_keeps_its_likes() -> None:
    engaged = [*clique(3), Engagement("out", "c0", LIKE)]  # three of four: a small chat of friends

    assert outside_cliques(engaged) == engaged
