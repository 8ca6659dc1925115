"""Button data (`gb:join:12`, `od:pay:7`): one typed codec, so every platform writes and reads the same.

A button kind is a frozen dataclass with a declared prefix and typed fields (bounded `int`, `str`, an
enum of `str` values). `pack()` writes `<prefix>:<field>:...` and refuses anything over Telegram's 64
bytes; `unpack(data)` gives the typed value, or None for data that is not of that kind or is malformed
in any way (non-canonical or out-of-range numbers, unknown actions, too long). Tapped data comes from
members' clients, so unpacking never raises and never trusts it: an id beyond the storage's INTEGER
range is simply not a valid button (the ChatApp answers "this button is no longer valid").

A field added later has a default, and a button whose trailing fields hold their defaults packs
without them: data written before the field existed (`gb:join:12`) stays the same button, and the one
form of each button stays its only form (`gb:join:12:0` is not a button).
"""

from __future__ import annotations

import dataclasses
import enum
import re
import typing
from dataclasses import dataclass, replace
from typing import Annotated, Any, ClassVar, Self

from commerce.domain.group_buy import MAX_OPTIONS

MAX_BYTES = 64  # Telegram's limit on callback data; the other platforms keep to it too
SEPARATOR = ":"
MAX_ID = 2**31 - 1  # ids are INTEGER columns on PostgreSQL (storage/tables.py)
_INTEGER = re.compile(r"0|-?[1-9][0-9]*")  # canonical ASCII decimal only: no `+1`, `01`, `١`, `1_0`


@dataclass(frozen=True)
class IntRange:
    """The values an `int` field accepts: `Annotated[int, IntRange(1, MAX_ID)]`."""

    low: int
    high: int


Id = Annotated[int, IntRange(1, MAX_ID)]
"""A row id: positive and within PostgreSQL's INTEGER. A plain `int` field is 0..MAX_ID."""
OptionIndex = Annotated[int, IntRange(0, MAX_OPTIONS)]
"""An option of a group buy (多规格), from 1 as the card lists them; 0: none (the button of old)."""


@dataclass(frozen=True)
class _Field:
    name: str
    kind: type[Any]  # int, str or an enum class
    bounds: IntRange | None = None
    default: Any = None  # a field added later (`has_default`): left out of the data while it holds this
    has_default: bool = False


