"""The unit a group buy is sold in, and a quantity typed with a unit word.

An organiser may price by a unit (`价格 15元/斤`, `price 12/kg`, `接龙 荔枝 15元/斤`): `Terms.unit` keeps
that word ("" when none was said: sold by the 份, a portion). A join whose quantity carries a unit word
(`+2斤`, a pasted list's `2. 小李 2斤`, `+2 kg`) is `Measured`: on a group buy sold in that unit it is
that many units (`2斤` on a per-斤 one is 2); in another unit word (`2箱` on a per-斤 one) it is refused
with the unit the group buy is sold in, never read as something else; on a group buy with no unit the
join reads as it always did (`2斤` on `阳光玫瑰 2斤` is the title's weight or an option's, not 2 boxes).
`份` is no unit of its own: `2份` is 2 of whatever unit the group buy is sold in.

Weights convert exactly (1 公斤 = 1 kg = 2 斤 = 1000 克 / g; 1 斤 = 10 两 = 500 g): `+1kg` on a per-斤 one is
2斤 (`in_unit`), `+3两` there is no whole number of 斤 and is refused with the nearest whole amounts
(`nearest`). Other units never convert (a 箱 is no weight).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from fractions import Fraction

# Each spelling of a unit, folded, and the one it means (`公斤` is a kg, `boxes` a 箱).
_SAME: dict[str, str] = {
    "公斤": "kg",
    "千克": "kg",
    "kgs": "kg",
    "kilo": "kg",
    "kilos": "kg",
    "市斤": "斤",
    "jin": "斤",
    "catty": "斤",
    "catties": "斤",
    "box": "箱",
    "boxes": "箱",
    "bag": "袋",
    "bags": "袋",
    "bottle": "瓶",
    "bottles": "瓶",
    "pack": "包",
    "packs": "包",
    "piece": "个",
    "pieces": "个",
    "pc": "个",
    "pcs": "个",
    "jars": "jar",
    "cans": "can",
    "cartons": "carton",
    "trays": "tray",
    "bunches": "bunch",
    "baskets": "basket",
    "punnets": "punnet",
    "dozens": "dozen",
    "doz": "dozen",
    "打": "dozen",
    "lbs": "lb",
    "克": "g",
    "gram": "g",
    "grams": "g",
    "gs": "g",
}
# A weight unit's size in grams, exact: what converts into what (`unit_key`'s spellings).
_GRAMS: dict[str, int] = {"kg": 1000, "斤": 500, "两": 50, "g": 1}
# The digits of a typed amount (`2.5`, `1`) and the Chinese numerals a fraction is typed with (`两斤半`).
_DECIMAL = re.compile(r"\d+(?:[.．]\d+)?")
_HALF = re.compile(r"^half(?![a-z])", re.IGNORECASE)
# The Chinese digits, as people type them (两 and 俩 are 2): handlers.parsing.numbers reads whole numerals
# with them, this module the ones a fraction is typed with.
CHINESE_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_NUMERALS = {**{char: value for char, value in CHINESE_DIGITS.items() if value}, "十": 10}
# No unit of its own: a portion of whatever the group buy is sold by.
_GENERIC = frozenset({"份", "portion", "portions", "unit", "units"})
# Count words a portion is counted in (`+2只`, `+2个` of crabs sold by the 份: 2 份); a unit of their own
# only on a group buy priced per one of them.
PORTION_WORDS = frozenset({"只", "个", "件"})
# What a piece of a group buy sold by the dozen (打) is counted in: `+6枚`, `+6颗` of eggs are 6 eggs,
# as `+6个`.
DOZEN_PIECE_WORDS = PORTION_WORDS | {"枚", "颗"}
# Count words no group buy is priced in here (`+2条`, `+2串`): on one sold by the 份 not how many 份 (a 串
# may hold several), asked again in 份, never kept as a note.
OTHER_COUNT_WORDS = frozenset({*"条串颗根粒枚把束罐桶支块张对双听杯碗提盆棵株扎筐篮板排卷片头尾", "dozen"})
# A dozen (`打`, `dozen`: one key) is 12 of a group buy sold per piece (`PORTION_WORDS`): `+2打` there is
# answered with `+24`, never read as 2 pieces; by the 份 it is a count word as `条` is, no 份 of it.
DOZEN = 12


@dataclass(frozen=True)
class Measured:
    """A join's quantity read with the unit word typed after it (`+2斤`: 2, "斤"), and the note left."""

    quantity: int
    unit: str  # as typed: `斤`, `箱`, `kg`
    note: str = ""
    # no whole number of units (`2.5斤`, `半斤`, `两斤半`): the amount as typed; `quantity` its whole part.
    # No quantity of a group buy sold in a unit (refused as `2箱` is), never rounded nor kept as a note.
    part: str = ""
    # the join's quantity typed before it (`+1 2斤`: 1; 0 when the unit follows its own number): `+1`
    # only says "me too", 2斤 is how much; another number (`+2 3斤`) leaves it unclear, asked
    before: int = 0
    # the join typed no other quantity (`+1.5斤`, `+半斤`): on a group buy sold in no unit, unreadable
    alone: bool = False
    # the amount as typed with a decimal comma (`+1,5斤`: `1,5斤`; `part` then `1.5斤`; with no unit word,
    # `+1,5`, `unit` is "": the group buy's): never joined as read, answered with the point meant
    comma: str = ""


