"""A 团长's everyday words for what `修改` and `再开一团` do (rep70 #3, #6): `#1 改价 80`, `芒果改价 80`,
`改价 #1 80`, `改价 80`, `price #1 80` (as `修改 #1 价格 80`); `加库存 10`, `鸡蛋加库存 10`, `#2 加库存 10`,
`add stock 10` (the stock raised BY 10: handlers.org_words); `草莓再来一团`, `上周的草莓再来一团`,
`再来一团草莓`, `再开一团 草莓` (the latest group buy of that product here, as `再开一团 #3`).

Read only where nothing else reads the message (`parsing.commands._parsed`): each is a command's word
with a number, so talk (`芒果改价了吗？`) stays talk. A product named is kept in `Command.word`, for the
handler to pick the group buy as other commands' names do.
"""

from __future__ import annotations

import re

# the product named before the words (`芒果改价 80`, `上周的草莓再来一团`): no number, no `#`, no space
# inside, and not the 修 of `修改价格` (read by `修改` itself)
_TITLE = r"(?P<title>[^\s#\d?？!！,，。][^\s#\d?？!！,，。]{0,19}?)"
_NUMBER = r"#\s*(?P<{}>\d{{1,9}})"
_PRICE = r"(?P<price>[¥$]?\s*\d{1,7}(?:\.\d{1,2})?)"