@dataclass(frozen=True)
class ButtonData:
    """Base of the button kinds: `@dataclass(frozen=True) class X(ButtonData, prefix="x"): ...`.

    Constructing one validates it (types, bounds, the 64-byte limit) and raises ValueError, so any
    instance packs.
    """

    prefix: ClassVar[str]

    def __init_subclass__(cls, *, prefix: str, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not prefix or SEPARATOR in prefix:
            raise ValueError(f"button prefix {prefix!r} must be non-empty without {SEPARATOR!r}")
        cls.prefix = prefix

    def __post_init__(self) -> None:
        for spec in _fields(type(self)):
            _check(spec, getattr(self, spec.name))
        self.pack()

    def pack(self) -> str:
        """`<prefix>:<field>:...`; ValueError if it would not fit in 64 bytes."""
        specs = _fields(type(self))
        while specs and _holds_default(specs[-1], getattr(self, specs[-1].name)):
            specs = specs[:-1]  # trailing defaults are left out: older data is still this button
        values = [_encode(getattr(self, spec.name)) for spec in specs]
        data = SEPARATOR.join([self.prefix, *values])
        if not _fits(data):
            raise ValueError(f"button data {data!r} is over {MAX_BYTES} bytes")
        return data

    @classmethod
    def unpack(cls, data: str) -> Self | None:
        """The button `data` stands for, or None when it is not one of this kind (never raises)."""
        if not isinstance(data, str) or len(data) > MAX_BYTES or not _fits(data):
            return None
        prefix, *parts = data.split(SEPARATOR)
        specs = _fields(cls)
        required = sum(1 for spec in specs if not spec.has_default)
        if prefix != cls.prefix or not required <= len(parts) <= len(specs):
            return None
        values: dict[str, Any] = {}
        for spec, part in zip(specs, parts, strict=False):
            value = _decode(spec, part)
            if value is None:
                return None
            values[spec.name] = value
        last = specs[len(parts) - 1] if parts else None
        if last is not None and _holds_default(last, values[last.name]):
            return None  # `gb:join:12:0`: never written, so not a button
        try:
            return cls(**values)
        except ValueError:
            return None


class CardAction(enum.StrEnum):
    """The buttons of a group buy's card. Share is answered by the platform (Telegram), not the ChatApp."""

    JOIN = "join"
    MORE = "more"
    LEAVE = "leave"
    STATUS = "status"
    PAY = "pay"
    SHARE = "share"
    WAIT = "wait"  # 候补: shown instead of Join while it is sold out


@dataclass(frozen=True)
class CardButton(ButtonData, prefix="gb"):
    """`gb:<action>:<group buy id>`; an option's Join button (多规格) `gb:join:<id>:<option from 1>`."""

    action: CardAction
    group_buy_id: Id
    option: OptionIndex = 0


@dataclass(frozen=True)
class PrivateCardButton(ButtonData, prefix="gp"):
    """`gp:<action>:<group buy id>:<signature>`: a button of the card a member opened in their private
    chat through a share link. From a private chat only these reach a group buy; the signature
    (`commerce.domain.sharing.card_signature`) binds the group buy and the member it was shown to."""

    action: CardAction
    group_buy_id: Id
    signature: str
    option: OptionIndex = 0


class OrderAction(enum.StrEnum):
    PAY = "pay"
    CONFIRM = "confirm"  # the organiser's Received under a buyer's payment report (handlers.collecting)
    NOT_PAID = "notpaid"  # ... and Not received
    SHORT = "short"  # ... and Only ¥80 received, under a report of less than the total (its `amount`)


class Written(enum.StrEnum):
    """The language of the message a button is on, where the button says it (`od:confirm:7:en`): a tap
    is answered in it, whatever the tapper wrote since. `UNSAID`: a button of before (never written)."""

    UNSAID = "_"
    ZH = "zh"
    EN = "en"

    @classmethod
    def of(cls, lang: str) -> Written:
        """The language `lang` names (`zh-hans`: zh), UNSAID for one not listed."""
        head = lang.lower().replace("_", "-").split("-")[0]
        return next((member for member in cls if member.value == head), cls.UNSAID)


@dataclass(frozen=True)
class OrderButton(ButtonData, prefix="od"):
    """`od:<action>:<order id>:<language>`: the Pay button under a buyer's order, in private, and the
    organiser's Received / Not received; the language of the message it is on (`Written`), which its
    tap is answered in (`od:pay:7`, written before: as the tapper's language rule says)."""

    action: OrderAction
    order_id: Id
    written: Written = Written.UNSAID
    amount: Annotated[int, IntRange(0, MAX_ID)] = 0  # SHORT: what the buyer said she paid (minor units)


@dataclass(frozen=True)
class AnsweredButton(ButtonData, prefix="an"):
    """`an:<order id>`, `an`: a numbered choice (WeChat) the member answered already, sent again: the
    organiser's payment prompt about that order (what it was answered with, and how to change it), or
    another question (`an`: only that it was answered). Never shown as a button."""

    order_id: int = 0  # 0: the question was about no order


@dataclass(frozen=True)
class QuestionButton(ButtonData, prefix="aq"):
    """`aq:<question id>`: 转给团长 under an answer Tuan could not give (handlers.ask)."""

    question_id: Id


@dataclass(frozen=True)
class WhichButton(ButtonData, prefix="wj"):
    """`wj:<group buy id>`: a button of the question which group buy a join meant, the one it names
    (handlers.which_question); `wj:<id>:<quantity>:<asker>` when the join asked about was of more than
    one: its quantity, and whom it asked (`which_question.asker`: a short digest of her id), so her tap
    joins that many though the question is no longer remembered (a restart without Redis)."""

    group_buy_id: Id
    quantity: Id = 1
    asker: str = ""


class NoteAction(enum.StrEnum):
    LIKE = "like"  # tapped again by one who liked it: the like is taken back
    JOIN = "join"  # the linked group buy's Join, through the note: its author brought the tapper
    REACT = "react"  # a Telegram reaction put on the card: a like (one already there: nothing)
    UNREACT = "unreact"  # the reaction taken off: the like taken back


@dataclass(frozen=True)
class NoteButton(ButtonData, prefix="nt"):
    """`nt:like:<note id>`, `nt:join:<note id>`: a note card's Like and Join (handlers.notes), an
    option's Join (多规格) `nt:join:<note id>:<option from 1>`; `nt:react:<id>`, `nt:unreact:<id>`: a
    reaction put on or taken off the card (bot/telegram)."""

    action: NoteAction
    note_id: Id
    option: OptionIndex = 0


# -- the codec ---------------------------------------------------------------------------------------------
_FIELDS: dict[type[ButtonData], tuple[_Field, ...]] = {}


def _fields(cls: type[ButtonData]) -> tuple[_Field, ...]:
    """The typed fields of a button kind, in order (read once per class, on first use)."""
    found = _FIELDS.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls, include_extras=True)
        found = _FIELDS[cls] = tuple(
            _with_default(_field(cls, f.name, hints[f.name]), f) for f in dataclasses.fields(cls)
        )
    return found


