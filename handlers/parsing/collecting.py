"""The arguments of the payment-report commands: `我已付款`, `/ipaid 7`, `我已付款 7-1 8-1` (several
at once), `我已付款 全部`, `已付款，谢谢团长`, `未收到 7`, and the English report typed without a slash
(`I paid`, `paid 7`).

`parsing.commands` hands these commands their text after the word; whether a bare Chinese word is a
command at all (`付了`, `已付款 7`, `已付款 谢谢`) or talk (`付了吗？`, `付了钱就好`, `没收到消息`)
is `fits_bare`. `/remind` (`催款 #12`) takes a group buy's number and needs nothing here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from commerce.domain.errors import DomainError
from commerce.domain.money import CURRENCY_AFTER, CURRENCY_BEFORE
from commerce.domain.order_numbers import OrderNumber
from handlers.parsing.joins import is_courtesy
from handlers.parsing.numbers import ORDER, order_number

REPORT = "ipaid"
REJECT = "notpaid"
ALL_COMMANDS = frozenset({REPORT, REJECT})
_ORDER = re.compile(rf"^(?:no\.?|#)?\s*(?P<id>{ORDER})$", re.IGNORECASE)
_LEADING = re.compile(r"^[\s,，、:：~～]+")
# `7-1 8-1`, `7-1、8-1`, `#7-1, #8-1`: the numbers of several orders, each reported
_LISTED = re.compile(rf"^(?:no\.?|#)?\s*({ORDER})(?=[\s,，、;；]|$)", re.IGNORECASE)
_BETWEEN = re.compile(r"^[\s,，、;；]+")
# `我已付款 全部`, `/ipaid all`: every unpaid order of hers here (in private: anywhere)
_EVERY = re.compile(r"^(?:全部|都付了|全都付了|all(?:\s+of\s+them)?)[\s.!。！~～]*$", re.IGNORECASE)
_TALK = re.compile(r"[?？吗呢嘛吧了啊呀哈嗯哦,，。!！、]|谢|还|再|等|到")  # not a name: talk
# `I paid`, `paid`, `I've paid`, `I have already paid`, `paid 12-3`, `I paid #12, thanks`: English said
# without a slash, as `我付了` is; the whole (short) message: `I paid for the mangoes`, `paid?` are talk.
_ENGLISH = re.compile(
    r"^(?:i(?:['’]ve|\s+have)?\s+)?(?:(?:just|already)\s+)?paid(?:\s+already)?(?P<rest>(?:[\s,，:：~～].*)?)$",
    re.IGNORECASE | re.DOTALL,
)


# A payment said in a sentence (`付了234，微信转的`, `已付 ¥156`, `葱钱已转 ¥7 💰`, `paid! sent 110 via
# paynow`, `just transferred the money`): the whole message made only of a paying verb (first), an amount,
# a way to pay and glue words; anything else in it (`I paid too much for this phone`), a question or a
# negation (`付了吗`, `谁还没付`, `didn't pay`) is talk.
_AMOUNT = (
    rf"(?:[¥￥$]|rmb|cny|{CURRENCY_BEFORE})?\s*(?P<amount>\d{{1,7}}(?:\.\d{{1,2}})?)\s*"
    # the currency after it, read as its sign is (`20 yuan` a ¥ amount, `20 dollars` a $ one; another
    # than the order's, `RM25`, `25 ringgit`, `25马币`, refused by `names_another_currency`)
    rf"(?:元|块钱?|人民币|yuan|renminbi|rmb|cny|dollars?|bucks|{CURRENCY_AFTER}|刀)?"
)
_WAY_ZH = r"(?:用|通过|走)?(?:微信|支付宝|银行卡|网银|红包|现金)(?:转账|红包|支付)?"
_ZH_VERB = re.compile(
    rf"^(?:我|俺)?(?:{_WAY_ZH})?(?:[\u4e00-\u9fff]{{0,6}}?的?(?:钱|款))?(?:已经?|刚刚?|都)?"
    r"(?P<verb>支付|付款|转账|付|转|发)(?P<to>给?(?:你|您|团长)|过去)?(?:了|过了?|好了|完了|啦)?(?:款|账|钱)?"
)
# `付了50`, `付了 7`, `已付 ¥156`, `paid 50`: a paying word and an amount, nothing else; answered as
# `我已付款` is, from someone with no order anywhere too (`amount_alone`); more words (`付了50 谢啦`): talk
_AMOUNT_ALONE = re.compile(
    r"^(?:(?:我|俺)?(?:(?:已经?|刚刚?)(?:付|付款|支付|转|转账)(?:了|过了?)?|(?:付|付款|支付|转|转账)(?:了|过了?))"
    rf"|(?:i\s+)?paid)\s*{_AMOUNT}[\s.。!！~～]*$",
    re.IGNORECASE,
)
# `已转`, `已经转了`: a report only as the whole message (but for thanks); `转了`, `已转发` are talk
_ONLY_TRANSFERRED = re.compile(r"^(?:我|俺)?已经?转(?:了|过了?)?[\s,，、.。!！~～]*$")
# how many were paid for (`付款了 两份 80`, `付了 2份 160`): never the amount
_PORTIONS_ZH = re.compile(r"(?:\d{1,3}|[一二两三四五六七八九十]{1,2})\s*(?:份|个|斤|盒|箱|袋|件|包|打)")
_ZH_GLUE = re.compile(
    rf"{_WAY_ZH}|转账|转的|付的|转过去了?|过去了?|给你了?|给团长了?|团长|谢谢|多谢|辛苦了?|"
    # `转给Amy了`, `转给小王了`: to whom (a name, one word)
    r"给@?[A-Za-z][\w.]*|给[\u4e00-\u9fff]{1,4}?(?=了|啦|的|[\s,，、。.!！~～]|$)|"
    r"请查收|查收一下|查收|请收下|收一下|请确认|确认一下|麻烦了?|"
    r"一起|一块儿?|了|的|啦|哈|哦|呀|喔|已|刚刚?|钱|[\s,，、。.!！~～:：]"
)
# a transfer (`转了`, `sent`) is a payment only with money said: an amount, a way to pay, 钱 / money, or
# to whom (`转你了`, `转过去了`); `发` only of a red packet to her (`红包发你了`; `发红包了` is talk)
_MONEY_ZH = re.compile(
    r"钱|款|账|微信|支付宝|银行卡|网银|红包|现金|\d|份一起|一起(?:转|付)"
)  # `转了，两份一起的`
_EN_VERB = re.compile(
    r"^(?:(?:ok(?:ay)?|hi|hey|hello|yes|yep|done)\b[\s,.!]*)?"
    r"(?:i(?:['’]ve|\s+have)?\s+)?(?:(?:just|already)\s+)?(?P<verb>paid|sent|transferred|transfered)\b",
    re.IGNORECASE,
)
_WAY_EN = r"pay\s?now|pay\s?lah|venmo|paypal|wechat|alipay|zelle|revolut|wise|bank|transfer|cash"
_EN_GLUE = re.compile(
    r"\b(?:i(?:['’]ve)?|have|just(?:\s+now)?|already|also|too|now|today|paid|sent|transferred|transfered|"
    r"it|(?:to\s+)?(?:you|u|ya)|to\s+@?[a-z]\w*|thanks?(?:\s+you)?,?\s+@?[a-z]\w*|"
    rf"(?:the\s+)?(?:money|payment)|(?:(?:via|by|with|through|on|over)\s+)?(?:{_WAY_EN})|thanks|thank\s+you|thx|ty)\b|"
    r"[\s,，.!！~～:：&+]",
    re.IGNORECASE,
)
# what was paid for, in English: one word (`for the strawberries`, `for mum`) beside an amount or a way to
# pay; alone (`paid for my mum`) only a family member's (`I paid for the mangoes`, `for my phone`: talk)
_FOR_ONE = re.compile(r"\bfor\s+(?:(?:my|the|his|her|our)\s+)?[a-z]+\b", re.IGNORECASE)
_FOR_KIN = re.compile(
    r"\bfor\s+(?:my\s+|our\s+)?(?:mum|mom|mummy|mommy|mother|dad|daddy|father|parents|sister|sis|brother|"
    r"bro|wife|husband|son|daughter|grandma|granny|grandpa|aunt|auntie|uncle|me)\b",
    re.IGNORECASE,
)
_WAY_SAID = re.compile(rf"\b(?:{_WAY_EN})\b", re.IGNORECASE)
_MONEY_EN = re.compile(rf"\b(?:money|payment|{_WAY_EN})\b|\d", re.IGNORECASE)
_NOT_A_REPORT = re.compile(r"[?？吗呢嘛没谁哪几多少未别不]|\b(?:not|n['’]t|no|never|who)\b", re.IGNORECASE)
_SYMBOLS = re.compile(r"[^\w\s.,，。!！~～:：¥￥$€£&+'’-]")  # emoji and signs (`💰`, `👍`): no words
# thanks said before or after a report (`paid 10 thx amy!`, `thx, paid 10`, `付了50 谢啦`, `谢谢团长 付了50`),
# to whom it may name: never what makes it talk (`without_thanks`)
_THANKS_EN = (
    r"(?<![a-z])(?:thanks?(?:\s+(?:you|u))?|thx|thnx|thanx|tks|tq|ty|tysm|tyvm)"
    r"(?:\s+(?:so\s+much|a\s+lot|again))?(?![a-z])"
)
_THANKS_ZH = (
    r"(?:谢谢|谢啦|谢了|多谢|感谢|蟹蟹|辛苦了?|麻烦了?)(?:团长|老板|群主|亲|你们?|您|大家|啦|了|哈|呀|哦)*"
)
_PUNCT = r"[\s,，、.。!！~～:：🙏]"
_THANKS_FIRST = re.compile(
    rf"^(?:{_THANKS_EN}|{_THANKS_ZH})(?:\s*@?[A-Za-z][\w.]*(?=\s*[,，、.。!！~～:：]|\s*[\u4e00-\u9fff]))?{_PUNCT}*",
    re.IGNORECASE,
)
_THANKS_LAST = re.compile(
    rf"{_PUNCT}*(?:{_THANKS_EN}|{_THANKS_ZH})(?:[\s,，]*@?[A-Za-z][\w.]*)?{_PUNCT}*$", re.IGNORECASE
)


# The payee a payment sentence names (`付了500给房东了`, `给我妈`, `paid 500 to my landlord`): someone of her
# own, never the organiser, makes it talk about another payment (`_payee`); a name (`转给Amy了`, `Paid $110
# to Amy`) may be the one the payment note names: still her report.
_TO_ZH = re.compile(r"给\s*@?(?P<to>[A-Za-z][\w.]*|[\u4e00-\u9fff]{1,4}?)(?=了|啦|的|[\s,，、。.!！~～]|$)")
_TO_EN = re.compile(r"\bto\s+(?P<whose>(?:my|the|our|his|her|their)\s+)?@?(?P<to>[a-z]\w*)", re.IGNORECASE)
_ORGANISER_ZH = re.compile(r"^(?:团长|你|您|群主)$")
_ORGANISER_EN = re.compile(r"^(?:you|organi[sz]er|host|group)$", re.IGNORECASE)
# someone of her own (`给我妈`, `给房东`): never the organiser, whatever the organiser is called
_THIRD_ZH = re.compile(
    r"^(?:我|俺|咱).|^(?:房东|物业|房租|妈妈?|爸爸?|老妈|老爸|老公|老婆|对象|爱人|男朋友|女朋友|朋友|同事|邻居|"
    r"快递|外卖|司机|保姆|阿姨家|家里|老师|学校|医院|公司|银行)$"
)


@dataclass(frozen=True)
class PaidInWords:
    """A payment said in a sentence: its language and the amount typed ("" when none: `just transferred`)."""

    lang: str
    amount: str = ""
    via: str = ""  # the way named (`微信转的`: "wechat", `via paynow`: "paynow"), "" when none
    typed: str = ""  # the amount as typed, its sign or currency word with it (`$5`): "" when none


# the ways to pay a report may name, each kept as its key (shown in the reader's language: `paid_via_<key>`)
_VIAS = (
    ("wechat", re.compile(r"微信|wechat|weixin", re.IGNORECASE)),
    ("alipay", re.compile(r"支付宝|alipay", re.IGNORECASE)),
    ("paynow", re.compile(r"pay\s?now", re.IGNORECASE)),
    ("paylah", re.compile(r"pay\s?lah", re.IGNORECASE)),
    ("venmo", re.compile(r"venmo", re.IGNORECASE)),
    ("paypal", re.compile(r"paypal", re.IGNORECASE)),
    ("zelle", re.compile(r"zelle", re.IGNORECASE)),
    ("revolut", re.compile(r"revolut", re.IGNORECASE)),
    ("wise", re.compile(r"\bwise\b", re.IGNORECASE)),
    ("redpacket", re.compile(r"红包")),
    ("cash", re.compile(r"现金|\bcash\b", re.IGNORECASE)),
    ("bank", re.compile(r"银行卡?|网银|\bbank\b", re.IGNORECASE)),
    ("transfer", re.compile(r"转账|\btransfer\b", re.IGNORECASE)),
)


def amount_alone(text: str) -> bool:
    """`付了50`, `付了 7`, `已付 ¥156`, `paid 50`: the whole message is a paying word and an amount."""
    return _AMOUNT_ALONE.match(text.strip()) is not None


def way_named(text: str) -> str:
    """The way to pay a report names (`付了234，微信转的`: "wechat"; `sent 110 via paynow`: "paynow";
    `付了，转账`: "transfer"), the first of `_VIAS` found; "" when none is."""
    return next((key for key, found in _VIAS if found.search(text)), "")


def without_thanks(text: str) -> str:
    """`text` without the thanks said before or after it (`thx, paid 10`, `paid 10 thx amy!`,
    `谢谢团长，付了50`, `付了50 谢啦`): "" when it is only thanks."""
    stripped = _THANKS_FIRST.sub("", text.strip(), count=1)
    return _THANKS_LAST.sub("", stripped, count=1).strip()


def paid_in_words(text: str) -> PaidInWords | None:
    """`付了234，微信转的` (zh, `234`), `paid! sent 110 via paynow` (en, `110`), `just transferred the
    money` (en), each with thanks before or after it (`paid 10 thx amy!`); None for anything else (see
    `_ZH_VERB`)."""
    text = without_thanks(text)  # `多谢，付了50`: 多 is not 多少
    cleaned = _SYMBOLS.sub(" ", text).strip()
    if not cleaned or _NOT_A_REPORT.search(text) or len(cleaned) > 60:
        return None
    zh = _ZH_VERB.match(cleaned)
    if zh is not None and _pays_zh(zh, cleaned):
        rest = _PORTIONS_ZH.sub(" ", cleaned[zh.end() :])
        return _payee(_what_is_left(rest, "zh", _ZH_GLUE), rest)
    en = _EN_VERB.match(cleaned)
    if en is not None and (en.group("verb").lower() != "sent" or _MONEY_EN.search(cleaned)):
        return _payee(_what_is_left(cleaned[en.end() :], "en", _EN_GLUE), cleaned[en.end() :])
    return None


def _pays_zh(said: re.Match[str], text: str) -> bool:
    """Whether the verb `said` is a payment: `付` / `支付` always; `转` with money said (`钱转你了`), to
    whom (`转你了`, `转过去了`) or as the whole message (`已转`); `发` only of a red packet sent to her
    (`红包发你了`, `发你红包了`)."""
    verb = said.group("verb")
    if verb == "发":  # `发红包了` alone is a lucky-money packet to the group: talk
        return "红包" in text and bool(said.group("to"))
    if verb != "转":
        return True
    money = _MONEY_ZH.search(text) is not None
    return bool(said.group("to")) or money or _ONLY_TRANSFERRED.match(text) is not None


def _payee(said: PaidInWords | None, rest: str) -> PaidInWords | None:
    """`said`, unless the payee `rest` names is someone of her own, never the organiser (`付了500给房东了`,
    `给我妈`, `paid 500 to my landlord`, `to the landlord`): None, talk about another payment."""
    if said is None:
        return None
    if said.lang == "zh":
        found = _TO_ZH.search(rest)
        to = "" if found is None else found.group("to")
        return None if to and not _ORGANISER_ZH.match(to) and _THIRD_ZH.search(to) else said
    found_en = _TO_EN.search(rest)
    if found_en is None or _ORGANISER_EN.match(found_en.group("to")):
        return said
    return None if found_en.group("whose") else said  # `to my landlord`, `to the landlord`, `to her mum`


def _what_is_left(rest: str, lang: str, glue: re.Pattern[str]) -> PaidInWords | None:
    amounts = list(re.finditer(_AMOUNT, rest, re.IGNORECASE))
    if len(amounts) > 1:  # `付了 100 还差 56`: not one amount paid
        return None
    amount = unicodedata.normalize("NFKC", amounts[0].group("amount")) if amounts else ""  # `¥１２`
    typed = unicodedata.normalize("NFKC", amounts[0].group(0)).strip() if amounts else ""
    left = re.sub(_AMOUNT, " ", rest, flags=re.IGNORECASE)
    if lang == "en":  # `paid for my mum`; with an amount or a way to pay `paid for the strawberries, 79.8`
        paid_for = _FOR_KIN if not amount and not _WAY_SAID.search(left) else _FOR_ONE
        left = paid_for.sub(" ", left)
    left = glue.sub("", left)
    return None if left.strip() else PaidInWords(lang, amount, typed=typed)


def with_way(said: PaidInWords | None, text: str) -> PaidInWords | None:
    """`said` with the way to pay `text` names."""
    return None if said is None else PaidInWords(said.lang, said.amount, way_named(text), said.typed)


@dataclass(frozen=True)
class ReportArgs:
    """What follows `我已付款`: an order number, or `@name` (the organiser confirming, as `已收 @name`)."""

    order: OrderNumber | None = None
    mentions: bool = False
    orders: tuple[OrderNumber, ...] = ()  # `我已付款 7-1 8-1`: two or more, each reported
    every: bool = False  # `我已付款 全部`: every unpaid order of hers it reaches
    amount: str = ""  # `我已付款 6-2 10元`: what she says she paid for `order` ("" when not said)
    typed: str = ""  # that amount as typed, its sign or currency word with it (`$15`)
    via: str = ""  # `付了 2-2 微信`, `I paid 2-2 via wechat`: the way she paid ("" when not said)


def fits_bare(name: str, rest: str) -> bool:
    """A bare word's arguments read as the command, not as talk."""
    if name == REJECT:  # `没收到` alone is talk about anything: with an order number, or a name
        return reads_as_order(rest) or names_one(rest)
    return _reads_as_report(rest)


