"""Every reply fits what the platform takes: a long text goes as several messages cut between lines (a
huge line between words, then characters), nothing is lost or reordered, buttons come last, toasts are
cut to 200. Lengths are UTF-16 units: an emoji outside the BMP counts two."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from handlers.fit import TEXT_LIMIT, TOAST_LIMIT, clip, fit, split_text, units
from handlers.types import Button, Invoice, Reply

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # one emoji of seven code points, 11 UTF-16 units
CHUNKS = st.sampled_from(
    ["🥭", "芒果", "a", " ", "\n", "\n\n", FAMILY, "e\u0301", "1️⃣", "x" * 700, "🥭" * 900, "团" * 1500, "  "]
)
TEXTS = st.lists(CHUNKS | st.text(max_size=40), max_size=40).map("".join)
JOIN = ((Button("Join", "gb:join:1"),),)


def assert_whole(text: str, parts: list[str]) -> None:
    """The parts are the text in order: between them only line breaks or spaces were left out."""
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= at and not text[at:found].strip(), (at, found, part[:20])
        at = found + len(part)
    assert not text[at:].strip()


def test_units_count_an_emoji_outside_the_bmp_as_two() -> None:
    assert [units(""), units("团"), units("🥭"), units(FAMILY), units("\ud800")] == [0, 1, 2, 11, 1]


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, limit=st.sampled_from([64, 500, TEXT_LIMIT]))
def test_every_part_fits_and_together_they_are_the_text(text: str, limit: int) -> None:
    parts = split_text(text, limit)

    assert all(units(part) <= limit for part in parts)
    if units(text) <= limit:
        assert parts == [text]
    else:
        assert all(part.strip() for part in parts)  # no part Telegram would refuse as empty
        assert_whole(text, parts)


def test_a_long_text_is_cut_between_lines() -> None:
    lines = [f"{n}. {'团' * 20} ×1" for n in range(1, 501)]

    parts = split_text("\n".join(lines))

    assert len(parts) == 4 and all(units(part) <= TEXT_LIMIT for part in parts)
    assert "\n".join(parts).split("\n") == lines  # every cut is at a line's end


def test_one_huge_line_is_cut_between_words_then_between_characters() -> None:
    words = " ".join(["mango"] * 2000)
    emoji = "🥭" * 5000

    by_words, by_characters = split_text(words), split_text(emoji)

    assert [units(part) for part in by_characters] == [4096, 4096, 1808]
    assert "".join(by_characters) == emoji
    assert all(part.endswith("mango ") for part in by_words[:-1])
    assert "".join(by_words) == words


def test_an_emoji_sequence_or_an_accent_is_never_cut_in_two() -> None:
    for text, whole in ((FAMILY * 1000, FAMILY), ("e\u0301" * 3000, "e\u0301")):
        parts = split_text(text)
        assert len(parts) > 1 and "".join(parts) == text
        assert all(part.endswith(whole) and part.startswith(whole[0]) for part in parts)


def test_a_blank_stretch_makes_no_empty_message() -> None:
    [part] = split_text("\n" * 5000 + "the end")

    assert part.strip() == "the end" and units(part) <= TEXT_LIMIT
    assert split_text(" " * 5000) == []
    assert fit([Reply(text=" " * 5000)]) == [Reply(text="")]  # nothing to say: no message


def test_clip_ends_a_cut_text_with_an_ellipsis_within_the_limit() -> None:
    assert clip("short", 200) == "short"
    assert clip("x" * 300, 200) == "x" * 199 + "…"
    assert units(clip("🥭" * 300, 200)) <= 200 and clip("🥭" * 300, 200).endswith("🥭…")


def test_a_long_reply_becomes_several_with_its_buttons_and_invoice_on_the_last() -> None:
    invoice = Invoice(1, "Plums", "1 × Plums", "sig", "CNY", 3000, "Plums")
    reply = Reply(
        text="\n".join(f"line {n}" for n in range(2000)),
        buttons=JOIN,
        private_to="bob",
        mention=("bob",),
        toast="You're in",
        invoice=invoice,
        language="en",
    )

    first, *middle, last = fit([Reply(text="before"), reply, Reply(text="after")])[1:-1]

    assert [units(part.text) <= TEXT_LIMIT for part in (first, *middle, last)] == [True] * (2 + len(middle))
    assert "\n".join(part.text for part in (first, *middle, last)) == reply.text
    assert (first.mention, first.toast, first.buttons, first.invoice) == (("bob",), "You're in", (), None)
    assert (last.mention, last.toast, last.buttons, last.invoice) == ((), None, JOIN, invoice)
    assert {part.private_to for part in (first, *middle, last)} == {"bob"}
    assert {part.language for part in (first, *middle, last)} == {"en"}


def test_a_toast_is_cut_to_200_and_short_replies_are_left_as_they_are() -> None:
    short = [Reply(text="Bob is in"), Reply(card_of=3), Reply(toast="Done")]

    [cut] = fit([Reply(toast="🥭" * 150)])

    assert fit(short) == short
    assert cut.toast is not None and units(cut.toast) <= TOAST_LIMIT and cut.toast.endswith("…")


def test_a_rendered_card_is_never_split_only_cut() -> None:
    [card] = fit([Reply(text="x" * 5000, card_of=3, buttons=JOIN)])

    assert (units(card.text), card.card_of, card.buttons) == (TEXT_LIMIT, 3, JOIN)
