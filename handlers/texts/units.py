"""A group buy's unit in what the chat reads, in one place for every text that shows a unit price or a
quantity of one: sold per 斤 (`价格 15元/斤`, `price 12/kg`: `Terms.unit`, commerce.domain.units) it is
`¥15/斤`, `¥12/kg`, `2斤`, `2 kg`, `2斤 荔枝` / "2 kg of Lychees"; a group buy with no unit (`""`, and
every one with options: each option is its own) reads as it always did: `¥15/份` / "¥15 each", `×2`,
`2 × 荔枝`, `5 份` / "5 units".

The unit is said in the reader's language (`said`), whatever language it was typed in: an English chat
reads a Chinese unit by its English word (`¥12/jin`, "2 pieces", "1 box"), a Chinese chat an English
unit word by its Chinese unit (`¥12/斤`, `2个`); `kg`, `g` and a unit neither knows read as typed.
"""

from __future__ import annotations

import unicodedata

from commerce.domain.units import unit_key
from handlers.texts import has, t

# English unit words a count says in the plural ("2 boxes"): each has a plural entry `unit_word_<word>` in
# the catalogs ("1 box", "2 boxes"; in Chinese as typed). `kg`, `g`, `lb`, `斤` and any other read as typed.
COUNTED = frozenset(
    {
        "box",
        "bag",
        "bottle",
        "pack",
        "piece",
        "pc",
        "jar",
        "can",
        "carton",
        "tray",
        "bunch",
        "basket",
        "punnet",
    }
)


# A weight's symbol where Chinese text says the unit as a word (`按公斤卖`, `不是整公斤数`, `要几公斤`,
# `单价（每公斤）`); a number keeps the symbol as prices do everywhere (`¥12/kg`, `2 kg`, README "Units").
_ZH_WORDS = {"kg": "公斤", "g": "克"}


# A Chinese unit's English word, for a refusal or an example an English chat reads (`sold by the piece`,
# "6 pieces", "2 jin"), as a group buy priced in that English word reads; a count noun among `COUNTED`
# takes its plural there. Chinese reads the unit as typed.
_EN_WORDS = {
    "个": "piece",
    "件": "piece",
    "只": "piece",
    "箱": "box",
    "袋": "bag",
    "瓶": "bottle",
    "包": "pack",
    "罐": "can",
    "盒": "box",
    "斤": "jin",
    "打": "dozen",
    "公斤": "kg",
    "千克": "kg",
    "克": "g",
}


# An English unit word's Chinese unit, for a text a Chinese chat reads (`jin`: 斤, `piece`: 个, `box`: 箱):
# `_EN_WORDS` read backwards, the first Chinese unit listed for a word; kg and g stay symbols (`¥12/kg`).
_ZH_UNITS: dict[str, str] = {}
for _zh, _en in _EN_WORDS.items():
    if _en not in _ZH_WORDS:
        _ZH_UNITS.setdefault(_en, _zh)


def english(lang: str, unit: str) -> str:
    """`unit` as an English text says it: a Chinese unit by its English word (`个`: piece, `斤`: jin);
    any other, and every unit in Chinese, as typed."""
    if lang.startswith("zh"):
        return unit
    return _EN_WORDS.get(unicodedata.normalize("NFKC", unit).strip(), unit)


def chinese(unit: str) -> str:
    """`unit` as a Chinese text says it: an English unit word by its Chinese unit (`jin`: 斤, `piece`,
    `pieces`, `pcs`: 个, `box`: 箱); a weight with a symbol by it (`公斤`, `千克`, `kg`: kg; `克`: g), as a
    price tag says it (`¥12/kg`, `1 kg`: a group buy opened `12/kg` is kept as 公斤, `word` says 公斤); a
    Chinese unit and any other as typed."""
    folded = unicodedata.normalize("NFKC", unit).strip().lower()
    if unit_key(folded) in _ZH_WORDS:
        return unit_key(folded)
    if folded in _ZH_UNITS:
        return _ZH_UNITS[folded]
    key = unit_key(unit)  # a plural or another spelling of one (`pieces`, `catty`): the unit it means
    return key if key in _ZH_UNITS.values() else unit


def said(lang: str, unit: str) -> str:
    """`unit` in the reader's language: English `jin` for 斤, Chinese `斤` for jin (`english`,
    `chinese`); with no language (`""`: as typed, a member's own words quoted back) as it is."""
    if not unit or not lang:
        return unit
    return chinese(unit) if lang.startswith("zh") else english(lang, unit)


def word(lang: str, unit: str) -> str:
    """The unit as a word in the reader's language: in Chinese `公斤` for kg and `克` for g; else as typed."""
    unit = said(lang, unit)
    if not lang.startswith("zh"):
        return unit
    return _ZH_WORDS.get(unicodedata.normalize("NFKC", unit).strip().lower(), unit)


