"""The terms of a new group buy from one line: `海南贵妃芒 5斤 价格 88 阶梯 10:78,20:68 成团 10 截止 今晚8点`.

The title is what comes before the first keyword; after that, English and Chinese keywords may come in
any order, with or without spaces (`价格88`, `price: 88`). Each value is read strictly: a wrong one is
refused with a message that shows the right form, and nothing is opened. The pickup point and the
payment note are the organiser's own words: given the message as typed, they are kept as typed
(`收款方式 转账，备注：芒果` keeps its full-width punctuation), not as the parser's normalised copy.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import PriceTier, ProductOption, Terms
from commerce.domain.money import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    CURRENCY_SIGNS,
    DOLLARS,
    EXPONENTS,
    SYMBOLS,
    currency_side,
    decimal_point,
    exponent,
    names_another_currency,
    parse_money,
)
from commerce.domain.options import tiers_from_discounts, with_options
from commerce.domain.payments import STARS
from commerce.domain.units import sold_unit, unit_key
from handlers.parsing.numbers import NUMBER, chinese_numeral, parse_int, shown
from handlers.parsing.pickup import place_and_time
from handlers.parsing.typed import as_typed
from handlers.parsing.when import parse_when

KEYWORDS: dict[str, str] = {
    "price": "price",
    "tiers": "tiers",
    "tier": "tiers",
    "target": "target",
    "goal": "target",
    "stock": "stock",
    "limit": "limit",
    "ends": "ends",
    "deadline": "ends",
    "pickup": "pickup",
    "payment": "payment_note",
    "currency": "currency",
    "options": "options",
    "规格": "options",
    "币种": "currency",
    "货币": "currency",
    "单价": "price",
    "价格": "price",
    "价钱": "price",
    "阶梯价": "tiers",
    "阶梯": "tiers",
    "成团": "target",
    "成团数": "target",
    "目标": "target",  # `目标5`: the target, as `成团 5`
    "成团目标": "target",
    "库存": "stock",
    "限量": "stock",  # `限量 5`: how many there are, what people write for 库存
    "每人限量": "limit",
    "每人限购": "limit",
    "限购": "limit",
    "截止时间": "ends",
    "截止": "ends",
    "截至时间": "ends",  # `截至 周五`: how 截止 is often written (rep74 #8)
    "截至": "ends",
    "自提点": "pickup",
    "自提": "pickup",
    "收款方式": "payment_note",
    "付款方式": "payment_note",
}
_ASCII_WORDS = sorted((w for w in KEYWORDS if w.isascii()), key=len, reverse=True)
_CJK_WORDS = sorted((w for w in KEYWORDS if not w.isascii()), key=len, reverse=True)
_KEYWORD = re.compile(
    "(?<![a-z])(?:" + "|".join(_ASCII_WORDS) + ")(?![a-z])|" + "|".join(_CJK_WORDS),
    re.IGNORECASE,
)
_SEPARATORS = " :=,、;；"
# A price's amount that starts with a comma after a space (`price ,50`, `价格 ，5`): a decimal written with a
# comma, not a separator after the keyword (`价格，50` with none reads 50, as ever).
_COMMA_FIRST = re.compile(r"^\s+[,，]\d")
_TIER_SPLIT = re.compile(r"[,、;；\s]+")
_TIER = re.compile(rf"^(?P<qty>{NUMBER})\s*(?:[:=xX@]|件|份|个)\s*(?P<price>[^:=]+)$")
# The unit a price is per (`15元/斤`, `15元一斤`, `12/kg`, `12 per box`): kept as the group buy's
# (`Terms.unit`). Any other word after `per` / `/` is `price_unit_unknown`, naming these (`KNOWN_UNITS`).
_LATIN_UNITS = ("kg", "g", "lb", "box", "bag", "bottle", "pack", "piece", "jar", "can", "carton", "tray")
KNOWN_UNITS = (
    *_LATIN_UNITS,
    "bunch",
    "basket",
    "punnet",
    "dozen",
    "jin",
    "打",  # a dozen, as `dozen` (commerce.domain.units)
    "斤",
    "公斤",
    "箱",
    "盒",
    "袋",
    "瓶",
    "包",
    "个",
    "件",
    "份",
)
# Other spellings of those a price also takes, as a join does (commerce.domain.units.unit_key: `boxes` 箱)
_OTHER_SPELLINGS = (
    *("boxes", "bags", "bottles", "packs", "pieces", "pc", "pcs", "jars", "cans", "cartons", "trays"),
    *("bunches", "baskets", "punnets", "dozens", "catty", "catties", "kgs", "lbs", "千克", "市斤"),
)
_UNIT_WORD = rf"(?:{'|'.join(sorted([*KNOWN_UNITS, *_OTHER_SPELLINGS], key=len, reverse=True))})(?![a-z])"
_PER = r"(?:/|每|一|(?<![a-z])per\s)"
_PER_UNIT = re.compile(rf"\s*(?:{_PER}\s*(?P<unit>{_UNIT_WORD})|each)$", re.IGNORECASE)
# `价格 15 单位 打`, `price 15 unit dozen`: the unit named apart, meant as `15/打` (refused with that form).
_UNIT_APART = re.compile(r"^(?P<amount>\S+)\s*(?:单位|unit)\s*[:：]?\s*(?P<unit>[^\s\d/]+)$", re.IGNORECASE)
# A price said per a word that is no unit here (`30 per tray`, `30/盘`): refused with the units known.
_PER_OTHER = re.compile(rf"\s*{_PER}\s*(?P<unit>[^\s\d/]+)$", re.IGNORECASE)
_DISCOUNT = re.compile(r"^(?:-|减)\s*(?P<amount>.+)$")  # `10:-5`: from 10 units, ¥5 less a unit
_OPTION = re.compile(r"^(?P<name>[^:=]+?)\s*[:=]\s*(?P<price>[^:=]+?)(?:\s*[:=]\s*(?P<stock>[^:=]+))?$")
# Between options written with commas (a name may then have spaces: `red bean:48,egg yolk:68`)
_OPTION_SPLIT = re.compile(r"[,，、;；]+")
_PRICED = re.compile(r"[:=]")
_STARS = re.compile(r"\d\s*stars?\b")
_CURRENCY_ALIASES = {"⭐": STARS, "stars": STARS, "star": STARS, "星星": STARS, "rmb": "CNY", "元": "CNY"}
# a price as typed with its currency's mark (`¥30`, `€30`, `S$30`, `30欧元`, `30 euros`: the shared marks)
_AMOUNT = (
    rf"(?:[¥$€£]|rmb|cny|{CURRENCY_BEFORE})?\d+(?:\.\d{{1,2}})?(?:元|块|rmb|cny|⭐|\s*{CURRENCY_AFTER})?"
)
_BARE_PRICE = re.compile(rf"^{_AMOUNT}$", re.IGNORECASE)
# The price closing a title, maybe with its unit (`芒果 30元`, `荔枝 15元一斤`, `Mangoes 12 per kg`, `12/kg`).
# (`Mangoes $20 each`: "each" is the price's, a portion, as `price 20 each` is)
_TITLE_PRICE = re.compile(
    rf"^(?P<head>.*?)\s+(?P<price>{_AMOUNT}(?:\s*{_PER}\s*[^\s\d/]+|\s+each)?)$", re.IGNORECASE
)
# A price inside the title with words after it that are no keyword (`芒果 78元/份 目标五`): those words
# are what was not understood, never "write a price"
_PRICE_THEN_WORDS = re.compile(
    rf"^(?P<head>.*?)\s+(?P<price>{_AMOUNT}(?:\s*{_PER}\s*[^\s\d/]+|\s+each(?=\s))?)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# A price in the title its own rules refuse (`茶叶 ¥-5/份`, `Tea ¥0.001`, `茶叶 -5元`): its sign or 元 says it
# is the price, read as `价格 …` is so its own refusal names what is wrong, never "add a price"
_TITLE_PRICE_REFUSED = re.compile(
    rf"^(?P<head>.*?)\s+(?P<price>(?:[¥￥$€£]\s*[-−]?\s*\d[\d.,]*|[-−]\s*\d[\d.,]*\s*(?:元|块)|\d+\.\d{{3,}}\s*(?:元|块))"
    rf"(?:\s*{_PER}\s*[^\s\d/]+)?)$",
    re.IGNORECASE,
)
# A count of more digits than any could have (`target` and 5,000 digits) is out of its range.
_OUT_OF_RANGE = {
    "target": lambda value: DomainError("target_invalid", value=value),
    "stock": lambda value: DomainError("stock_invalid", value=value),
    "limit": lambda value: DomainError("limit_invalid", value=value),
}
_COUNT_UNITS = re.compile(r"^(?:每人)?\s*(?P<n>[^\s份个件人箱盒袋]+)\s*(?:份|个|件|人|箱|盒|袋)?$")
# A whole number, then a word no keyword (`目标 3 限额 5`): that word is what is wrong, not the number.
_COUNT_THEN_WORD = re.compile(
    r"^(?P<n>[^\s份个件人箱盒袋]+)\s*(?:份|个|件|人|箱|盒|袋)?\s+(?P<word>[^\s\d]+)"
)


# `limit 0`, `limit none`, `限购 无`: no limit per person any more, as none typed at the opening (rep100 #6)
_NO_LIMIT = frozenset({"0", "０", "零", "无", "没有", "不限", "不要", "none", "no", "off", "unlimited"})
# `no limit`, `不限购`: said as one phrase, read as `limit none` / `限购 无` (rep100 #6)
_NO_LIMIT_PHRASE = re.compile(
    r"(?<!\S)(?:no(?:\s+per[-\s]person)?\s+limit|unlimited|remove\s+(?:the\s+)?limit)(?!\S)", re.IGNORECASE
)
_NO_LIMIT_CJK = re.compile(r"(?:不限购|不限量|取消限购|没有限购|无限购)")


def no_limit_said(text: str) -> str:
    """`no limit` as `limit none`, `不限购` as ` 限购 无`: the keyword and a value that lifts the limit."""
    return _NO_LIMIT_CJK.sub(" 限购 无 ", _NO_LIMIT_PHRASE.sub("limit none", text)).strip()


def limit_lifted(values: dict[str, tuple[str, str]]) -> bool:
    """`limit 0`, `limit none`, `限购 无`: the limit per person lifted."""
    return "limit" in values and values["limit"][1].strip().lower().rstrip("份个件") in _NO_LIMIT


def _no_limit_after_title(text: str, *, typed: str) -> str:
    """`no limit`, `不限购` after the title (`芒果 价格 20 不限购`, `芒果 不限购 价格 20`) as `limit none`: no
    limit per person, as none typed and as `/edit`'s; the words of a title are its own (`Unlimited data
    SIM`, `不限购好物` first: no title left without them), read as today."""
    said = no_limit_said(text)
    if said == text:
        return text
    title, _ = keyword_values(text, typed=typed)
    title_said, _ = keyword_values(said, typed=typed)
    return said if title_said and title.startswith(title_said) else text


def parse_terms(text: str, *, currency: str, now: datetime, tz: ZoneInfo, typed: str = "") -> Terms:
    """`Terms` from the words after `/groupbuy` or `接龙`; raises `DomainError` naming what is wrong.

    `typed` is the whole message as the member typed it (`text` is the parser's normalised rest of it):
    the pickup point and the payment note are cut from it.
    """
    _refuse_payment_window(text)
    _refuse_two_openings(text)
    text = _FLASH_SALE.sub("截止", text)  # `限时 2小时`: how long the flash sale runs, its deadline
    text = _tiers_in_words(text)  # `满10份每份减2`: as `阶梯 10:-2` (rep77 #4)
    text = deadline_said(text, now=now, tz=tz)  # `明晚8点截单`, `明天晚上8点截止`: as `截止 明天晚上8点`
    text = _no_limit_after_title(text, typed=typed)  # `价格 20 不限购`, `price 5 no limit`: as `limit none`
    refuse_term_twice(text, editing=False)  # `价格 8 价格 9`: which price? (`截止` twice: which deadline?)
    title, values = keyword_values(text, typed=typed)
    _refuse_tier_words(title, values)
    for key in ("target", "stock", "limit"):  # `限购 3 大盒/小盒`: options with no price (rep95 #14)
        after = _COUNT_THEN_WORD.match(values[key][1]) if key in values else None
        if after is not None:
            _refuse_options_without_prices(after.group("word"))
    if not title:
        raise DomainError("title_missing")
    if "options" in values and "price" in values:  # 多规格: each option has its own price
        raise DomainError("options_with_price")
    if "price" not in values and "options" not in values:  # `接龙 苹果 30元`: the title's last word
        title = _deadline_after_title_price(title, values, now=now, tz=tz)
        title, values["price"] = _price_in_title(title)
    _deadline_after_price(values, now=now, tz=tz)
    if "price" in values and not values["price"][1]:
        raise DomainError("price_missing")
    if "options" in values and not values["options"][1]:
        raise DomainError("options_usage")
    currency = parse_currency(values, currency)
    refuse_another_currency(values, currency)
    deadline = None
    if "ends" in values and not values["ends"][1]:  # `截止` with no time after it: never `“”`
        raise DomainError("ends_missing", keyword=values["ends"][0])
    if "ends" in values:
        deadline = parse_when(values["ends"][1], now=now, tz=tz)
    options = parse_options(values["options"][1], currency) if "options" in values else ()
    unit_price = min(o.unit_price for o in options) if options else parse_price(values["price"][1], currency)
    tiers: tuple[PriceTier, ...] = ()
    if "tiers" in values:
        tiers = parse_tiers(
            values["tiers"][1], currency, base=unit_price, discounts_only=bool(options), below=unit_price
        )
    pickup, pickup_at = _pickup(values, now=now, tz=tz, after=deadline)
    terms = Terms(
        title=title,
        unit_price=unit_price,
        currency=currency,
        tiers=tiers,
        target=parse_count(values, "target") if "target" in values else 1,
        stock=parse_count(values, "stock") if "stock" in values else None,
        per_person_limit=parse_count(values, "limit")
        if "limit" in values and not limit_lifted(values)
        else None,
        deadline=deadline,
        pickup=pickup,
        payment_note=values["payment_note"][1] if "payment_note" in values else "",
        pickup_at=pickup_at,
        unit="" if options else price_unit(values["price"][1]),  # 多规格: each option is its own unit
    )
    return with_options(terms, options)


# A payment window (`付款截止 明天中午12点`, `付款时限 2小时`, `付款 30分钟内`, `pay by 6pm`): no term
# here (orders have no time to pay by), never read as the close; `截止` inside `付款截止` would have moved
# the deadline.
_PAYMENT_WINDOW = re.compile(
    r"(?P<word>(?:付款|支付|付钱|转账)(?:截止时间|截止|时限|期限))"
    r"|(?:付款|支付)\s*\d+\s*(?:个)?(?:分钟|小时|天)(?:以)?内"
    r"|\d+\s*(?:个)?(?:分钟|小时|天)(?:以)?内\s*(?:付款|支付)"
    r"|(?<![a-z])(?P<en>pay(?:ment)?\s+(?:deadline|due|window|time\s+limit|within)|pay\s+by)(?![a-z])",
    re.IGNORECASE,
)
# `限时 2小时` (a flash sale's time) before a duration or a day: `截止 2小时`; `限时特价` stays words of
# a title
_FLASH_SALE = re.compile(r"(?:^|(?<=[\s,，;；]))限时(?=\s*[:：]?\s*[\d一二两三四五六七八九十半今明后周])")


# a second opening in the same message (`接龙 梨 8元 接龙 桃子 12元`): its word, then a name and a number
_SECOND_OPENING = re.compile(r"(?:^|(?<=\s))(?P<word>接龙|开团|/groupbuy|/new)\s+\S[^\n]*\d", re.IGNORECASE)


def _refuse_two_openings(text: str) -> None:
    """`two_openings_in_one` when the words hold a second opening (rep95 #13): one message each, quoting
    both, never one group buy with the other as its option."""
    found = _SECOND_OPENING.search(text)
    if found is None or not text[: found.start()].strip():
        return
    word = found.group("word")
    first = f"{word} {text[: found.start()].strip(_SEPARATORS)}"
    raise DomainError("two_openings_in_one", first=first, second=text[found.start() :].strip(_SEPARATORS))


def _refuse_payment_window(text: str) -> None:
    """`payment_window_not_a_term` naming the words of a payment window written outside the payment note
    (the note is the organiser's own words: `收款方式 微信，请2小时内付款` stays hers)."""
    note = next((m for m in _KEYWORD.finditer(text) if KEYWORDS[m.group(0).lower()] == "payment_note"), None)
    for match in _PAYMENT_WINDOW.finditer(text):
        if note is not None and match.start() >= note.end():
            break
        word = match.group("word") or match.group("en") or match.group(0)  # `付款 30分钟内` whole
        raise DomainError("payment_window_not_a_term", word=" ".join(word.split()))


def deadline_said(text: str, *, now: datetime, tz: ZoneInfo, whole: bool = False) -> str:
    """`明晚8点截单` / `明天晚上8点截止` (the time before the word for the close) as `截止 明天晚上8点`, as
    opening and editing read it; `whole`: the time may be all there is before it (`修改 #1 明天下午6点截单`,
    an edit has no title to keep)."""
    return _deadline_said_before(_CLOSE_SAID.sub("截止", text), now=now, tz=tz, whole=whole)


def _deadline_said_before(text: str, *, now: datetime, tz: ZoneInfo, whole: bool = False) -> str:
    """`价格 10 明天晚上8点截止` (the time before 截止, nothing after it) as `价格 10 截止 明天晚上8点`:
    the last words before it that name a time (up to three, never the title's or a keyword's first word
    unless `whole`); else as typed."""
    matches = _up_to_payment_note(list(_KEYWORD.finditer(text)))
    for i, match in enumerate(matches):
        if KEYWORDS[match.group(0).lower()] != "ends" or not match.group(0).startswith(("截止", "截至")):
            continue
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        if text[match.end() : end].strip(_SEPARATORS):
            continue
        start = matches[i - 1].end() if i else 0
        words = text[start : match.start()].split()
        for n in (3, 2, 1):
            if len(words) < n or (len(words) == n and (i or not whole)):
                continue
            said = " ".join(words[-n:])
            try:
                parse_when(said, now=now, tz=tz)
            except DomainError:
                continue
            head = " ".join(words[:-n])
            return f"{text[:start]} {head} {match.group(0)} {said} {text[match.end() :]}".strip()
    return text


# A tier as people write it (rep77 #4): `满10份每份减2` (`阶梯 10:-2`), `满10份43元`, `10份以上43`
# (`阶梯 10:43`); the amount with its currency's mark kept (`满10份€43`: `阶梯 10:€43`), so another than the
# group buy's (`满10份RM43` of one in €) is refused naming its own (`tiers_other_currency`), never misread
_TIER_UNIT = r"(?:份|个|件|盒|箱|袋|斤|瓶|包)"
_TIER_AMOUNT = (
    rf"(?P<amount>(?:(?:[¥￥$]|{CURRENCY_BEFORE})\s*)?\d+(?:\.\d{{1,2}})?(?:\s*(?:元|块|{CURRENCY_AFTER}))?)"
)
_TIER_WORDS = (
    (
        re.compile(
            rf"满\s*(?P<qty>\d+)\s*{_TIER_UNIT}?\s*(?:每\s*{_TIER_UNIT}\s*)?减\s*{_TIER_AMOUNT}",
            re.IGNORECASE,
        ),
        "-",
    ),
    (
        re.compile(
            rf"满\s*(?P<qty>\d+)\s*{_TIER_UNIT}\s*(?:每\s*{_TIER_UNIT}\s*)?{_TIER_AMOUNT}", re.IGNORECASE
        ),
        "",
    ),
    (
        re.compile(
            rf"(?<![\d.])(?P<qty>\d+)\s*{_TIER_UNIT}(?:以上|起)\s*(?:每\s*{_TIER_UNIT}\s*)?{_TIER_AMOUNT}",
            re.IGNORECASE,
        ),
        "",
    ),
)
_TIER_WORDS_END = re.compile(r"(?=[\s,，;；、。]|$)")
# `明晚8点截单`: the organiser's word for the close after its time, read as `截止`
_CLOSE_SAID = re.compile(r"(?<=[点时分号天晚后前一二三四五六日末])截单(?=[\s,，;；。]|$)")


# what is left of a tier said in words `_TIER_WORDS` could not read (`满10份打9折`, `10份以上九折`), or in
# English (`10+ 25`, `10% off for 10 or more`, `25 for 10 or more`: rep78 #10)
_TIER_SAID = re.compile(
    rf"满\s*\d+\s*(?:{_TIER_UNIT}|人)|\d+\s*{_TIER_UNIT}(?:以上|起)|每\s*{_TIER_UNIT}\s*减"  # `满20人28` too
)
# the same in the price only, in English (`price 30 10+ 25`; a title `买2+1` stays a title)
_SIGN = rf"(?:[¥￥$]|{CURRENCY_BEFORE})"  # an amount's currency mark before it (`$10`, `€10`, `RM10`)
_TIER_SAID_EN = re.compile(
    rf"(?<![\d.])\d+\s*\+\s*(?:[a-z]+\s+)?{_SIGN}?\s*\d+(?:\.\d{{1,2}})?"  # `10+ 25`, `10+ people €10`
    r"|\d+(?:\.\d+)?\s*%\s*off(?:\s+(?:for|from|over)\s+\d+(?:\s+or\s+more|\s*\+)?)?"
    rf"|(?:{_SIGN}?\d+(?:\.\d{{1,2}})?\s+)?(?:for|from)\s+\d+\s+or\s+more",
    re.IGNORECASE,
)
_TIER_QTY = re.compile(
    rf"满\s*(?P<a>\d+)|(?P<b>\d+)\s*{_TIER_UNIT}(?:以上|起)|(?<![\d.])(?P<c>\d+)\s*\+|(?:for|from|over)\s+(?P<d>\d+)",
    re.IGNORECASE,
)
_TIER_EACH = re.compile(
    rf"满\s*\d+\s*人\s*{_SIGN}?\s*(?P<zh>\d+(?:\.\d{{1,2}})?)"  # `满20人28`
    rf"|\+\s*(?:[a-z]+\s+)?{_SIGN}?\s*(?P<each>\d+(?:\.\d{{1,2}})?)|^{_SIGN}?(?P<first>\d+(?:\.\d{{1,2}})?)\s+(?:for|from)\b",
    re.IGNORECASE,
)
_TIER_OFF = re.compile(r"(?P<zhe>\d(?:\.\d)?)\s*折|(?P<pct>\d+(?:\.\d+)?)\s*%\s*off", re.IGNORECASE)
_PRICE_IN_NAME = re.compile(r"\s*[¥￥$]?\s*(?P<n>\d+(?:\.\d{1,2})?)\s*(?:元|块)(?:\s*/\s*\S+)?$")
_LEADING_PRICE = re.compile(rf"^\s*(?P<sign>{_SIGN}?)\s*(?P<n>\d+(?:\.\d{{1,2}})?)(?![\d%+])", re.IGNORECASE)


def _amount_said(value: Decimal) -> str:
    return str(value.quantize(Decimal(1))) if value == value.to_integral_value() else f"{value:.2f}"


def _refuse_tier_words(title: str, values: dict[str, tuple[str, str]]) -> None:
    """`tier_words_unread` (the 阶梯 form) when the title or the price carries a tier said in words that
    `_tiers_in_words` did not read: never "not a valid price" or "not understood" for it. Its example is
    her own line (`接龙 橙子 价格 20 阶梯 10:-2`), the tier each below her price (rep78 #10)."""
    price = values.get("price", ("", ""))[1]
    for said, in_words in ((title, _TIER_SAID), (price, _TIER_SAID), (price, _TIER_SAID_EN)):
        found = in_words.search(said)
        if found is not None:
            start = said.rfind(" ", 0, found.start()) + 1
            end = said.find(" ", found.end())
            raise _tier_hint(said[start : None if end < 0 else end], title, values)


def _tier_hint(value: str, title: str, values: dict[str, tuple[str, str]]) -> DomainError:
    """The `tier_words_unread` refusal for `value`, its forms and example built from her line (`接龙
    橙子 价格 20 阶梯 10:18` for `满10份打9折`): each tier below her price (the amount said, else the
    discount when it comes to a whole amount, else 2 off); no price of hers read: the usual example."""
    qty_found = _TIER_QTY.search(value)
    qty = next((g for g in qty_found.groups() if g), "10") if qty_found else "10"
    name = (title.replace(value, " ") if value in title else title).split()
    price_said = _LEADING_PRICE.match(values.get("price", ("", ""))[1])
    if price_said is None and "price" not in values:  # `接龙 橙子 20元 满10份打9折`: the title's price
        in_title = _PRICE_IN_NAME.search(" ".join(name))
        if in_title is not None:
            price_said, name = in_title, " ".join(name)[: in_title.start()].split()
    if price_said is None or not name:
        return DomainError("tier_words_unread", value=value)
    price = Decimal(price_said.group("n"))
    sign = (price_said.groupdict().get("sign") or "").strip()  # `price €30`: the example in €, as she wrote
    mark = "" if sign in ("", "¥", "￥", "$") else sign  # it (bare, it would be read in the default's)
    each: Decimal | None = None
    given = _TIER_EACH.search(value)
    off = _TIER_OFF.search(value)
    if given is not None:
        each = Decimal(given.group("zh") or given.group("each") or given.group("first"))
    elif off is not None:
        factor = Decimal(off.group("zhe")) / 10 if off.group("zhe") else 1 - Decimal(off.group("pct")) / 100
        each = price * factor
        each = each if each == each.to_integral_value() else None  # `40.5`: 2 off said instead
    exact = each is not None and 0 < each < price
    if not exact:
        each = price - 2 if price > 2 else price / 2
    assert each is not None
    return DomainError(
        "tier_words_unread_own",
        value=value,
        qty=qty,
        each=_amount_said(each),
        title=" ".join(name),
        price=mark + _amount_said(price),
        tier=f"{qty}:{_amount_said(each)}" if exact else f"{qty}:-2",
    )


def _tiers_in_words(text: str) -> str:
    """`满10份每份减2` as `阶梯 10:-2`, `满10份43元` and `10份以上43` as `阶梯 10:43` (one tier each, where a
    tier is written so); else as typed."""
    for pattern, sign in _TIER_WORDS:
        found = pattern.search(text)
        if found is not None and _TIER_WORDS_END.match(text, found.end()):
            amount = "".join(found.group("amount").split())  # `满10份 €43`: `阶梯 10:€43`, its mark kept
            tier = f" 阶梯 {found.group('qty')}:{sign}{amount} "
            return f"{text[: found.start()]}{tier}{text[found.end() :]}".strip()
    return text


def refuse_term_twice(text: str, *, editing: bool) -> None:
    """`term_twice_edit` (`/edit #2 target 3 target 5`), `term_twice_open` when a keyword's term comes twice
    with two values (the later one silently won), quoting both; the same value twice is no question. In an
    opening, `截止` / `ends` twice is `deadline_twice` first, whatever its values, quoting both."""
    matches = _up_to_payment_note(list(_KEYWORD.finditer(text)))
    ends = [match.start() for match in matches[1:]] + [len(text)] if matches else []
    terms = [  # (its term, the keyword as written, its value), in the order written
        (KEYWORDS[match.group(0).lower()], match.group(0), text[match.end() : end].strip(_SEPARATORS))
        for match, end in zip(matches, ends, strict=True)
    ]
    deadlines = [(word, value) for key, word, value in terms if key == "ends"]
    if not editing and len(deadlines) > 1:
        (keyword, first), (_, second) = deadlines[:2]
        raise DomainError("deadline_twice", keyword=keyword, first=first, second=second)
    said: dict[str, tuple[str, str]] = {}
    for key, word, value in terms:
        if key not in said:
            said[key] = (word, value)
        elif " ".join(value.split()).casefold() != " ".join(said[key][1].split()).casefold():
            if editing:
                raise DomainError("term_twice_edit", keyword=said[key][0], first=said[key][1], second=value)
            raise DomainError("term_twice_open", keyword=said[key][0], first=said[key][1], second=value)


def _pickup(
    values: dict[str, tuple[str, str]], *, now: datetime, tz: ZoneInfo, after: datetime | None
) -> tuple[str, datetime | None]:
    """The pickup's place and its time, read as `自提` reads them (`自提 北门 后天上午10点`: the place
    `北门`, the time resolved now, for the card and the evening-before reminder); a time with no place
    is `pickup_usage` (a pickup names where). A weekday is the first one after the deadline (`after`)."""
    if "pickup" not in values or not values["pickup"][1]:
        return "", None
    place, at = place_and_time(values["pickup"][1], now=now, tz=tz, after=after)
    if not place:
        raise DomainError("pickup_usage")
    return place, at


def parse_options(text: str, currency: str) -> tuple[ProductOption, ...]:
    """`3斤:58,5斤:88:20` -> options (name:price, then :stock when it has its own); `options_usage`
    for anything else. Written with commas a name may have spaces (`red bean:48,egg yolk:68`); without
    them (`3斤:58 5斤:88`) a name of several words is `option_name_spaces` (where would one end?)."""
    options = []
    for part in _option_parts(text):
        match = _OPTION.match(part)
        if match is None:
            raise DomainError("options_usage")
        name, raw_price, raw_stock = match.group("name"), match.group("price"), match.group("stock")
        try:
            price = parse_price(raw_price, currency)
        except DomainError as refusal:
            if refusal.code == "price_not_positive":  # `大:0`: read, but no price (not "cannot read")
                raise DomainError("option_price_not_positive", option=name, value=raw_price) from None
            raise DomainError("option_price_invalid", option=name, value=raw_price) from None
        per = said_unit(raw_price)
        if per:  # `甜的:8元/斤`: options are sold by the 份; never the unit silently dropped
            each = _PER_UNIT.sub("", _plain(raw_price)).strip()
            raise DomainError("option_price_per_unit", option=name, value=raw_price, per=per, example=each)
        stock = None
        if raw_stock:
            counted = _COUNT_UNITS.match(raw_stock)
            stock = parse_int(counted.group("n")) if counted else None
            if stock is None:
                raise DomainError("option_stock_invalid", option=name, value=raw_stock)
        options.append(ProductOption(name, price, stock))
    if not options:
        raise DomainError("options_usage")
    return tuple(options)


# `small:1,5 big:3`, `小:1，5`: a comma inside an option's price (a price, the comma, one or two digits,
# then nothing or a space and the next `name:price`), not between two options
_COMMA_IN_PRICE = re.compile(
    r"(?P<before>(?:^|[,，、;；])[^:=,，、;；]+[:=]\s*[¥$€£]?\d+)\s*[,，]\s*(?P<frac>\d{1,2})"
    r"(?=\s*$|\s+[^\s:=,，、;；][^:=,，、;；]*[:=])"
)


def _option_parts(text: str) -> list[str]:
    """Each option as written: between commas (spaces are a name's), else between spaces. A comma that
    sat inside a price (`small:1,5 big:3`: never an option "5 big") is `options_decimal_comma`, the
    options shown with a point (`small:1.5 big:3`)."""
    inside = _COMMA_IN_PRICE.search(text)
    if inside is not None:
        number = re.search(r"\d+$", inside.group("before"))
        typed = f"{number.group(0) if number else ''},{inside.group('frac')}"
        example = _COMMA_IN_PRICE.sub(r"\g<before>.\g<frac>", text)
        raise DomainError("options_decimal_comma", typed=typed, example=example)
    if _OPTION_SPLIT.search(text):
        return [part.strip() for part in _OPTION_SPLIT.split(text) if part.strip()]
    words = text.split()
    if len(words) > 1 and not all(_PRICED.search(word) for word in words):
        if sum(bool(_PRICED.search(word)) for word in words) > 1:  # `red bean:48 lotus:58`
            raise DomainError("option_name_spaces", example=_spaced_example(words))
        return [" ".join(words)]  # one option, its name of several words: `egg yolk:68`
    return words


def _spaced_example(words: list[str]) -> str:
    """The options as written, a comma after each price: `red bean:48 lotus:58` -> `red bean:48,lotus:58`."""
    options: list[list[str]] = [[]]
    for word in words:
        options[-1].append(word)
        if _PRICED.search(word):
            options.append([])
    if not options[-1]:
        options.pop()
    return ",".join(" ".join(option) for option in options)


def keyword_values(text: str, *, typed: str = "") -> tuple[str, dict[str, tuple[str, str]]]:
    """The words before the first keyword (a title), and each keyword's term with (the keyword as
    written, its value): `芒果 价格 88 库存 50` -> ("芒果", {"price": ("价格", "88"), "stock": ...}).

    With `typed` (the message as typed), the pickup point and the payment note are cut from it.
    """
    matches = _up_to_payment_note(list(_KEYWORD.finditer(text)))
    title = (text[: matches[0].start()] if matches else text).strip(_SEPARATORS)
    values: dict[str, tuple[str, str]] = {}
    for i, match in enumerate(matches):
        last = i + 1 == len(matches)
        end = len(text) if last else matches[i + 1].start()
        word, raw = match.group(0), text[match.end() : end]
        key = KEYWORDS[word.lower()]
        value = raw.strip(_SEPARATORS)
        if key == "price" and _COMMA_FIRST.match(raw):  # `price ,50`: a decimal typed with a comma, no
            value = raw.lstrip().rstrip(_SEPARATORS)  # separator: left for parse_money to refuse
        if typed and value and key in ("pickup", "payment_note"):
            start = text.index(value, match.end())
            value = as_typed(typed, text, start, None if last else start + len(value))
        values[key] = (word, value)
    _currency_in_payment_note(values)
    return title, values


# `payment PayNow 91234567 currency SGD`: a currency named inside the payment note (which takes the rest of
# the message) is the group buy's currency, never words of the note
_CURRENCY_IN_NOTE = re.compile(
    r"(?:^|[\s,，;；])(?P<word>currency|币种|货币)\s*[:：=]?\s*(?P<code>[A-Za-z]{3})(?![A-Za-z])",
    re.IGNORECASE,
)


def _currency_in_payment_note(values: dict[str, tuple[str, str]]) -> None:
    """Takes `currency SGD` (a code that works) out of the payment note into `values["currency"]`, unless
    the message named its currency before the note."""
    if "payment_note" not in values or "currency" in values:
        return
    word, note = values["payment_note"]
    match = _CURRENCY_IN_NOTE.search(note)
    if match is None or match.group("code").upper() not in EXPONENTS:
        return
    rest = (note[: match.start()] + " " + note[match.end() :]).strip(_SEPARATORS)
    values["payment_note"] = (word, " ".join(rest.split()))
    values["currency"] = (match.group("word"), match.group("code").upper())


_NEGATIVE = re.compile(r"[-−]\s*\d")


_CHINESE_AMOUNT = re.compile(r"^(?P<n>[零〇一二两三四五六七八九十百千]+)(?P<rest>\s*(?:[元块/每]\S*)?)$")


def _in_digits(price: str) -> str:
    """`五十` as `50`, `三十元一斤` as `30元一斤` (rep95 #11); anything else as it is."""
    said = _CHINESE_AMOUNT.match(price)
    amount = chinese_numeral(said.group("n")) if said else None
    if said is None or not amount:
        return price
    return f"{amount}{said.group('rest')}"


def parse_price(value: str, currency: str) -> int:
    """A unit price in minor units: `88`, `¥88.50`, `88元/份`, `12 per kg`, `50⭐`; said per a word that
    is no unit (`30 per tray`... `30/盘`) `price_unit_unknown`, naming the units known; in a unit with no
    number for its amount (`abc/斤`) `price_not_a_number`, quoting it whole with an example in its unit.
    An amount in Chinese numerals (`五十`, `三十元一斤`) is read as its digits, as a stock's is."""
    plain = _in_digits(_plain(value))
    per = _PER_UNIT.search(plain)
    if per is None:
        other = _PER_OTHER.search(plain)
        if other is not None and _BARE_PRICE.match(plain[: other.start()].strip()):
            raise DomainError(
                "price_unit_unknown", value=plain, word=other.group("unit"), units=", ".join(KNOWN_UNITS)
            )
    else:
        said = plain[: per.start()].strip()
        side = currency_side(said) if said else "after"
        if side is not None:  # `/斤`, `元/斤`, `per kg`: the unit (and the currency), no amount
            example = _with_amount(said, side, per.group(0).strip())
            raise DomainError("price_amount_missing", value=plain, example=example)
    apart = _UNIT_APART.match(plain) if per is None else None
    if apart is not None and unit_key(apart.group("unit")):  # `15 单位 打`: said as `15/打`
        example = f"{apart.group('amount')}/{apart.group('unit')}"
        try:
            parse_price(example, currency)
        except DomainError:
            pass  # `abc 单位 打`: refused as any price that cannot be read
        else:
            raise DomainError("price_unit_apart", value=plain, example=example)
    amount = _PER_UNIT.sub("", plain)
    try:
        return parse_money(amount, currency).minor
    except DomainError as refusal:
        if refusal.code == "price_comma":  # `2,50/kg`: quoted whole, meant as `2.50/kg`
            raise DomainError("price_comma", value=plain, example=decimal_point(plain)) from None
        if refusal.code != "price_invalid" or per is None or not per.group("unit"):
            raise
        amount = amount.strip()
        if _NEGATIVE.search(amount):  # `¥-5/份`: a number, below 0: refused as `价格 -5` is
            raise DomainError("price_invalid", value=plain) from None
        # `abc/斤`: the amount is no number; the price quoted whole, an example in its unit (`15元/斤`)
        sign = next(
            (c for c, side in ((amount[-1:], "after"), (amount[:1], "before")) if currency_side(c) == side),
            "",
        )
        example = _with_amount(sign, currency_side(sign) or "after", per.group(0).strip())
        raise DomainError("price_not_a_number", value=plain, example=example) from None


def _with_amount(currency: str, side: str, per: str) -> str:
    """A price typed without its amount, with one: `15/斤`, `15元/斤`, `¥15/kg`, `USD 15 per kg`."""
    space = " " if currency.isalpha() and currency.isascii() else ""  # `USD 15`, `15 stars`
    amount = f"{currency}{space}15" if side == "before" else f"15{space}{currency}"
    return amount + ("" if per[0] in "/每一" else " ") + per


def price_unit(value: str) -> str:
    """The unit a price is said per (`15元/斤`: "斤", `12 per kg`: "kg"); "" for none or a portion (`/份`)."""
    return sold_unit(said_unit(value) or "")


def said_unit(value: str) -> str | None:
    """The unit word a price is said per as typed, folded (`12/jin`: "jin", where `price_unit` keeps 斤;
    /edit compares it with the unit sold in: commerce.domain.edits); "" for a portion, None when the price
    names no unit at all (`80`: /edit keeps the unit it has)."""
    per = _PER_UNIT.search(_plain(value))
    if per is None:
        return None
    word = per.group("unit")
    return unicodedata.normalize("NFKC", word).strip().lower() if word and sold_unit(word) else ""


# A word and the price after it in a title (`小盒 ¥58`, `大盒 98元`): two of them are options, not a title.
_NAMED_PRICE = re.compile(
    r"(?P<name>[^\s¥￥\d]+)\s*(?:[¥￥]\s*(?P<a>\d+(?:\.\d+)?)|(?P<b>\d+(?:\.\d+)?)\s*(?:元|块))"
)

_WAS_PRICE = re.compile(r"原|市场|市价|超市|门店|零售|专柜|官网")


# A word and a bare number after it (`大盒 68`, `pork 20`): the title's last words being two or more of
# these after the product's name, they are options too (rep92 #13: `粽子 大盒 68 小盒 38`)
_NAMED_NUMBER = re.compile(r"(?P<name>[^\s¥￥\d]{1,12})\s+(?P<b>\d+(?:\.\d+)?)(?=\s|$)")
_NAMED_NUMBERS_LAST = re.compile(r"(?:\s+[^\s¥￥\d]{1,12}\s+\d+(?:\.\d+)?){2,}$")


def _bare_named_prices(title: str) -> list[re.Match[str]]:
    """The `word number` pairs ending the title after a head of its own (`粽子 大盒 68 小盒 38`: 大盒 68,
    小盒 38; `iPhone 15 Pro 128`, no head before them, or numbers too far apart to be prices: none)."""
    last = _NAMED_NUMBERS_LAST.search(title)
    if last is None or not title[: last.start()].strip(_SEPARATORS):
        return []
    found = [m for m in _NAMED_NUMBER.finditer(title, last.start()) if m.start() >= last.start()]
    amounts = [float(m.group("b")) for m in found]
    if min(amounts) <= 0 or max(amounts) > 5 * min(amounts):  # `Apple iPhone 15 Pro 128`: a model's
        return []  # number and a price, not two prices of one product
    return found


def _two_prices(title: str) -> None:
    """`接龙 水蜜桃 小盒 ¥58 大盒 ¥98`: two named prices in the title are options (多规格), never a title
    ending in one of them: `two_prices_in_title`, the options form to send (`水蜜桃 规格 小盒:58,大盒:98`);
    so are bare numbers after words ending it (`粽子 大盒 68 小盒 38`)."""
    found = list(_NAMED_PRICE.finditer(title.strip())) or _bare_named_prices(title.strip())
    if len(found) < 2 or any(_WAS_PRICE.search(m.group("name")) for m in found):
        return  # `原价¥80 团购价¥60`: one price and what it was, read as ever
    head = title.strip()[: found[0].start()].strip(_SEPARATORS)
    options = ",".join(f"{m.group('name')}:{m.groupdict().get('a') or m.group('b')}" for m in found)
    raise DomainError("two_prices_in_title", title=head or found[0].group("name"), options=options)


# a time said after the price with no keyword holds a letter or a CJK word (`周五晚8点`, `tomorrow 6pm`),
# never a bare number (`价格 20 3`: no deadline)
_SAYS_A_TIME = re.compile(r"[^\d\s.:：,，/+\-]")


def _time_at_end(words: list[str], *, now: datetime, tz: ZoneInfo) -> int | None:
    """Where the words naming a time at the end of `words` start (the longest such, never the first
    word), else None."""
    for start in range(1, len(words)):
        tail = " ".join(words[start:])
        if not _SAYS_A_TIME.search(tail):
            continue
        try:
            parse_when(tail, now=now, tz=tz)
        except DomainError:
            continue
        return start
    return None


def _deadline_after_price(values: dict[str, tuple[str, str]], *, now: datetime, tz: ZoneInfo) -> None:
    """`价格 20 周五晚8点`, `price 8.50 tomorrow 6pm`: a time after the price with no keyword is the deadline,
    as `周五晚8点截单` is (rep95 #3); other words after a price that reads alone are named as not understood
    (`price_then_words_unread`), never "not a price" for the whole."""
    if "price" not in values:
        return
    word, value = values["price"]
    words = value.split()
    if len(words) < 2:
        return
    start = None if "ends" in values else _time_at_end(words, now=now, tz=tz)
    if start is not None:
        values["price"] = (word, " ".join(words[:start]))
        values["ends"] = ("", " ".join(words[start:]))
        return
    said = _plain(value).lower()  # `price 30 euros`: read in the currency it names (the shared marks)
    currency = next((code for sign, code in CURRENCY_SIGNS if sign.search(said)), "CNY")
    if currency not in EXPONENTS:  # `price 30 ringgit`: refused later naming those Tuan prices in
        return
    try:
        parse_price(value, currency)
        return  # read whole (`12 per kg`)
    except DomainError as refusal:
        if refusal.code != "price_invalid" or _UNIT_APART.match(value):  # `30 per tray`: its own reason
            return
    try:
        parse_price(words[0], currency)
    except DomainError:
        return  # the price itself is what is wrong: its own refusal
    raise DomainError("price_then_words_unread", price=words[0], words=" ".join(words[1:]))


def _deadline_after_title_price(
    title: str, values: dict[str, tuple[str, str]], *, now: datetime, tz: ZoneInfo
) -> str:
    """`柚子 20元 周五晚8点`, `Sourdough bread $8.50 tomorrow 6pm`: a time after the title's price with no
    keyword, taken out as the deadline (the title and its price left); else the title as typed."""
    if "ends" in values:
        return title
    words = title.split()
    start = _time_at_end(words, now=now, tz=tz)
    if start is None:
        return title
    head = " ".join(words[:start])
    said = _TITLE_PRICE.match(head)
    if said is None or not said.group("head").strip(_SEPARATORS):
        return title
    values["ends"] = ("", " ".join(words[start:]))
    return head


_MARKED_PRICE = re.compile(
    rf"[¥$€£元块]|rmb|cny|{CURRENCY_BEFORE}|{CURRENCY_AFTER}", re.IGNORECASE
)  # a price said as one (`¥30`, `30元`)


# options named without their prices (`大盒/小盒`, `small/large`, `大、小`): no digit, two names or more
_OPTIONS_UNPRICED = re.compile(r"^[^\s/、\d:：]+(?:[/、][^\s/、\d:：]+)+$")


def _refuse_options_without_prices(word: str) -> None:
    """`options_without_prices` for `大盒/小盒` after the terms or closing a title with no price (rep95
    #14): the options form with a price each, never "not understood" or "add a price"."""
    if not _OPTIONS_UNPRICED.match(word):
        return
    names = re.split(r"[/、]", word)
    example = ",".join(f"{name}:{price}" for name, price in zip(names, (88, 68, 48, 38, 28), strict=False))
    raise DomainError("options_without_prices", value=word, example=example)


def _price_in_title(title: str) -> tuple[str, tuple[str, str]]:
    """(`苹果`, price `30元`) from `苹果 30元` / `苹果 ¥30` / `苹果 30`, with a unit (`荔枝 15元一斤`,
    `Mangoes 12 per kg`, `12/kg`); `price_missing` when the title does not end in a price or nothing
    would be left of the title; `price_then_words_unread` when a price is followed by words that are no
    keyword (`芒果 78元/份 目标五`)."""
    _two_prices(title)
    if _BARE_PRICE.match(title.strip()) and _MARKED_PRICE.search(title):  # `接龙 ¥30`: the name is missing
        raise DomainError("title_missing")
    said = _TITLE_PRICE.match(title.strip())
    if said is None or not said.group("head").strip(_SEPARATORS):
        given = _PRICE_THEN_WORDS.match(title.strip())
        if given is not None and given.group("head").strip(_SEPARATORS):  # a price, then words unread
            price, words = given.group("price"), given.group("rest")
            raise DomainError("price_then_words_unread", price=price, words=words)
        _refuse_options_without_prices(title.split()[-1] if title.split() else "")
        refused = _TITLE_PRICE_REFUSED.match(title.strip())
        if refused is not None and refused.group("head").strip(_SEPARATORS):  # `¥-5/份`: its own refusal
            return refused.group("head").strip(_SEPARATORS), ("", refused.group("price"))
        raise DomainError("price_missing")
    return said.group("head").strip(_SEPARATORS), ("", said.group("price"))


def _up_to_payment_note(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The payment note takes the rest of the message: `payment cash at pickup` is one note, not a
    note `cash at` and a pickup point, so keywords after it are words of the note."""
    for i, match in enumerate(matches):
        if KEYWORDS[match.group(0).lower()] == "payment_note":
            return matches[: i + 1]
    return matches


def _plain(text: str) -> str:
    """Without emoji variation selectors (`50⭐️` is `50⭐`)."""
    return text.replace("\ufe0f", "").strip()


def parse_currency(values: dict[str, tuple[str, str]], default: str) -> str:
    """`currency XTR` (币种 USD), else Telegram Stars for a price in stars (`price 50⭐`), else `default`."""
    if "currency" in values:
        value = values["currency"][1]
        code = _CURRENCY_ALIASES.get(_plain(value).lower(), _plain(value).upper())
        if not code:
            raise DomainError("currency_usage")
        exponent(code)  # an unknown code is refused with the codes that work
        return code
    priced = values.get("price") or values.get("options")  # 多规格: the options hold the prices
    price = _plain(priced[1]).lower() if priced else ""
    if "⭐" in price or _STARS.search(price):
        return STARS
    return _signed_currency(priced[1] if priced else "", default)


def refuse_another_currency(values: dict[str, tuple[str, str]], currency: str) -> None:
    """A price, an option's price or a tier typed in another currency than `currency`, the one they are
    read in (`价格 ¥15` or `price 15 CNY` of a group buy in $, `price ¥5 currency USD`, `tiers 10:¥8`),
    is refused naming `currency`, never read in it (`names_another_currency`, as payouts and refunds)."""
    symbol = SYMBOLS.get(currency, currency)
    price = values.get("price")
    if price is not None and names_another_currency(price[1], currency):
        raise DomainError("price_other_currency", value=price[1].strip(), symbol=symbol, currency=currency)
    if "options" in values:
        try:
            parts = _option_parts(values["options"][1])
        except DomainError:  # refused as options are, when they are read
            parts = []
        for part in parts:
            option = _OPTION.match(part)
            if option is not None and names_another_currency(option.group("price"), currency):
                said = option.group("price").strip()
                raise DomainError(
                    "option_price_other_currency",
                    option=option.group("name").strip(),
                    value=said,
                    symbol=symbol,
                    currency=currency,
                )
    if "tiers" in values:
        for part in filter(None, _TIER_SPLIT.split(values["tiers"][1])):
            if names_another_currency(part, currency):
                raise DomainError("tiers_other_currency", value=part, symbol=symbol, currency=currency)


def _signed_currency(price: str, default: str) -> str:
    """The currency a price's sign says (`price €3`: EUR, `price S$3`: SGD), else `default`; a bare `$`
    where `default` is no dollar is refused, saying the price is in `default` here and how to set another
    (`price_currency_sign`), never read silently as `default`."""
    said = _plain(price).lower()
    for sign, code in CURRENCY_SIGNS:
        if sign.search(said):
            return code
    if "$" in said and default not in DOLLARS:
        raise DomainError(
            "price_currency_sign", value=price.strip(), symbol=SYMBOLS.get(default, default), currency=default
        )
    return default


# `10:2,5`, `10:2,5 20:1,5`: a comma inside a tier's price (a tier, the comma, one or two digits, then
# nothing or the next tier), not between two tiers (`10:78,20:68` stays two)
_TIER_HEAD = r"\d+\s*(?:[:=xX@]|件|份|个)\s*"
_COMMA_IN_TIER = re.compile(
    rf"(?P<before>(?:^|(?<=[,、;；\s])){_TIER_HEAD}(?:-|减)?\s*[¥$€£]?\d+)\s*[,，]\s*(?P<frac>\d{{1,2}})"
    rf"(?=\s*$|[,、;；\s]+{_TIER_HEAD})"
)


def parse_tiers(
    text: str,
    currency: str,
    *,
    base: int | None = None,
    discounts_only: bool = False,
    below: int | None = None,
) -> tuple[PriceTier, ...]:
    """`10:78,20:68`, `3:78，5:68`, `3件78 5件68` -> tiers; `10:-5` (`10:减5`) is a discount per unit
    off `base` (the price; with options the cheapest option's, and then only discounts are tiers:
    `discounts_only`); `tiers_invalid` for anything else. A comma inside a tier's price (`10:2,5`) is
    `tiers_decimal_comma`, the tiers shown with a point (`10:2.5`), when so they fall below the price
    they must be under (`below`: the price; an edit's, new or now); when they would not, the tiers read
    with the point (refused as tiers above the price are, saying ¥2.50)."""
    inside = _COMMA_IN_TIER.search(text)
    if inside is not None:
        pointed = _COMMA_IN_TIER.sub(r"\g<before>.\g<frac>", text)
        tiers_read = parse_tiers(pointed, currency, base=base, discounts_only=discounts_only)
        if below is None or _fall_below(tiers_read, below):
            typed = f"{inside.group('before').strip()},{inside.group('frac')}"
            raise DomainError("tiers_decimal_comma", typed=typed, example=" ".join(pointed.split()))
        return tiers_read
    tiers: list[PriceTier] = []
    discounts: list[tuple[int, int]] = []
    for part in filter(None, _TIER_SPLIT.split(text)):
        match = _TIER.match(part)
        quantity = parse_int(match.group("qty")) if match else None
        if match is None or quantity is None:
            raise DomainError("tiers_invalid", value=text)
        discount = _DISCOUNT.match(match.group("price").strip())
        if discount is None and discounts_only:
            raise DomainError("option_tiers_discount", value=part)
        try:
            price = parse_money(discount.group("amount") if discount else match.group("price"), currency)
        except DomainError:
            raise DomainError("tiers_invalid", value=text) from None
        if discount is None:
            tiers.append(PriceTier(quantity, price.minor))
        elif base is None:  # an edit: a discount is off a price the edit may change
            raise DomainError("tiers_invalid", value=text)
        else:
            discounts.append((quantity, price.minor))
    if not tiers and not discounts:
        raise DomainError("tiers_invalid", value=text)
    if base is not None and discounts:
        tiers += tiers_from_discounts(base, discounts, currency)
    return tuple(tiers)


def _fall_below(tiers: tuple[PriceTier, ...], price: int) -> bool:
    """Whether tiers would be taken at `price`: each from more than the last, each cheaper than the
    last and than the price (as commerce.domain.group_buy.Terms checks them)."""
    quantity, under = 1, price
    for tier in sorted(tiers):
        if tier.min_quantity <= quantity or not 0 < tier.unit_price < under:
            return False
        quantity, under = tier.min_quantity, tier.unit_price
    return True


def parse_count(values: dict[str, tuple[str, str]], key: str) -> int:
    """A whole number, maybe with a unit (`10份`, `每人3件`); `number_invalid` naming the keyword."""
    keyword, value = values[key]
    match = _COUNT_UNITS.match(value)
    number = parse_int(match.group("n")) if match else None
    if match and number is None and match.group("n").isdecimal():  # digits, too many for `parse_int`
        raise _OUT_OF_RANGE[key](shown(match.group("n")))
    if number is not None and key == "target" and value.rstrip().endswith("人"):  # `成团 10人` (rep95 #14)
        raise DomainError("target_in_people", number=number)
    if number is None:
        after = _COUNT_THEN_WORD.match(value)
        if after and parse_int(after.group("n")) is not None:
            word = after.group("word")
            raise DomainError("number_then_unknown_word", keyword=keyword, number=after.group("n"), word=word)
        raise DomainError("number_invalid", keyword=keyword, value=value)
    return number