def reads_as_order(rest: str) -> bool:
    """`未收到 12-3`: an order's number (else a member named: `未收到 @Cat`, `未收到 Cat`)."""
    return _ORDER.match(rest.strip()) is not None


def names_one(rest: str) -> bool:
    """`未收到 @Cat`, `未收到 Cat`: one member named (`handlers.collecting` answers only an organiser
    about a name without `@`); `没收到消息吗？`, `没收到，再等等` are talk."""
    text = rest.strip()
    return text.startswith("@") or (0 < len(text) <= 20 and _TALK.search(text) is None)


def english_report(text: str) -> str | None:
    """What follows an English report typed without a slash (`paid 12-3`: `12-3`), or None when the
    message is not one (`I paid for the mangoes`, `paid?`); read by `read_report` as `/ipaid`'s."""
    found = _ENGLISH.match(text)
    if found is None or not _reads_as_report(found.group("rest")):
        return None
    return _LEADING.sub("", found.group("rest")).strip()


def _reads_as_report(rest: str) -> bool:
    text = without_thanks(_LEADING.sub("", rest))  # `paid 5-1 thx amy`, `我已付款 7-1 谢谢`
    text = _without_sentence_after(text)
    if not text or text.startswith("@") or _ORDER.match(text) is not None or is_courtesy(text):
        return True
    if _EVERY.match(text) is not None or _WITH_AMOUNT.match(text) is not None:
        return True
    if _WITH_WAY.match(text) is not None:  # `2-2 微信`, `2-2 via wechat`
        return True
    return len(_listed(text)[0]) > 1