PRICE_ZH = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s*|{_TITLE}(?<!修)\s*)?(?:改价格?|调价)(?:为|成|到)?\s*"
    rf"(?:{_NUMBER.format('id2')}\s*)?[:：]?\s*{_PRICE}\s*(?:元|块)?$"
)
STOCK_ZH = re.compile(  # an option's name before the words or after the number (`加库存 #1 大盒 5`)
    rf"^(?:{_NUMBER.format('id1')}\s*)?(?:{_TITLE}\s*)?(?:加库存|库存加|补库存|增加库存|库存增加)\s*"
    rf"(?:{_NUMBER.format('id2')}\s*)?(?:(?P<after>[^\s#\d:：+]{{1,20}})\s+)?[:：]?\s*\+?\s*"
    rf"(?P<n>\d{{1,6}})\s*(?:份|个|件|箱|盒|斤|袋)?$"
)
# the stock SET to a total (`改库存 10`, `#1 改库存 10`): as `修改 #1 库存 10` (`库存改成10` is a line's
# set-to, read before these)
STOCK_SET_ZH = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s*|{_TITLE}\s*)?(?:改库存|调库存)\s*"
    rf"(?:{_NUMBER.format('id2')}\s*)?[:：]?\s*(?P<n>\d{{1,6}})\s*(?:份|个|件|箱|盒|斤|袋)?$"
)
# the deadline moved (`改截止 明天晚上8点`, `截止改成明天晚上8点`, `延期到周五 20:00`): as `修改 #1 截止 …`;
# moved later by a length of time (`延期一天`, `截止推迟2小时`: `later`) from the deadline, not from now; a
# question (`延期了吗？`) stays talk
DEADLINE_ZH = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s*|{_TITLE}\s*)?"
    r"(?:改截止(?:时间|日期)?|截止(?:时间|日期)?(?:改|提前)(?:成|为|到|至)"
    r"|(?P<later>截止(?:时间|日期)?(?:推迟|延后|延长|延)(?:成|为|到|至)?|延期(?:到|至)?"
    r"|延长截止(?:时间|日期)?(?:到|至)?))\s*"
    rf"(?:{_NUMBER.format('id2')}\s*)?[:：]?\s*(?P<when>[^?？吗呢]*[^\s?？吗呢])$"
)
# what a deadline said in words looks like: a day, a time or a length of it, and no sentence around it
DEADLINE_SHAPE = re.compile(
    r"^[^，,。！!；;]*(?:\d|今|明|后天|周|星期|月|号|点|晚|早|午|天|小时|钟头)[^，,。！!；;]*$"
)
# English with the number only (`price #1 80`, `#1 price 80`): a bare `price 80` may be anyone's talk
PRICE_EN = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s+(?:change\s+(?:the\s+)?)?price\s*"
    rf"|(?:change\s+(?:the\s+)?)?price\s*{_NUMBER.format('id2')}\s*)(?:to\s+)?{_PRICE}$",
    re.IGNORECASE,
)
STOCK_EN = re.compile(
    rf"^(?:{_NUMBER.format('id1')}\s+)?add\s+(?:(?P<n1>\d{{1,6}})\s+(?:more\s+)?(?:to\s+(?:the\s+)?)?stock"
    rf"|stock\s*(?:{_NUMBER.format('id2')}\s*)?\+?\s*(?P<n2>\d{{1,6}}))(?:\s+(?:to|on)\s+{_NUMBER.format('id3')})?$",
    re.IGNORECASE,
)
# English near-variants, read only from one running a group buy (`Command.in_words`; from anyone else
# talk): `Cookies price 18`, `change price to 17` (rep73 #10), `Cookies add stock 5` (also privately, #6)
_EN_TITLE = r"(?P<title>[A-Za-z][A-Za-z'&\- ]{0,30}?)"
PRICE_EN_WORDS = re.compile(
    rf"^(?:(?:change|set)\s+(?:the\s+)?price\s+(?:to\s+)?|new\s+price\s*[:：]?\s*"
    # `Total price 18`, `The price 18`: a word no product is called, the sentence's own: as `price 18`
    rf"|(?:the\s+)?(?:total|final|full|unit|sale|special|group)\s+price\s+(?:(?:is\s+)?now\s+|to\s+)?"
    rf"|the\s+price\s+(?:(?:is\s+)?now\s+|to\s+)"
    rf"|(?!(?:change|set|new|the|my|what|how|total|final|full|unit|sale|special|group)\b){_EN_TITLE}\s+(?:new\s+)?price\s+(?:(?:is\s+)?now\s+|to\s+)?){_PRICE}$",
    re.IGNORECASE,
)
STOCK_EN_WORDS = re.compile(
    rf"^(?!(?:please|pls)\b){_EN_TITLE}\s+add\s+(?:(?P<n1>\d{{1,6}})\s+(?:more\s+)?(?:to\s+(?:the\s+)?)?stock"
    rf"|stock\s*\+?\s*(?P<n2>\d{{1,6}}))$",
    re.IGNORECASE,
)
# the pickup changed, with a product before it (`芒果自提点改到 东门`; a bare `自提点改到 东门` is `自提`'s)
PICKUP_ZH = re.compile(
    rf"^{_TITLE}(?:的)?\s*(?:自提点|自提地点|自提|取货点|提货点)\s*"
    r"(?:改到|改成|改为|改去|换到|换成|换为|挪到|搬到)\s*[:：]?\s*(?:在\s*)?(?P<place>\S.*)$"
)
PICKUP_EN = re.compile(
    rf"^(?:(?:change|move)\s+(?:the\s+)?(?:pickup|pick-up|pick\s+up)(?:\s+(?:point|place))?\s+to"
    rf"|(?:(?!(?:the|my|your|our)\b){_EN_TITLE}\s+)?(?:the\s+)?(?:pickup|pick-up)(?:\s+(?:point|place))?\s+"
    r"(?:(?:has\s+|was\s+|is\s+)?(?:changed|moved)\s+to|is\s+now|will\s+(?:now\s+)?be(?=\s+at\s)))"
    r"\s+(?:at\s+)?(?P<place>\S.*)$",  # `the pickup is now at Gate B`: Gate B, `at` the sentence's
    re.IGNORECASE,
)
# `goods arrived`, `Cookies arrived`, `the cookies have arrived`: as `到货了` (only her closed ones); a
# number before or after it names one: `goods arrived #3`, `#3 arrived`
ARRIVED_EN = re.compile(
    r"^(?:[#＃]\s*(?P<first>\d{1,9})\s+)?(?:(?:the\s+)?(?P<before>[A-Za-z][A-Za-z'&\- ]{0,30}?)\s+)?"
    r"(?:have\s+|has\s+)?arrived(?:[\s,:]+(?:for\s+)?[#＃]\s*(?P<id>\d{1,9}))?[.!~\s]*$",
    re.IGNORECASE,
)
GOODS_EN = re.compile(r"^(?:goods|stock|items|order|orders|it|they|everything|all)$", re.IGNORECASE)