def _field(cls: type[ButtonData], name: str, hint: Any) -> _Field:
    kind, extras = hint, []
    if typing.get_origin(hint) is Annotated:
        kind, *extras = typing.get_args(hint)
    if kind is int:
        bounds = next((extra for extra in extras if isinstance(extra, IntRange)), IntRange(0, MAX_ID))
        return _Field(name, int, bounds)
    if kind is str:
        return _Field(name, str)
    if isinstance(kind, type) and issubclass(kind, enum.Enum) and all(_plain(m.value) for m in kind):
        return _Field(name, kind)
    raise TypeError(f"{cls.__name__}.{name}: a button field is an int, a str or an enum of str ({hint!r})")


def _with_default(spec: _Field, declared: dataclasses.Field[Any]) -> _Field:
    if declared.default is dataclasses.MISSING:
        return spec
    return replace(spec, default=declared.default, has_default=True)


def _holds_default(spec: _Field, value: Any) -> bool:
    return spec.has_default and bool(value == spec.default)


def _plain(value: object) -> bool:
    return isinstance(value, str) and bool(value) and SEPARATOR not in value


def _check(spec: _Field, value: Any) -> None:
    if spec.bounds is not None:
        if type(value) is not int or not spec.bounds.low <= value <= spec.bounds.high:
            raise ValueError(f"{spec.name}={value!r} is not an int in {spec.bounds}")
    elif not isinstance(value, spec.kind) or (spec.kind is str and SEPARATOR in value):
        raise ValueError(f"{spec.name}={value!r} is not a {spec.kind.__name__} (without {SEPARATOR!r})")


def _encode(value: Any) -> str:
    return str(value.value) if isinstance(value, enum.Enum) else str(value)


def _decode(spec: _Field, part: str) -> Any:
    """The field's value written as `part`, or None (range and length are checked on construction)."""
    if spec.bounds is not None:
        return int(part) if _INTEGER.fullmatch(part) else None
    if spec.kind is str:
        return part
    return next((member for member in spec.kind if member.value == part), None)


def _fits(data: str) -> bool:
    try:
        return len(data.encode()) <= MAX_BYTES
    except UnicodeEncodeError:  # a lone surrogate: no client can send it
        return False