def _listed(text: str) -> tuple[list[str], bool]:
    """The order numbers `text` lists (`7-1 8-1`, `7-1、8-1 谢谢`), and whether only a courtesy (or
    nothing) follows them; ([], False) when anything else does (`7-1 8-1 的钱`: talk)."""
    found: list[str] = []
    while (match := _LISTED.match(text)) is not None:
        found.append(match.group(1))
        text = _BETWEEN.sub("", text[match.end() :])
    if text and not is_courtesy(text):
        return [], False
    return found, True


# `我已付款 6-2 10元`, `/ipaid 8-2 15`, `I paid 8-2 $15`: an order's whole number, then the amount paid
# (after a number with its dash, a bare number is an amount, never a second order)
_WITH_AMOUNT = re.compile(
    rf"^(?:no\.?|#)?\s*(?P<id>\d+\s*[-–—]\s*\d+)[\s,，、:：]+(?P<typed>{_AMOUNT})$", re.IGNORECASE
)


# `I paid 1-2 $15, will send the rest tmrw` (rep64 6): the order's number and amount, then a sentence of
# her own after a comma or full stop: the report of that amount, the sentence none of it (the gap is told
# to the organiser as with any short amount)
_WITH_AMOUNT_SAID = re.compile(
    rf"^(?P<head>(?:no\.?|#)?\s*\d+\s*[-–—]\s*\d+[\s,，、:：]+{_AMOUNT})\s*[,，;；。]\s*[a-z\u4e00-\u9fff].*$",
    re.IGNORECASE,
)


