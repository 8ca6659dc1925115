"""For you's ranking (commerce.domain.recommend): what is never shown, whatever the history, and what
moves a group buy up: co-purchase, the member's own history, friends' notes (verified first), then
popularity."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from commerce.domain import titles
from commerce.domain.recommend import Candidate, Community, NoteAbout, Purchase, most_popular, rank

ME = "me"


def _candidate(group_buy_id: int, title: str, *, chat: str = "family", is_open: bool = True) -> Candidate:
    return Candidate(group_buy_id, chat, title, titles.product(title), is_open)


def _bought(buyer: str, group_buy_id: int, title: str) -> Purchase:
    return Purchase(buyer, group_buy_id, titles.product(title))


def test_people_who_bought_what_i_bought_lead() -> None:
    history = [
        _bought(ME, 1, "Mangoes"),
        *(_bought(f"m{i}", 1, "Mangoes") for i in range(3)),
        *(_bought(f"m{i}", 2, "Durian") for i in range(3)),  # mango buyers buy durian
        *(_bought(f"x{i}", 3, "Soap") for i in range(6)),  # more popular, bought by others
    ]
    candidates = [_candidate(2, "Durian"), _candidate(3, "Soap")]
    picks = rank(ME, {"family"}, Community(history, candidates))
    assert [p.candidate.group_buy_id for p in picks] == [2, 3]
    assert [p.buyers for p in picks] == [3, 6]
    assert [
        p.candidate.group_buy_id for p in most_popular(ME, {"family"}, Community(history, candidates))
    ] == [3, 2]


def test_a_copy_of_a_group_buy_is_the_same_product() -> None:
    history = [_bought(ME, 1, "Mangoes 5kg"), _bought("amy", 1, "Mangoes 5kg")]
    picks = rank(ME, {"family"}, Community(history, [_candidate(9, "mangoes  5KG"), _candidate(8, "Pears")]))
    assert [(p.candidate.group_buy_id, p.bought_before, p.buyers) for p in picks] == [
        (9, True, 1),
        (8, False, 0),
    ]


def test_a_verified_note_counts_more_and_is_the_one_named() -> None:
    candidates = [_candidate(1, "Durian"), _candidate(2, "Mangoes")]
    notes = [
        NoteAbout(10, "bob", "Bob", titles.product("Durian"), verified=False),
        NoteAbout(11, "amy", "Amy", titles.product("Mangoes"), verified=True),
        NoteAbout(12, "cat", "Cat", titles.product("Mangoes"), verified=False),
        NoteAbout(13, ME, "Me", titles.product("Durian"), verified=True),  # my own: no reason
    ]
    picks = rank(ME, {"family"}, Community([], candidates, notes))
    assert [(p.candidate.group_buy_id, p.note and p.note.author_name) for p in picks] == [
        (2, "Amy"),
        (1, "Bob"),
    ]


def test_ties_go_to_the_more_popular_then_the_newer() -> None:
    history = [_bought("a", 1, "Pears"), _bought("b", 1, "Pears"), _bought("a", 2, "Plums")]
    candidates = [
        _candidate(3, "Plums"),
        _candidate(4, "Pears"),
        _candidate(5, "Figs"),
        _candidate(6, "Kiwis"),
    ]
    picks = rank(ME, {"family"}, Community(history, candidates), limit=4)
    assert [p.candidate.group_buy_id for p in picks] == [4, 3, 6, 5]


PRODUCTS = ("mangoes", "durian", "pears", "soap", "rice")
MEMBERS = (ME, "amy", "bob", "cat", "dan")
CHATS = ("family", "work", "neighbours")


@st.composite
def communities(draw: st.DrawFn) -> tuple[set[str], Community]:
    n = draw(st.integers(min_value=0, max_value=12))
    candidates = [
        Candidate(
            i,
            draw(st.sampled_from(CHATS)),
            draw(st.sampled_from(PRODUCTS)),
            draw(st.sampled_from(PRODUCTS)),
            draw(st.booleans()),
        )
        for i in range(1, n + 1)
    ]
    ids = st.integers(min_value=1, max_value=20)
    purchases = draw(
        st.lists(st.builds(Purchase, st.sampled_from(MEMBERS), ids, st.sampled_from(PRODUCTS)), max_size=40)
    )
    notes = draw(
        st.lists(
            st.builds(
                NoteAbout,
                ids,
                st.sampled_from(MEMBERS),
                st.just("x"),
                st.sampled_from(PRODUCTS),
                st.booleans(),
            ),
            max_size=8,
        )
    )
    chats = set(draw(st.lists(st.sampled_from(CHATS), max_size=3)))
    return chats, Community(purchases, candidates, notes)


@given(communities(), st.integers(min_value=0, max_value=5))
def test_never_a_joined_closed_or_foreign_group_buy(drawn: tuple[set[str], Community], limit: int) -> None:
    chats, community = drawn
    joined = {p.group_buy_id for p in community.purchases if p.buyer_id == ME}
    for ranker in (rank, most_popular):
        picks = ranker(ME, chats, community, limit=limit)
        assert len(picks) <= limit
        for pick in picks:
            assert pick.candidate.open
            assert pick.candidate.chat_id in chats
            assert pick.candidate.group_buy_id not in joined
        assert len({p.candidate.group_buy_id for p in picks}) == len(picks)
        assert picks == sorted(picks, key=lambda p: -p.score)


@given(communities())
def test_every_eligible_one_is_ranked_when_there_is_room(drawn: tuple[set[str], Community]) -> None:
    chats, community = drawn
    joined = {p.group_buy_id for p in community.purchases if p.buyer_id == ME}
    eligible = {
        c.group_buy_id
        for c in community.candidates
        if c.open and c.chat_id in chats and c.group_buy_id not in joined
    }
    assert {p.candidate.group_buy_id for p in rank(ME, chats, community, limit=50)} == eligible