# `草莓再来一团`, `上周的草莓再来一团`, `再来一团草莓`, `草莓再开一团`, `再开一团 草莓`: its next round
_WHEN_BEFORE = r"(?:上周|上次|上回|上个月|之前|以前|前几天|昨天|前天)(?:的|那个)?"
COPY_NAMED = re.compile(
    rf"^(?:{_WHEN_BEFORE})?(?:(?P<before>[^\s#\d?？!！,，。][^\s#\d?？!！,，。]{{0,19}}?)\s*(?:再来|再开|再团)一团"
    r"|(?:再来|再开)一团\s*(?P<after>[^\s#\d?？!！,，。][^\s#\d?？!！,，。]{0,19}))[!！。~～]*$"
)


def number_in(found: re.Match[str], *names: str) -> int | None:
    """The group buy's number typed in any of the groups `names` (None: none)."""
    for name in names:
        value = found.groupdict().get(name)
        if value:
            return int(value)
    return None


def copy_named(text: str) -> str | None:
    """The product named with 再来一团 / 再开一团 (`上周的草莓再来一团`: 草莓), None when it is no such."""
    found = COPY_NAMED.match(text)
    if found is None:
        return None
    word = (found.group("before") or found.group("after") or "").removeprefix("的")
    word = re.sub(rf"^{_WHEN_BEFORE}", "", word)
    return word or None


# An organiser's arrival notice (rep70 #7): `到货了 鸡蛋明天下午5点3号楼大堂自提`, `鸡蛋到货了`, `#2 到货啦`:
# the product before it, the place and time after it (handlers.org_words answers with `自提 #2 …`)
ARRIVED = re.compile(
    r"^(?:[#＃]\s*(?P<id>\d{1,9})\s*)?(?P<before>[^\s#\d?？!！,，。][^\s#?？!！,，。]{0,19}?)?\s*(?:已经)?"
    r"(?:到货|货到)(?:了|啦|咯)?(?![\u3400-\u9fff]*[?？吗么])(?:[\s!！。,，~～]+|$)(?P<rest>[^?？]*)$"
)
# a time of day in a notice (`明天下午5点`, `周六 10:00`, `今晚7点半`), read apart from the place
_DAY = r"(?:今天|明天|后天|今晚|明晚|明早|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}月\d{1,2}[日号])"
_PART = r"(?:早上|上午|中午|下午|傍晚|晚上)"
ARRIVAL_TIME = re.compile(
    rf"(?:{_DAY}\s*{_PART}?\s*(?:\d{{1,2}}(?:[:：]\d{{2}}|点(?:半|\d{{1,2}}分)?))?"
    rf"|{_PART}\s*\d{{1,2}}(?:[:：]\d{{2}}|点(?:半|\d{{1,2}}分)?)"
    rf"|\d{{1,2}}[:：]\d{{2}}|\d{{1,2}}点(?:半|\d{{1,2}}分)?)"
)
# the words around the place: `在 3号楼大堂 自提`, `3号楼大堂取货`
_PICKUP_WORDS = re.compile(r"^(?:在|到)|(?:来|过来)?(?:自提|取货|提货|来取|领取|取)$")


_ASKED = re.compile(r"什么|啥|吗|么|没|几时|哪|是否|有没|\?|？")


def arrived(text: str) -> re.Match[str] | None:
    """The arrival notice in `text` (`ARRIVED`), None when it is no such or asks (`什么时候到货`)."""
    return None if _ASKED.search(text) else ARRIVED.match(text)


def arrival_parts(rest: str) -> tuple[str, str, str]:
    """`鸡蛋明天下午5点3号楼大堂自提` → ("鸡蛋", "明天下午5点", "3号楼大堂"): what came before the time
    (maybe the product, maybe the place), the time, what came after it; "" for a part not there."""
    text = rest.strip()
    found = ARRIVAL_TIME.search(text)
    if found is None or not found.group(0).strip():
        return "", "", _place_words(text)
    before, after = text[: found.start()], text[found.end() :]
    return _place_words(before), " ".join(found.group(0).split()), _place_words(after)


def _place_words(text: str) -> str:
    text = text.strip(" ,，。!！~～")
    while (words := _PICKUP_WORDS.search(text)) is not None and text:
        text = (text[: words.start()] + text[words.end() :]).strip(" ,，。")
        if not words.group(0):
            break
    return text