def unit_key(word: str) -> str:
    """How a unit word is compared: `KG`, `公斤` and `kg` are one; `""` for none or a generic `份`."""
    folded = "".join(unicodedata.normalize("NFKC", word).casefold().split())
    if folded in _GENERIC:
        return ""
    return _SAME.get(folded, folded)


# Chinese units an English word also names (an English chat reads a per-盒 group buy as sold by the box,
# and a per-件 one by the piece): `+2 boxes` there counts its 盒. A Chinese word stays its own unit.
_ENGLISH_ALSO: dict[str, frozenset[str]] = {"箱": frozenset({"盒"}), "个": frozenset({"件", "只"})}


def same_unit(typed: str, sold_in: str) -> bool:
    """Whether a quantity typed in `typed` counts units of a group buy sold in `sold_in` (`boxes`: a 箱, and
    a 盒 too, as English says both)."""
    key, sold = unit_key(typed), unit_key(sold_in)
    if key == sold:
        return True
    return typed.isascii() and sold in _ENGLISH_ALSO.get(key, frozenset())


# English unit words kept as the Chinese unit they name, as `jin` is kept as 斤: one spelling of each in the
# API and the export, whatever the chat typed (an English chat still reads "dozen", "kg", "g").
STORED_AS = {"dozen": "打", "kg": "公斤", "g": "克"}


def sold_unit(word: str) -> str:
    """The unit a price was said per, as kept on the terms: `""` for a portion (`/份`, `each`); an English
    word for a Chinese unit as that unit (`jin`, `catty`: 斤; `box`, `boxes`: 箱; `piece`, `pcs`: 个;
    `dozen`, `dozens`: 打; `kg`, `kgs`, `kilo`: 公斤; `g`, `grams`: 克), so a group buy opened `12/jin` in a
    Chinese chat is sold by the chat's own 斤; any other English plural as its singular (`trays`: tray); a
    Chinese word as its unit's one spelling (`千克`, `ｋｇ`: 公斤, as `kg` is; `市斤`: 斤; `打`). Terms kept
    before (`jin`, `kg`) still compare as their unit (`same_unit`)."""
    key = unit_key(word)
    if not key:
        return ""
    if word.isascii():
        return STORED_AS.get(key, key)
    return key if not key.isascii() else STORED_AS.get(key, unicodedata.normalize("NFKC", word).strip())


def counts_in(typed: str, sold_in: str) -> bool:
    """Whether a quantity typed in `typed` is an amount of a group buy sold in `sold_in`: the same unit,
    or two weights (`2斤` of one sold by the kg: 1 kg); never on one sold by the 份 (`sold_in` "")."""
    if not unit_key(sold_in):
        return False
    return same_unit(typed, sold_in) or (grams(typed) is not None and grams(sold_in) is not None)


def grams(unit: str) -> int | None:
    """The size of a weight unit in grams (`斤`: 500, `公斤`: 1000, `两`: 50), None for any other unit."""
    return _GRAMS.get(unit_key(unit))


def amount(measured: Measured) -> Fraction | None:
    """How much of its unit a join typed, exactly: `2斤` 2, `2.5斤` 5/2, `半斤` (`half a dozen`) 1/2, `两斤半`
    5/2; None when
    its `part` cannot be read as an amount."""
    if not measured.part:
        return Fraction(measured.quantity)
    said = unicodedata.normalize("NFKC", measured.part)
    half = Fraction(1, 2) if "半" in said or _HALF.match(said) else Fraction(0)  # `half a dozen` too
    number = _DECIMAL.search(said)
    if number is not None:
        return Fraction(number.group().replace("．", ".")) + half
    numeral = _NUMERALS.get(said[:1])
    if numeral is not None:  # `两斤半`; `十二斤半` (a numeral of two) is not read here
        return None if said[1:2] in _NUMERALS else numeral + half
    return half or None  # `半斤`: a half; nothing readable: None


def in_unit(quantity: Fraction, typed: str, sold_in: str) -> Fraction | None:
    """`quantity` of the weight unit `typed` in the weight unit `sold_in` (`1` kg in 斤: 2), exact; None
    when either is no weight (a 箱 never converts)."""
    source, target = grams(typed), grams(sold_in)
    if source is None or target is None:
        return None
    return quantity * source / target


def nearest(quantity: Fraction) -> tuple[int, ...]:
    """The whole amounts either side of one that is not whole (`0.6`: 1 alone, as 0 is nothing; `2.5`:
    2 and 3); a whole one alone."""
    below = quantity.numerator // quantity.denominator
    if below == quantity:
        return (below,)
    return (below, below + 1) if below >= 1 else (1,)


# A weight the title names (`阳光玫瑰 2斤装`, `Grapes 500g`, `苹果 1kg`): how much one 份 is.
_TITLE_WEIGHT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(斤|公斤|千克|克|kg|g)(?![a-z])", re.IGNORECASE)


def portion_weight(title: str) -> tuple[Fraction, str] | None:
    """The grams in one 份 of a group buy sold by the 份 whose title names one weight (`2斤装`: 1000), and
    that weight as the title writes it (`2斤`, `1 kg`); None when it names none or several."""
    found = _TITLE_WEIGHT.findall(unicodedata.normalize("NFKC", title))
    if len(found) != 1:
        return None
    number, unit = found[0]
    size = grams(unit)
    if size is None:
        return None
    return Fraction(number) * size, f"{number} {unit.lower()}" if unit.isascii() else f"{number}{unit}"
