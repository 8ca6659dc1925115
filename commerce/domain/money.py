"""Money as integer minor units with an ISO currency: never a float, always exact.

People type prices the way they say them (`88`, `88.5`, `¥88.50`, `88元`); `parse_money` accepts those
and rejects the rest with a reason the chat layer can show.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from commerce.domain.errors import DomainError

# Digits after the decimal point per currency (ISO 4217; XTR is Telegram Stars, whole units).
EXPONENTS: dict[str, int] = {
    "CNY": 2,
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "HKD": 2,
    "TWD": 2,
    "SGD": 2,
    "RUB": 2,
    "INR": 2,
    "JPY": 0,
    "KRW": 0,
    "XTR": 0,
}
SYMBOLS: dict[str, str] = {
    "CNY": "¥",
    "USD": "$",
    "EUR": "€",
    "GBP": "£",
    "HKD": "HK$",
    "TWD": "NT$",
    "SGD": "S$",
    "RUB": "₽",
    "INR": "₹",
    "JPY": "JP¥",
    "KRW": "₩",
    "XTR": "⭐",
}
# Marks people put before or after an amount; they say nothing beyond "this is money".
_PREFIXES = (
    "us$",
    "s$",
    "hk$",
    "nt$",
    "¥",
    "￥",
    "rmb",
    "cny",
    "$",
    "usd",
    "sgd",
    "hkd",
    "twd",
    "€",
    "eur",
    "£",
    "gbp",
    "⭐",
)
_SUFFIXES = ("元", "块钱", "块", "rmb", "cny", "yuan", "⭐", "stars", "star")
# a currency code after the number (`3 usd`, `3 eur`): read as `usd 3` is (the caller says which currency)
_CODE_SUFFIXES = ("usd", "sgd", "hkd", "twd", "eur", "gbp")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
# A comma is read only between groups of three digits (`1,200`, `12,000.50`); `2,50` is no price (a
# decimal comma read as nothing would be 100 times the price meant).
_GROUPED = re.compile(r"^\d{1,3}(,\d{3})+(\.\d+)?$")
_DECIMAL_COMMA = re.compile(r"^\d*,\d+$")  # `2,50`, and `,50` (0.50) too
MAX_MINOR = 10**12


def exponent(currency: str) -> int:
    """Minor-unit exponent of a currency; unknown currencies are refused, not guessed."""
    try:
        return EXPONENTS[currency]
    except KeyError:
        raise DomainError("currency_unknown", currency=currency, supported=", ".join(EXPONENTS)) from None


@dataclass(frozen=True, order=True)
class Money:
    """An exact amount: `minor` units (fen for CNY) of `currency`."""

    minor: int
    currency: str = "CNY"

    def __post_init__(self) -> None:
        exponent(self.currency)

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def __mul__(self, times: int) -> Money:
        return Money(self.minor * times, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def format(self) -> str:
        return format_money(self.minor, self.currency)

    def __str__(self) -> str:
        return self.format()


def format_money(minor: int, currency: str = "CNY") -> str:
    """`¥88`, `¥88.50`, `-¥3.05`, `50⭐`, `¥12,345.60`: whole amounts drop their zeros, as people write
    them, and thousands are separated so that ¥12,345 is not misread as ¥1,234 (`parse_money` reads it)."""
    exp = exponent(currency)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**exp) if exp else (abs(minor), 0)
    number = f"{whole:,}" if frac == 0 else f"{whole:,}.{frac:0{exp}d}"
    symbol = SYMBOLS.get(currency, currency + " ")
    if currency == "XTR":
        return f"{sign}{number}{symbol}"
    return f"{sign}{symbol}{number}"


def currency_side(text: str) -> str | None:
    """Where a currency sign or word alone goes beside an amount as people type it: "before" (`¥`,
    `$`, `usd`), "after" (`元`, `块`, `stars`); None for anything else."""
    word = unicodedata.normalize("NFKC", text).strip().lower()
    if word in _SUFFIXES:  # `⭐`, `rmb`: either side, after as most write it (`50⭐`)
        return "after"
    return "before" if word in _PREFIXES else None


# A price's own currency sign or code (`price €3`, `price US$3`, `S$3`, `3 usd`): its currency, as
# `currency EUR` says it; a bare `$` names none of USD, SGD, HKD, TWD (`DOLLARS`)
CURRENCY_SIGNS = (
    (re.compile(r"us\$"), "USD"),
    (re.compile(r"hk\$"), "HKD"),
    (re.compile(r"nt\$"), "TWD"),
    (re.compile(r"(?<![a-z])sg?\$"), "SGD"),
    (re.compile(r"€|(?<![a-z])eur(?![a-z])"), "EUR"),
    (re.compile(r"£|(?<![a-z])gbp(?![a-z])"), "GBP"),
    (re.compile(r"(?<![a-z])usd(?![a-z])"), "USD"),
    (re.compile(r"(?<![a-z])sgd(?![a-z])"), "SGD"),
    (re.compile(r"(?<![a-z])hkd(?![a-z])"), "HKD"),
    # said in Chinese (`提现 5 美元`, `5美金`, `5 新币`)
    (re.compile(r"美元|美金|美刀"), "USD"),
    (re.compile(r"新币|新幣|新加坡元|新元"), "SGD"),
    (re.compile(r"港币|港幣|港元|港纸"), "HKD"),
    (re.compile(r"台币|新台币"), "TWD"),
    (re.compile(r"欧元|歐元"), "EUR"),
    (re.compile(r"英镑|英鎊"), "GBP"),
    # the region's and beyond (`RM25`, `25 ringgit`, `25马币`, `A$25`, `500円`); a short word (`rm`, `rs`,
    # `rp`, `won`, `dong`) only beside a number, never inside a word (`confirm`, `hrs`); the parsers hand
    # over only the amount typed, so `I paid 1-1 25, rm 302 pickup` is never read as ringgit
    (
        re.compile(
            r"(?<![a-z])(?:myr|ringgits?)(?![a-z])|(?<![a-z])rm\s*(?=\d)|\d\s*rm(?![a-z])|马币|馬幣|令吉"
        ),
        "MYR",
    ),
    (re.compile(r"(?<![a-z])(?:aud(?![a-z])|au?\$)|澳币|澳幣|澳元"), "AUD"),
    (re.compile(r"(?<![a-z])(?:cad(?![a-z])|ca?\$)|加币|加幣|加元"), "CAD"),
    (re.compile(r"(?<![a-z])(?:nzd(?![a-z])|nz\$)|纽币|纽元|新西兰元"), "NZD"),
    (re.compile(r"(?<![a-z])twd(?![a-z])|台幣"), "TWD"),
    (re.compile(r"(?<![a-z])(?:jpy|yen)(?![a-z])|jp¥|円|日元|日币|日圓"), "JPY"),
    (re.compile(r"(?<![a-z])krw(?![a-z])|₩|韩元|韩币|韓元|\d\s*won(?![a-z])"), "KRW"),
    (re.compile(r"(?<![a-z])(?:thb|baht)(?![a-z])|฿|泰铢|泰銖"), "THB"),
    (re.compile(r"(?<![a-z])(?:php|pesos?)(?![a-z])|₱|比索"), "PHP"),
    (re.compile(r"(?<![a-z])(?:idr|rupiah)(?![a-z])|(?<![a-z])rp\.?\s*(?=\d)|印尼盾"), "IDR"),
    (re.compile(r"(?<![a-z])(?:inr|rupees?)(?![a-z])|₹|(?<![a-z])rs\.?\s*(?=\d)|卢比"), "INR"),
    (re.compile(r"(?<![a-z])vnd(?![a-z])|₫|越南盾|\d\s*dong(?![a-z])"), "VND"),
    (re.compile(r"(?<![a-z])(?:rub|roubles?|rubles?)(?![a-z])|₽|卢布"), "RUB"),
    (re.compile(r"(?<![a-z])euros?(?![a-z])"), "EUR"),
)
# The marks of the currencies above as people type them beside an amount, for the parsers that read an
# amount out of a message (`I paid RM25`, `付了 20港币`, `/ipaid 1-1 20 MYR`): read with the amount, so
# `names_another_currency` refuses them, never left over as words (a pattern's source, case-insensitive)
CURRENCY_BEFORE = (
    r"(?:[€£₩₹₱₫₽฿]|jp[¥￥]|(?<![a-z])(?:us|hk|nt|sg?|au?|ca?|nz)\$"
    r"|(?<![a-z])(?:usd|sgd|hkd|twd|eur|gbp|myr|aud|cad|nzd|jpy|krw|thb|php|idr|inr|vnd|rub|rm|rp|rs)(?![a-z])\.?)"
)
CURRENCY_AFTER = (
    r"(?:(?:usd|sgd|hkd|twd|eur|gbp|myr|aud|cad|nzd|jpy|krw|thb|php|idr|inr|vnd|rub|rm|ringgits?|euros?|yen|won"
    r"|baht|pesos?|rupiah|rupees?|dong|roubles?|rubles?)(?![a-z])|美元|美金|美刀|新加坡元|新币|新幣|新元|港币|港幣|港元"
    r"|港纸|新台币|台币|台幣|马币|馬幣|令吉|澳币|澳幣|澳元|加币|加幣|加元|纽币|纽元|新西兰元|欧元|歐元|英镑|英鎊|日元|日币|日圓"
    r"|円|韩元|韩币|韓元|泰铢|泰銖|比索|印尼盾|卢比|越南盾|卢布|[€£₩₹₱₫₽฿])"
)
_OWN_BEFORE = re.compile(rf"^{CURRENCY_BEFORE}\s*")
_OWN_AFTER = re.compile(rf"\s*{CURRENCY_AFTER}$")
_DOLLAR_WORD = re.compile(r"(?<![a-z])dollars?(?![a-z])|\d\s*刀")  # `5 dollars`, `5刀`: a dollar
DOLLARS = frozenset({"USD", "SGD", "HKD", "TWD"})


_YUAN = re.compile(r"[¥￥元块]|人民币|(?<![a-z])(?:rmb|cny|yuan|renminbi)(?![a-z])")


def names_another_currency(typed: str, currency: str) -> bool:
    """Whether an amount as typed (`$5`, `5 usd`, `€5`, `5元`) names a currency other than `currency`:
    a sign or code of another, a bare `$` where `currency` is no dollar, a yuan sign or word where it is
    no yuan (¥ in a JPY group is its own)."""
    said = unicodedata.normalize("NFKC", typed).replace("\ufe0f", "").strip().lower()
    for sign, code in CURRENCY_SIGNS:
        if sign.search(said):
            return code != currency
    if "$" in said or _DOLLAR_WORD.search(said):
        return currency not in DOLLARS
    return currency not in ("CNY", "JPY") and _YUAN.search(said) is not None


def parse_money(text: str, currency: str = "CNY") -> Money:
    """Parse an amount as people type it into minor units; raise `DomainError("price_invalid")`, or
    `price_comma` for a comma not between groups of three digits (`2,50`: example `2.50`)."""
    cleaned = unicodedata.normalize("NFKC", text).strip().lower()
    if not names_another_currency(cleaned, currency):  # its own word first: `20欧元` is never `20欧` + 元
        cleaned = _OWN_AFTER.sub("", _OWN_BEFORE.sub("", cleaned))
    for prefix in _PREFIXES:
        if cleaned.startswith(prefix):
            cleaned = cleaned[len(prefix) :].strip()
            break
    for suffix in (*_SUFFIXES, *_CODE_SUFFIXES):
        if cleaned.endswith(suffix):
            cleaned = cleaned[: -len(suffix)].strip()
            break
    if not names_another_currency(cleaned, currency):  # its own mark (`₹20` in rupees, `500円` in yen)
        cleaned = _OWN_AFTER.sub("", _OWN_BEFORE.sub("", cleaned))
    if "," in cleaned:
        if _DECIMAL_COMMA.match(cleaned) and not _GROUPED.match(cleaned):
            raise DomainError("price_comma", value=text, example=decimal_point(text))
        cleaned = cleaned.replace(",", "") if _GROUPED.match(cleaned) else cleaned
    if not _NUMBER.match(cleaned):
        raise DomainError("price_invalid", value=text)
    try:
        value = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern already ruled this out
        raise DomainError("price_invalid", value=text) from None
    exp = exponent(currency)
    minor = value.scaleb(exp)
    if minor != minor.to_integral_value():
        raise DomainError("price_too_precise", value=text, digits=exp)
    if minor <= 0:
        raise DomainError("price_not_positive", value=text)
    if minor > MAX_MINOR:
        raise DomainError("price_too_large", value=text)
    return Money(int(minor), currency)


def decimal_point(text: str) -> str:
    """`2,50/kg` as it was meant, `2.50/kg` (a fullwidth `，` too; `,50` as `0.50`): the example for
    `price_comma`."""
    pointed = unicodedata.normalize("NFKC", text).strip().replace(",", ".")
    return re.sub(r"(?<!\d)\.(?=\d)", "0.", pointed)  # `,50`: `0.50`


def allocate(total: int, weights: Sequence[int]) -> list[int]:
    """Split `total` by `weights` so the parts always add up to `total` exactly.

    Largest-remainder method: each part gets its floor share, then the leftover units go one each to
    the parts with the largest remainders (earliest first on ties), so the split is deterministic.
    """
    if not weights:
        raise ValueError("allocate needs at least one weight")
    if any(w < 0 for w in weights):
        raise ValueError("weights cannot be negative")
    weight_sum = sum(weights)
    if weight_sum == 0:
        raise ValueError("weights cannot all be zero")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    shares = [magnitude * w // weight_sum for w in weights]
    remainders = [magnitude * w % weight_sum for w in weights]
    leftover = magnitude - sum(shares)
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:leftover]:
        shares[i] += 1
    return [sign * s for s in shares]