def per_unit(lang: str, price: str, unit: str) -> str:
    """A unit price where the text says what it is per: `¥15/斤`, `¥12/kg`; with no unit `¥15/份` /
    "¥15 each" (options' prices too: `3斤 ¥58 / 5斤 ¥88/份`)."""
    if unit:
        return t(lang, "price_per_unit", price=price, unit=said(lang, unit))
    return t(lang, "price_per_portion", price=price)


def priced(lang: str, price: str, unit: str) -> str:
    """A price where the text says no "each" (`改价：¥88 → ¥80`, `价格 ¥80`): `¥15/斤` in a unit, the
    price alone without one."""
    return t(lang, "price_per_unit", price=price, unit=said(lang, unit)) if unit else price


def quantity(count: int, unit: str, lang: str = "") -> str:
    """A number of units: `2斤`, `2 kg` (a space before a Latin unit, as typed: `+2 kg`); `2` with none.
    With the reader's `lang`, the unit is said in it (`said`: "2 jin", `2个`) and an English count noun
    takes its plural form: "1 box", "2 boxes", "2 pieces"."""
    if not unit:
        return str(count)
    unit = said(lang, unit)
    word = unicodedata.normalize("NFKC", unit).strip().lower()
    if lang and isinstance(count, int) and word in COUNTED and has(f"unit_word_{word}"):
        return t(lang, f"unit_word_{word}", count=count)
    return f"{count} {unit}" if unit.isascii() else f"{count}{unit}"


def titled(title: str, count: int, unit: str, lang: str) -> str:
    """What an order holds, as a refund's notices name it: `荔枝 3斤`, "Lychees 3 jin"; with no unit
    `草莓 1盒 ×2`."""
    return f"{title} {quantity(count, unit, lang)}" if unit else f"{title} ×{count}"


def times(count: int, unit: str, lang: str = "") -> str:
    """A line's quantity after a name (`Bob ×2`): in a unit the amount alone, `Bob 3 kg`, `Bob 2斤`,
    "Cat 2 boxes" (never `×3 kg`); `×2` with none."""
    return quantity(count, unit, lang) if unit else f"×{count}"


def held(lang: str, count: int, unit: str) -> str:
    """`times` in the order the refusals' table calls it (handlers.texts): `4斤`, `4 kg`, `×4` with none."""
    return times(count, unit, lang)


def amount(lang: str, count: int, unit: str) -> str:
    """A number said where "per person" or "have" follows (`每人限购 6 份`, "limited to 6 per person"):
    in a unit `6斤`, "6 kg"; with none `6 份` in Chinese, the number alone in English."""
    return quantity(count, unit, lang) if unit else t(lang, "units_plain", count=count)


def units(lang: str, count: int, unit: str) -> str:
    """So many sold or asked for: `6斤`, `6 kg`; with no unit `6 份` / "6 units"."""
    return quantity(count, unit, lang) if unit else t(lang, "units_count", count=count)


def more(lang: str, count: int, unit: str) -> str:
    """How many more reach a tier (`再 8 份 ¥68`, "8 more for ¥68"): `8斤`, `8 kg`; `8 份` / `8` with none."""
    return quantity(count, unit, lang) if unit else t(lang, "units_more", quantity=count)


def items(lang: str, count: int, title: str, unit: str) -> str:
    """A line's units of a group buy: `2斤 荔枝`, "2 kg of Lychees"; with no unit `2 × 荔枝`."""
    if unit:
        return t(lang, "items_in_unit", quantity=quantity(count, unit, lang), title=title)
    return t(lang, "items", quantity=count, title=title)


def set_to_example(lang: str, n: int, unit: str, option: str = "", number: int | None = None) -> str:
    """The set-to a member sends to make her line `n` (catalog `set_to_example`): `改成3盒`, `改成2公斤 #2`,
    `小盒改成1份`; "make it 3", "make it 1 veg #2". Chinese says the unit as the set-to reads it (`改成2kg`
    is not read, `改成2公斤` is), 份 with none; English the number alone (`make it 1 斤` is not read, and
    "make it 1" on a per-斤 group buy is 1 斤). `number`: the group buy's, where several are open."""
    amount = f"{n}{word(lang, unit) or '份'}" if lang.startswith("zh") else str(n)
    at = "" if number is None else f"#{number}"
    return " ".join(t(lang, "set_to_example", amount=amount, option=option, at=at).split())


def tier(lang: str, min_quantity: int, price: str, unit: str) -> str:
    """A price tier: `满10份 ¥78` / "10+ ¥78"; in a unit `满10斤 ¥78/斤` / "from 10 kg ¥78/kg"."""
    if unit:
        said = quantity(min_quantity, unit, lang)
        return t(lang, "card_tier_in_unit", quantity=said, price=per_unit(lang, price, unit))
    return t(lang, "card_tier", quantity=min_quantity, price=price)