# `付了 2-2 微信`, `已付 2-2 微信转的`, `I paid 2-2 via wechat` (rep74 #3): an order's number, then the way
# she paid (kept with the report as `付了234，微信转的` keeps it); any other word after it is no report
_WITH_WAY = re.compile(
    r"^(?:no\.?|#)?\s*(?P<id>\d+\s*[-–—]\s*\d+)[\s,，、:：]+(?:(?:via|by|with|through|using|用|通过|走)\s*)?"
    r"(?P<way>微信|支付宝|银行卡?|网银|红包|现金|wechat(?:\s*pay)?|weixin|alipay|pay\s?now|pay\s?lah|venmo|"
    r"paypal|zelle|revolut|wise|cash|bank(?:\s+transfer)?|transfer)"
    r"(?:转账|转的|付的|支付|转了|付了|的)?[\s.。!！~～]*$",
    re.IGNORECASE,
)


def _without_sentence_after(text: str) -> str:
    """`1-2 $15, will send the rest tmrw`: `1-2 $15`; any other text as it is."""
    found = _WITH_AMOUNT_SAID.match(text)
    return found.group("head").strip() if found is not None else text


def read_report(rest: str) -> ReportArgs:
    """The arguments of `/ipaid`; anything but an order number, `@name` or a courtesy gets the form."""
    text = without_thanks(_LEADING.sub("", rest.strip()))  # `7-1 谢谢`: 7-1
    text = _without_sentence_after(text)  # `1-2 $15, will send the rest tmrw`
    if text.startswith("@"):
        return ReportArgs(mentions=True)
    found = _ORDER.match(text)
    if found is not None:
        return ReportArgs(order=order_number(found.group("id")))
    if not text or is_courtesy(text):
        return ReportArgs()
    if _EVERY.match(text) is not None:
        return ReportArgs(every=True)
    paid = _WITH_AMOUNT.match(text)
    if paid is not None:
        amount = unicodedata.normalize("NFKC", paid.group("amount"))
        typed = unicodedata.normalize("NFKC", paid.group("typed")).strip()
        return ReportArgs(order=order_number(paid.group("id")), amount=amount, typed=typed)
    way = _WITH_WAY.match(text)
    if way is not None:  # `付了 2-2 微信`: that order, the way kept as the report's
        return ReportArgs(order=order_number(way.group("id")), via=way_named(way.group("way")))
    listed, _ = _listed(text)
    if len(listed) > 1:  # `/ipaid 7-1 8-1`: each (the same one typed twice, once)
        numbers = tuple(dict.fromkeys(order_number(typed) for typed in listed))
        return ReportArgs(orders=numbers) if len(numbers) > 1 else ReportArgs(order=numbers[0])
    raise DomainError("ipaid_usage")


def read_reject(rest: str) -> OrderNumber:
    """The order number of `/notpaid 7` (required)."""
    found = _ORDER.match(rest.strip())
    if found is None:
        raise DomainError("notpaid_usage")
    return order_number(found.group("id"))
