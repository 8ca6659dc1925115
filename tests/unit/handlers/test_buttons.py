"""The button codec: what each button kind packs to, what tapped data reads back as, and what is refused."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.buttons import (
    MAX_BYTES,
    MAX_ID,
    ButtonData,
    CardAction,
    CardButton,
    OrderAction,
    OrderButton,
    PrivateCardButton,
    WhichButton,
)
from handlers.parsing.commands import Command, parse_button


class Colour(enum.StrEnum):
    RED = "red"
    GREEN = "green"


@dataclass(frozen=True)
class Sample(ButtonData, prefix="zz"):
    """A kind with every field type the codec knows: enum, plain int (0..MAX_ID) and str."""

    colour: Colour
    count: int
    note: str


@pytest.mark.parametrize(
    ("button", "data"),
    [
        (CardButton(CardAction.JOIN, 1), "gb:join:1"),
        (CardButton(CardAction.MORE, 12), "gb:more:12"),
        (CardButton(CardAction.LEAVE, 3), "gb:leave:3"),
        (CardButton(CardAction.STATUS, 3), "gb:status:3"),
        (CardButton(CardAction.PAY, 3), "gb:pay:3"),
        (CardButton(CardAction.SHARE, MAX_ID), "gb:share:2147483647"),
        (OrderButton(OrderAction.PAY, 7), "od:pay:7"),
        (PrivateCardButton(CardAction.JOIN, 12, "AbC-_9xyzAbC-_9x"), "gp:join:12:AbC-_9xyzAbC-_9x"),
        (WhichButton(2), "wj:2"),  # a join of one asked which, and data of before
        (WhichButton(MAX_ID, MAX_ID, "cceff5ac"), "wj:2147483647:2147483647:cceff5ac"),  # her count, and her
        (Sample(Colour.RED, 0, "芒果"), "zz:red:0:芒果"),
        (Sample(Colour.GREEN, 5, ""), "zz:green:5:"),
    ],
)
def test_each_button_packs_to_its_wire_format_and_reads_back(button: ButtonData, data: str) -> None:
    assert button.pack() == data
    assert type(button).unpack(data) == button


@pytest.mark.parametrize(
    "data",
    [
        "gb:join:2147483648",  # beyond PostgreSQL's INTEGER
        "gb:join:9223372036854775808",  # beyond BIGINT
        "gb:join:" + "9" * 5000,  # beyond Python's int-from-string limit too
        "gb:join:-1",
        "gb:join:0",
        "gb:join:01",
        "gb:join:+1",
        "gb:join: 1",
        "gb:join:1 ",
        "gb:join:1\n",
        "gb:join:١",  # an Arabic-Indic digit, which int() would take
        "gb:join:1_0",
        "gb:join:1.0",
        "gb:join:",
        "gb:join",
        "gb:join:1:2:3",  # more fields than a card button has
        "gb:join:1:0",  # an option's Join button is `gb:join:1:2`; no option is `gb:join:1`, never `:0`
        "gb:join:1:9",  # beyond the options a group buy may have (MAX_OPTIONS)
        "gb:join:1:01",
        "gb:explode:1",
        "gb:JOIN:1",
        "GB:join:1",
        "gb:加入:1",
        "od:pay:1",
        "gbx:join:1",
        ":join:1",
        "gb:\ud800:1",  # a lone surrogate: not even UTF-8
        "",
        "something-else",
    ],
)
def test_data_that_is_not_a_valid_card_button_reads_as_none(data: str) -> None:
    assert CardButton.unpack(data) is None


@pytest.mark.parametrize(
    "data", ["od:pay:2147483648", "od:pay:0", "od:refund:1", "od:pay:", "gb:pay:1", "od:pay:1:1"]
)
def test_data_that_is_not_a_valid_order_button_reads_as_none(data: str) -> None:
    assert OrderButton.unpack(data) is None


@pytest.mark.parametrize(
    "make",
    [
        lambda: CardButton(CardAction.JOIN, 0),
        lambda: CardButton(CardAction.JOIN, -1),
        lambda: CardButton(CardAction.JOIN, MAX_ID + 1),
        lambda: CardButton(CardAction.JOIN, True),
        lambda: CardButton("join", 1),  # type: ignore[arg-type]
        lambda: OrderButton(CardAction.PAY, 1),  # type: ignore[arg-type]
        lambda: Sample(Colour.RED, 1, "a:b"),
        lambda: Sample(Colour.RED, 1, "x" * 60),  # over 64 bytes
        lambda: Sample(Colour.RED, 1, "芒" * 19),  # 19 characters, but 57 bytes of them
    ],
)
def test_a_button_that_could_not_be_tapped_back_cannot_be_made(make: object) -> None:
    with pytest.raises(ValueError):
        make()  # type: ignore[operator]


def test_a_kind_is_declared_with_a_prefix_and_fields_the_codec_knows() -> None:
    with pytest.raises(ValueError, match="prefix"):

        class _Colon(ButtonData, prefix="a:b"):
            pass

    @dataclass(frozen=True)
    class Floating(ButtonData, prefix="fl"):
        amount: float

    with pytest.raises(TypeError, match=r"Floating\.amount"):
        Floating(1.5)


@pytest.mark.parametrize(
    ("data", "command"),
    [
        ("gb:join:12", Command("join", quantity=1, group_buy_id=12, tap=True, first_only=True)),
        ("gb:more:12", Command("join", quantity=1, group_buy_id=12, tap=True, once="more")),
        ("gb:leave:12", Command("leave", quantity=1, group_buy_id=12, tap=True, once="leave")),
        ("gb:status:12", Command("status", group_buy_id=12, tap=True)),
        ("gb:pay:12", Command("pay", group_buy_id=12, tap=True)),
        ("od:pay:7", Command("pay", order_id=7, tap=True)),
        # a private card's buttons carry their signature (checked by handlers.sharing); Progress there
        # is a fresh copy of that card (`start`)
        (
            "gp:join:12:sig",
            Command("join", quantity=1, group_buy_id=12, tap=True, first_only=True, signature="sig"),
        ),
        (
            "gp:leave:12:sig",
            Command("leave", quantity=1, group_buy_id=12, tap=True, signature="sig", once="leave"),
        ),
        ("gp:status:12:sig", Command("start", group_buy_id=12, tap=True, signature="sig")),
        ("gp:share:12:sig", None),
        ("gp:join:12", None),
        ("gb:share:12", None),  # the platform's button: the ChatApp does not take it
        ("wj:2", Command("which_pick", quantity=1, group_buy_id=2, tap=True)),
        ("wj:2:3:cceff5ac", Command("which_pick", quantity=3, group_buy_id=2, tap=True, asker="cceff5ac")),
        ("wj:2:1", None),  # one is the default, left out: never written
        ("wj:2:0:cceff5ac", None),
        ("gb:join:9223372036854775808", None),
        ("od:pay:99999999999999999999", None),
    ],
)
def test_the_chat_app_reads_taps_through_the_codec(data: str, command: Command | None) -> None:
    assert parse_button(data) == command


ids = st.integers(min_value=1, max_value=MAX_ID)
any_button = st.one_of(
    st.builds(CardButton, st.sampled_from(CardAction), ids),
    st.builds(OrderButton, st.sampled_from(OrderAction), ids),
    st.builds(
        PrivateCardButton,
        st.sampled_from(CardAction),
        ids,
        st.from_regex(r"[A-Za-z0-9_-]{16}", fullmatch=True),
    ),
)


@given(button=any_button)
def test_every_card_and_order_button_packs_within_64_bytes_and_reads_back(button: ButtonData) -> None:
    data = button.pack()
    assert len(data.encode()) <= MAX_BYTES
    assert type(button).unpack(data) == button


@given(
    colour=st.sampled_from(Colour),
    count=st.integers(min_value=0, max_value=MAX_ID),
    note=st.text().filter(lambda s: ":" not in s),
)
def test_any_field_values_either_round_trip_or_are_refused_for_length(
    colour: Colour, count: int, note: str
) -> None:
    try:
        button = Sample(colour, count, note)
    except ValueError:
        assert len(f"zz:{colour.value}:{count}:{note}".encode()) > MAX_BYTES
        return
    data = button.pack()
    assert len(data.encode()) <= MAX_BYTES
    assert Sample.unpack(data) == button


tapped = st.one_of(
    st.text(),
    st.from_regex(r"(gb|gp|od|zz):[a-z0-9:+ -]{0,80}", fullmatch=True),
    st.builds(lambda head, tail: head + tail, st.sampled_from(["gb:join:", "od:pay:", "zz:red:"]), st.text()),
    st.integers().map(lambda n: f"gb:join:{n}"),
)


@given(data=tapped)
def test_unpacking_never_raises_and_accepts_only_what_it_would_pack(data: str) -> None:
    for kind in (CardButton, OrderButton, PrivateCardButton, Sample):
        button = kind.unpack(data)
        assert button is None or button.pack() == data
    parse_button(data)
