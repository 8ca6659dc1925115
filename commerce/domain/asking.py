"""Asking the group (问): which fact about a group buy a question asks for, from the way people phrase it.

Organisers answer the same questions every evening ("什么时候截单？", "在哪里取？", "我付了吗？"); Tuan holds
those facts. A question's intent is read by rules over phrases kept in a data file
(`ask_intents.json`, per intent and language), not in code: each phrase found in the question (Chinese:
as written; English: as whole words, case folded) scores its length, and the intent with the highest
score wins, so the longer, more specific phrase decides (`取货码` is a pickup code, not `取货`, the
pickup). Nothing found: no intent, and the asker is told so; nothing is ever composed from nothing.
Standard library only.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from commerce.domain.ask_relevance import ask_words

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_GROUP_BUY = re.compile(r"#\s*(\d{1,12})")
# The pay verb, then 了吗 / 了没 / 没有: a question about the past (did I pay?), never how to pay.
_PAID_YET = re.compile(r"[付交](?:过)?(?:钱|款|费)?(?:了(?:钱|款)?[吗么没]|了?没有|过了)")
# `我的大米订单呢`, `where is my rice order`: the asker's order, a product named inside the phrase
_MY_NAMED_ORDER = re.compile(r"我的[\u3400-\u9fff]{1,8}订单|\bmy(?: [a-z]+){1,2} orders?\b")
MAX_QUESTION = 500  # characters: a question longer than this is not read
TYPO_MIN = 5  # letters of an English phrase found mistyped too (`pirce`); shorter words stay exact


class Intent(StrEnum):
    DEADLINE = "deadline"
    PICKUP = "pickup"
    PRICE = "price"
    STOCK = "stock"
    PAYMENT = "payment"
    MY_ORDER = "my_order"
    ORGANISER = "organiser"


PRIVATE_INTENTS = frozenset({Intent.MY_ORDER})  # answered in private, never in the group


@dataclass(frozen=True)
class Question:
    """A question as read: its language (`zh` when it has Chinese characters), its intent (None: not a
    question about a fact Tuan holds) and the group buy it names by `#12`, if any."""

    text: str
    lang: str
    intent: Intent | None
    group_buy_id: int | None


@cache
def phrases() -> Mapping[Intent, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each intent's (Chinese, English) phrases from `ask_intents.json`."""
    raw = resources.files("commerce.domain").joinpath("ask_intents.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return {
        Intent(key): (tuple(value.get("zh", ())), tuple(_fold(p) for p in value.get("en", ())))
        for key, value in data.items()
        if not key.startswith("_")
    }


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _whole_asks(pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` finds a question in `text`, folded as every question here is read (curly
    apostrophes straight: `what’s` as `what's`)."""
    return pattern.search(_fold(text)[:MAX_QUESTION].replace("’", "'")) is not None


def language_of(text: str) -> str:
    """`zh` when the text has Chinese characters (compatibility forms folded), else `en`: a question is
    answered as it was asked."""
    return "zh" if _CJK.search(unicodedata.normalize("NFKC", text)) else "en"


def read(text: str) -> Question:
    """The question in `text`: its language, intent and named group buy."""
    folded = _fold(text)[:MAX_QUESTION]
    named = _GROUP_BUY.search(folded)
    group_buy_id = int(named.group(1)) if named else None
    return Question(text.strip(), language_of(folded), intent_of(folded), group_buy_id)


_PAID_ASKED_EN = re.compile(
    r"\b(?:did|have|had) i (?:already |even )?pa(?:y|id)\b|\bpaid yet\b|\bam i paid\b"
)


def asks_paid(text: str) -> bool:
    """Whether a question asks if the asker has paid (`我付了吗`, `付钱了没`, `did I pay`, `have I paid`),
    not how to pay: answered, before the close, that nothing is to pay until it closes."""
    folded = _fold(text)[:MAX_QUESTION]
    return bool(_PAID_YET.search(folded) or "付过钱" in folded or _PAID_ASKED_EN.search(folded))


# Asking when (`什么时候取货`, `when is pickup?`), not only where: a pickup with no time set says so.
_WHEN = re.compile(r"什么时候|啥时候|几点|几号|哪天|哪一天|时间|多久|\bwhen\b|\bwhat time\b|\bwhat day\b")


def asks_when(text: str) -> bool:
    """Whether a question asks when (`什么时候取货`, `几点取`, `when is pickup?`, `what time`)."""
    return _WHEN.search(_fold(text)[:MAX_QUESTION]) is not None


# A group buy to come (`下次什么时候团海鲜`, `will there be durian again`): only the organiser knows.
_NEXT_TIME = re.compile(
    r"下次|下回|下一次|下一批|下批|再团|还会团|还会再|以后还|什么时候再|"
    r"\bnext (?:time|batch|round|one)\b|\bagain\b|\bwill there be\b|\bany plans?\b"
)


def asks_next_time(text: str) -> bool:
    """Whether a question asks about a group buy to come, not one open now: no group buy here answers
    it (that none of it is open is no answer), the organiser does."""
    return bool(_NEXT_TIME.search(_fold(text)[:MAX_QUESTION]))


def intent_of(folded: str) -> Intent | None:
    """The intent whose phrases found in the (case-folded) question are longest in total; None if none
    is found. Ties go to the intent listed first in the data file. An English one-word phrase of
    `TYPO_MIN` letters or more is also found typed with two letters swapped, one left out or one too
    many (`pirce`, `pickp`), scoring a letter less than typed right."""
    if _PAID_YET.search(folded):
        return Intent.MY_ORDER  # `我付钱了吗`: whether I paid, not how to (`付钱` is the payment's phrase)
    if _MY_NAMED_ORDER.search(folded):
        return Intent.MY_ORDER
    tokens = re.findall(r"[a-z0-9]+", folded)
    words = f" {' '.join(tokens)} "
    best: tuple[int, Intent | None] = (0, None)
    for intent, (zh, en) in phrases().items():
        score = sum(len(p) for p in zh if p in folded)
        for phrase in en:
            if f" {phrase} " in words:
                score += len(phrase)
            elif " " not in phrase and len(phrase) >= TYPO_MIN and any(_mistyped(t, phrase) for t in tokens):
                score += len(phrase) - 1
        if score > best[0]:
            best = (score, intent)
    return best[1]


# Where one question asks a second fact (`how much are the grapes and when does it close?`, `葡萄多少钱，
# 几点截单`): between its clauses
_CLAUSES = re.compile(r"[，,；;。]|\s+(?:and|also|plus)\s+|还有|另外|以及|顺便问")
# The facts a clause may add to the first one asked: the group buy's own, never the asker's order
_FACTS_OF_IT = (Intent.PRICE, Intent.STOCK, Intent.DEADLINE, Intent.PICKUP, Intent.ORGANISER)


def intents_asked(text: str) -> tuple[Intent, ...]:
    """Each fact a question asks, in the order asked, when its clauses ask two or more of the group
    buy's own facts (`how much are the grapes and when does it close?`: price, then deadline; `葡萄多少钱，
    几点截单` alike); else none (one fact, or one of them the asker's order: answered as the whole)."""
    folded = _fold(text)[:MAX_QUESTION]
    asked: list[Intent] = []
    for clause in _CLAUSES.split(folded):
        intent = intent_of(clause) if clause.strip() else None
        if intent is not None and intent not in asked:
            asked.append(intent)
    if len(asked) < 2 or not all(intent in _FACTS_OF_IT for intent in asked):
        return ()
    return tuple(asked)


# A friend named as whose note a question is about (`阿花说的芒果哪里买`, `where can I buy the kaya Cat
# talked about?`): the name, and the question without it
_WHOSE_ZH = re.compile(
    r"^(?P<before>.*?)(?P<who>[^\s，,。？?！!、：:的]{1,8}?)(?:之前|上次|刚才|刚刚)?"
    r"(?:说过的|说的|提到的|提过的|推荐的|种草的|讲的|分享的|晒的)(?P<after>\S.*)$"
)
_WHOSE_EN = re.compile(
    r"(?P<thing>\b(?:the|that|those|these)\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s+(?:that\s+)?"
    r"(?P<who>[a-z][a-z'-]*)\s+(?:was\s+)?(?:talked about|talking about|mentioned|recommended|wrote about"
    r"|posted about|raved about|suggested)\b",
    re.IGNORECASE,
)
# not a friend's name: who said it is not told (`大家说的`, `the kaya you mentioned`)
_NOT_WHO = frozenset(
    {"i", "you", "he", "she", "they", "we", "someone", "somebody", "everyone", "people", "u"}
    | {"我", "你", "他", "她", "他们", "她们", "我们", "你们", "大家", "别人", "有人", "群里", "群友", "朋友"}
)


def whose_note(text: str) -> tuple[str, str] | None:
    """The friend a question names as the one who wrote about its product, and the question with the
    product alone (`阿花说的芒果哪里买`: 阿花, `芒果哪里买`; `where can I buy the kaya Cat talked about?`:
    Cat, `where can I buy the kaya?`); the name "" when it is no friend's (`大家说的芒果`, `the kaya you
    mentioned`); None when it names none."""
    english = _WHOSE_EN.search(text)
    if english is not None:
        rest = f"{text[: english.start()]}{english.group('thing')}{text[english.end() :]}"
        who = english.group("who")
        return ("" if who.casefold() in _NOT_WHO else who), " ".join(rest.split())
    chinese = _WHOSE_ZH.match(text.strip())
    if chinese is None or not _CJK.search(chinese.group("after")):
        return None
    who = chinese.group("who").lstrip("@")
    rest = f"{chinese.group('before')}{chinese.group('after')}"
    return ("" if who in _NOT_WHO else who), " ".join(rest.split())


def _mistyped(typed: str, word: str) -> bool:
    """`typed` is `word` with two neighbouring letters swapped, or one letter left out or added (never
    the first letter: a different first letter is a different word, `posts` is not `costs`). A letter
    typed for another is not taken: `stuck` is not `stock`, `chose` is not `close`."""
    if typed == word or typed[:1] != word[:1] or len(typed) < TYPO_MIN - 1:
        return False
    if len(typed) == len(word):
        diff = [i for i in range(len(word)) if typed[i] != word[i]]
        if len(diff) != 2 or diff[1] != diff[0] + 1:
            return False
        return typed[diff[0]] == word[diff[1]] and typed[diff[1]] == word[diff[0]]
    short, long_ = sorted((typed, word), key=len)
    if len(long_) - len(short) != 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(1, len(long_)))


_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]{2,}")
_ASKED_END = re.compile(r"(?:[?？]|[吗呢么嘛])[\W_]*$")  # 甜吗？, good?
_A_NOT_A_IN = re.compile(r"([\u3400-\u9fff])[不没]\1")  # 甜不甜, 有没有
# 还剩多少, 还有几份: a count asked at the end needs no ？ (WeChat's questions rarely carry one, rep95 #10);
# 几 only after 还有 / 剩 (茶几 is a table, 来几份 a join)
_MEASURE = "[份个斤盒箱包件袋瓶颗只位]"
_COUNT_ASKED_END = re.compile(rf"(?:多少{_MEASURE}?|(?:还有|剩下?)几{_MEASURE})[\W_]*$")
_ASKING_START = frozenset(
    {"is", "are", "was", "were", "do", "does", "did", "how", "what", "which", "where", "when", "why"}
    | {"who", "can", "could", "should", "would", "will", "any"}
)


@cache
def _picks_phrases() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = ask_words().get("for_you", {})
    en = (" ".join(re.findall(r"[a-z0-9]+", _fold(p))) for p in data.get("en", ()))
    return tuple(_fold(p) for p in data.get("zh", ())), tuple(en)


# `what's good?`, `what's good here?` as the whole message (rep93 #5): what to buy, as `any recommendations?`
# (`what's good about the durian?` asks of the durian)
_GOOD_HERE = re.compile(
    r"^\s*(?:so\s+)?(?:what'?s|what\s+is)\s+good(?:\s+(?:here|today|now|this\s+week|to\s+eat|to\s+buy))?"
    r"[\s?!.~]*$"
)


def wants_picks(text: str) -> bool:
    """Whether a question asks what to buy (`有什么推荐的吗`, `what should I buy?`: phrases in
    `ask_words.json` "for_you"; `what's good here?` alone): For you (猜你喜欢) answers it."""
    folded = _fold(text)[:MAX_QUESTION]
    if _GOOD_HERE.match(folded.replace("’", "'")):
        return True
    zh, en = _picks_phrases()
    words = f" {' '.join(re.findall(r'[a-z0-9]+', folded))} "
    return any(p in folded for p in zh) or any(f" {p} " in words for p in en)


@cache
def _alone_words() -> tuple[tuple[str, ...], frozenset[str]]:
    data = ask_words().get("for_you", {}).get("alone", {})
    zh = sorted((_fold(w) for w in data.get("zh", ())), key=len, reverse=True)
    return tuple(zh), frozenset(_fold(w) for w in data.get("en", ()))


def only_asks_picks(text: str) -> bool:
    """Whether a whole message is only a question of what to buy (`有什么推荐的吗`, `大家有什么推荐的吗？`,
    `what should I buy?`): its `wants_picks` phrases and the words that may stand around them
    (`ask_words.json` "for_you" "alone") and nothing else. A group answers only such a message unasked:
    `我给大家推荐一下这个面膜` says something, and is left alone."""
    folded = _fold(text)[:MAX_QUESTION]
    if not wants_picks(folded):
        return False
    if _GOOD_HERE.match(folded.replace("’", "'")):  # `what's good here?`: only that, by construction
        return True
    zh, en = _picks_phrases()
    around_zh, around_en = _alone_words()
    for phrase in sorted(zh, key=len, reverse=True):
        folded = folded.replace(phrase, " ")
    words = f" {' '.join(re.findall(r'[a-z0-9]+', folded))} "
    for phrase in sorted(en, key=len, reverse=True):
        words = words.replace(f" {phrase} ", "  ")
    rest = "".join(re.findall(r"[^\W\d_a-z]+", folded))  # the Chinese left (letters are words')
    for word in around_zh:
        rest = rest.replace(word, "")
    return not rest and all(word in around_en for word in words.split())


_OWN_CODE_ZH = ("取货码", "提货码", "自提码")
_OWN_CODE_EN = ("pickup code", "pick up code", "pickup codes", "collection code")
_OWN_CODE_AROUND = frozenset("我的是多少呢吗嘛么啊呀几号啥什么请问一下团长给发忘了")  # 我的取货码是多少？
_OWN_CODE_AROUND_EN = frozenset({"what", "whats", "what's", "is", "s", "my", "where", "the", "again"})


def asks_own_code(text: str) -> bool:
    """Whether a whole message only asks for the asker's own pickup code (`取货码`, `我的取货码是多少？`,
    `what's my pickup code?`): a group answers it unasked, privately. A code named in talk (`取货码发到
    群里了吗，我去拿货`) is left alone."""
    folded = _fold(text)[:MAX_QUESTION].strip()
    if len(folded) > 30:
        return False
    phrase = next((p for p in _OWN_CODE_ZH if p in folded), None)
    if phrase is not None:
        chinese = "".join(re.findall(r"[^\W\d_a-z]+", folded.replace(phrase, " ", 1)))
        return all(char in _OWN_CODE_AROUND for char in chinese)
    words = " ".join(re.findall(r"[a-z']+", folded))
    found = next((p for p in _OWN_CODE_EN if f" {p} " in f" {words} "), None)
    if found is None:
        return False
    rest = f" {words} ".replace(f" {found} ", " ", 1).split()
    return all(word in _OWN_CODE_AROUND_EN for word in rest)


# Another member's code or order asked for (`Bob 的取货码是多少`, `what is Troll's pickup code`): a name
# (not the asker's own word) before it; the answer says they are private, never the asker's own.
_ANOTHERS_ZH = re.compile(
    r"(?P<name>[^\s的,，。?？!！:：#＃\d]{1,16})\s*的\s*(?:取货码|提货码|自提码|核销码)"
)
_ANOTHERS_EN = re.compile(
    r"(?P<name>@?[a-z][\w.-]{0,31})'s\s+(?:(?:pickup|pick up|pick-up|collection)\s+code|orders?)\b"
)
_MINE_ZH = ("我", "俺", "咱", "自己", "本人", "你")  # `请问我的`, `我妈的` (her friend's: in her order)
_NOT_A_NAME_EN = frozenset(
    {"what", "that", "where", "who", "it", "there", "here", "how", "when", "today", "tomorrow", "one", "let"}
)


def asks_anothers(text: str) -> bool:
    """Whether a short question asks for another member's pickup code (`Bob 的取货码是多少`, `问 #4 Bob
    的取货码`) or another's code or order in English (`what is Troll's pickup code`): private to them."""
    folded = _fold(text)[:MAX_QUESTION].strip()
    if len(folded) > 40:
        return False
    zh = _ANOTHERS_ZH.search(folded)
    if zh is not None:
        name = zh.group("name").lstrip("@").strip()
        return bool(name) and not any(word in name for word in _MINE_ZH) and name not in _OWN_CODE_AROUND
    en = _ANOTHERS_EN.search(folded.replace("’", "'"))
    return en is not None and en.group("name").lstrip("@") not in _NOT_A_NAME_EN


# `谁还没付款`, `who hasn't paid`: the organiser's to know (her list), never another member's
_WHO_UNPAID = re.compile(
    r"谁(?:还)?(?:没有|没|未)(?:付|给|交|转)|哪些人(?:还)?(?:没有|没|未)(?:付|给|交|转)|"
    r"\bwho (?:still )?(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not) (?:yet )?pa(?:y|id)\b|"
    r"\bwho (?:still )?owes\b"
)


def asks_who_unpaid(text: str) -> bool:
    """Whether a question asks who has not paid (`谁还没付款`, `who hasn't paid yet?`)."""
    return _whole_asks(_WHO_UNPAID, text)


# `钱到了吗`, `提现到账了没`, `到账了吗`, `did my payout arrive?`: a sharer asking after her payout, as the
# whole message (`到了吗` alone may be the goods: only with what arrives, or 到账)
_PAYOUT_ENDS = r"(?:吗|没|没有|嘛|么|呢)?(?:呀|啊|哈)?[\s?？!！.。~～]*"
_PAYOUT_ARRIVED = re.compile(
    r"^\s*(?:请问\s*)?(?:我的|那个|那笔)?"
    r"(?:(?:钱|提现|佣金|收益|打款|提现的钱|佣金的钱)(?:已经|还没有|还没|还)?(?:到账|到|打过来|打给我|打来|转过来)"
    r"|(?:钱|提现|佣金)?(?:已经|还没有|还没|还)?到账)"
    rf"(?:了)?{_PAYOUT_ENDS}$"
    # `我的付款到了吗`, `团长收到我的钱了吗`, `收到我的付款没`: the buyer's (rep71 #1)
    r"|^\s*(?:请问\s*)?(?:我的)?(?:付款|转账)(?:已经|还没有|还没|还)?(?:到账|到)(?:了)?"
    rf"{_PAYOUT_ENDS}$"
    r"|^\s*(?:请问\s*)?(?:团长)?(?:你)?(?:已经)?收到(?:我的|我)(?:钱|付款|转账|款)(?:了)?"
    rf"{_PAYOUT_ENDS}$"
    # `团长收到钱没`, `团长收到钱了没`: hers, the organiser asked (rep73 #3; `你收到钱了吗` may be to anyone)
    r"|^\s*(?:请问\s*)?团长(?:你)?(?:已经|有没有)?收到(?:钱|付款|转账|款)(?:了)?"
    r"(?:吗|没|没有|嘛|么|呢)(?:呀|啊|哈)?[\s?？!！.。~～]*$"
    r"|^\s*(?:did|has|have|is) (?:my )?(?:payout|withdrawal|money|commission|earnings|payment|transfer)"
    r"(?: been)? (?:arrive|arrived|come|come through|came through|land|landed|paid|sent|through"
    r"|go through|gone through|received|get received)\b"
    r"(?: yet)?[\s?!.]*$"
    # the buyer's: `did you get my payment?`, `did the organiser get my money?`, `has Amy received it`
    r"|^\s*(?:did|has|have) (?:you|the organi[sz]er|the host|she|he|they) (?:get|got|receive|received)"
    r" my (?:payment|money|transfer)(?: yet)?[\s?!.]*$"
    r"|^\s*(?:did|have) i (?:get|got|been) paid(?: out)?(?: yet)?[\s?!.]*$"
    r"|^\s*where(?:'s| is) my (?:payout|withdrawal|money|commission|refund)[\s?!.]*$"
    # a refunded buyer's: `退款到了吗`, `退款到账了没`, `钱退了吗`, `did I get my refund?` (rep74 #7)
    r"|^\s*(?:请问\s*)?(?:我的)?(?:退款|退的钱)(?:已经|还没有|还没|还)?(?:到账|到|退回来|退给我)(?:了)?"
    rf"{_PAYOUT_ENDS}$"
    rf"|^\s*(?:请问\s*)?(?:我的)?钱(?:已经|还没有|还没|还)?退(?:了|回来了|给我了){_PAYOUT_ENDS}$"
    r"|^\s*(?:did|have) i (?:get|got|received?) (?:my|the|a) refund(?: yet| back)?[\s?!.]*$"
    r"|^\s*(?:has|did|is) (?:my|the) refund(?: been)? (?:arrive|arrived|come|come through|came through"
    r"|landed|sent|paid|gone through|through)(?: yet)?[\s?!.]*$"
)


# `我付钱了吗`, `我付了没`, `did I pay?` as the whole message: whether her payment went through (rep73 #2);
# a question particle is needed (`我付钱了` is her report, not a question)
_OWN_PAYMENT_ASKED = re.compile(
    r"^\s*(?:请问\s*)?(?:团长\s*)?我(?:已经|有没有)?(?:付|付款|付钱|交钱|交了钱|付过钱|付过|转账)(?:了)?"
    r"(?:吗|没|没有|嘛|么)(?:呀|啊|哈)?[\s?？!！.。~～]*$"
    r"|^\s*(?:did|have) i (?:pay|paid)(?: yet| already| for (?:it|them|mine|my order))?[\s?!.]*$"
)


def asks_own_payment(text: str) -> bool:
    """Whether a whole message asks whether she paid (`我付钱了吗`, `我付了没`, `did I pay?`): in a group
    answered privately as `钱到了吗` is (in private: her orders, as `我的订单`)."""
    return _whole_asks(_OWN_PAYMENT_ASKED, text)


def asks_payout_arrived(text: str) -> bool:
    """Whether a whole message asks whether her payout arrived (`钱到了吗`, `提现到账了没`, `到账了吗`,
    `did my payout arrive?`, `have I been paid?`): her newest payout's status answers it; a buyer's
    (`did my payment arrive?`, `did you get my payment?`, `团长收到我的钱了吗`): her orders' payments."""
    return _whole_asks(_PAYOUT_ARRIVED, text)


# A buyer's payment question naming the organiser (rep93 #6): `did Lee get my money?`, `has @Lee received my
# payment?`, `Amy收到我的钱了吗`, `请问Amy收到我的付款了吗`: the name where `the organiser` / `团长` goes
_ORGANISER_NAMED_EN = re.compile(
    r"^\s*(?P<verb>did|has|have)\s+@?(?P<name>[^\s?!.,@]+)\s+(?P<rest>(?:get|got|receive|received)\b.*)$",
    re.IGNORECASE | re.DOTALL,
)
_ORGANISER_NAMED_ZH = re.compile(
    r"^\s*(?:请问\s*)?@?(?P<name>[^\s，,？?!！@]{1,16}?)\s*(?P<rest>(?:你)?(?:已经|有没有)?收到.*)$",
    re.DOTALL,
)
_NOT_A_NAME = frozenset(
    {"you", "she", "he", "they", "the", "i", "we", "团长", "你", "我", "他", "她", "请问"}
)


def organiser_named(text: str) -> tuple[str, str] | None:
    """A buyer's payment question naming someone where `the organiser` / `团长` goes (`did Lee get my
    money?`, `Amy收到我的钱了吗`): the name and the question asked of the organiser (`did the organiser get
    my money?`, `团长收到我的钱了吗`), which its caller asks when the name is her organiser's; None: no
    such question (`did you get my money?` is asked as it is)."""
    said = unicodedata.normalize("NFKC", text)
    for pattern, as_organiser in (
        (_ORGANISER_NAMED_EN, "{verb} the organiser {rest}"),
        (_ORGANISER_NAMED_ZH, "团长{rest}"),
    ):
        found = pattern.match(said)
        if found is None or found.group("name").casefold() in _NOT_A_NAME:
            continue
        asked = as_organiser.format(**found.groupdict())
        if asks_payout_arrived(asked):
            return found.group("name"), asked
    return None


# Her own commission asked in words (rep69 #1), the whole message: `how much did I earn?`, `how much have
# I earned so far?`, `what did I earn`, `what's my commission?`, `我赚了多少`, `我的佣金有多少`: answered as
# `/earnings` (我的收益) is. `how much do I owe?`, `how much was my order` are her orders' (not these).
_OWN_END = (
    r"(?:\s+(?:so\s+far|in\s+total|total|yet|till\s+now|until\s+now|to\s+date"
    r"|from\s+(?:sharing|my\s+shares|referrals))){0,2}[\s?!.~]*$"
)
_EARNINGS_ASKED = re.compile(
    r"^\s*(?:so\s+)?(?:how\s+much|what)\s+(?:commission\s+|money\s+)?(?:did|have|has)\s+i\s+(?:earned|earn|made|make)"
    rf"(?:\s+in\s+commission)?{_OWN_END}"
    r"|^\s*(?:(?:what(?:'s|\s+is|\s+are)|how\s+much\s+is|how\s+much\s+are)\s+)?my\s+(?:commissions?|earnings)"
    rf"{_OWN_END}"
    r"|^\s*(?:请问\s*)?我?(?:一共|总共|现在|目前|到现在|已经)?(?:赚|挣)了?(?:多少|几多)(?:钱|佣金)?了?"
    r"(?:呀|啊|呢|哈)?[\s?？!！.。~～]*$"
    r"|^\s*(?:请问\s*)?我(?:的|有)?(?:佣金|收益)(?:有|是|一共|总共)*(?:多少)(?:钱)?了?"
    r"(?:呀|啊|呢|哈)?[\s?？!！.。~～]*$"
    r"|^\s*(?:请问\s*)?我有多少(?:佣金|收益)了?(?:呀|啊|呢|哈)?[\s?？!！.。~～]*$"
)


def asks_earnings(text: str) -> bool:
    """Whether a whole message asks what she earned (`how much did I earn?`, `我赚了多少`)."""
    return _whole_asks(_EARNINGS_ASKED, text)


# How to be paid her commission asked (rep69 #2), the whole message, no amount nor account in it
# (`withdraw 50 paynow 91234567` is the request): `can I cash out my commission?`, `how do I withdraw?`,
# `how to withdraw`, `佣金怎么提现`, `佣金能提现吗`, `怎么提现`: her balance, the minimum and the command
# (`can I collect?`, `how do I get paid?` only with her commission named: a pickup, an organiser's money).
_OWN_MONEY = (
    r"(?:\s+(?:my|the|it|this|that|all|some|of))*(?:\s+(?:commission|commissions|earnings|money|balance))?"
)
_WITHDRAW_ASKED = re.compile(
    r"^\s*(?:(?:can|could|may|how\s+(?:do|can|should|would)|when\s+can|where\s+do|where\s+can)\s+i"
    r"|how\s+to|how\s+does\s+one|is\s+it\s+possible\s+to)\s+"
    r"(?:(?:withdraw|cash\s*out|pay\s*out)"
    rf"{_OWN_MONEY}|(?:take\s+out|get\s+paid(?:\s+out)?|collect)(?:\s+(?:my|the|all|some|of))*"
    r"\s+(?:commission|commissions|earnings))(?:\s+(?:now|yet|please|pls))?[\s?!.~]*$"
    r"|^\s*how\s+(?:do|does)\s+(?:withdrawals?|payouts?|withdrawing|cashing\s+out)\s+work[\s?!.~]*$"
    r"|^\s*(?:请问\s*)?(?:我的)?(?:佣金|收益|钱)?(?:要|该)?(?:怎么|怎样|如何)(?:才能)?(?:申请)?提现(?:呀|啊|呢|哈)?[\s?？!！.。~～]*$"
    r"|^\s*(?:请问\s*)?(?:我的)?(?:佣金|收益|钱)?(?:现在)?(?:能|可以|能不能|可不可以)(?:申请)?提现(?:吗|么|嘛|了吗)?"
    r"(?:呀|啊|呢|哈)?[\s?？!！.。~～]*$"
)


def asks_withdraw(text: str) -> bool:
    """Whether a whole message asks how (or whether) she may withdraw her commission (`how do I
    withdraw?`, `can I cash out my commission?`, `佣金怎么提现`, `佣金能提现吗`)."""
    return _whole_asks(_WITHDRAW_ASKED, text)


# Her own share link or code asked (rep69 #9), the whole message: `what's my link?`, `my share link`,
# `my referral code`, `我的链接`, `我的分享链接是什么`: answered as `/share` (分享) lists them (a code
# named alone, `what's my code?`, `我的码`, may be her pickup code: not these).
_SHARE_ASKED = re.compile(
    r"^\s*(?:(?:what(?:'s|\s+is|\s+are)|where(?:'s|\s+is|\s+are)|send\s+me|give\s+me|show\s+me)\s+)?"
    r"my\s+(?:own\s+)?(?:(?:share|sharing|referral|invite|invitation)\s*(?:links?|codes?)|links?)(?:\s+again)?"
    r"(?:\s+(?:please|pls))?[\s?!.~]*$"
    r"|^\s*(?:请问\s*)?(?:把)?我的(?:(?:分享|专属|邀请)(?:链接|码)|链接)(?:是什么|是多少|在哪|在哪里|呢|发我|给我)?"
    r"(?:呀|啊|呢|哈)?[\s?？!！.。~～]*$"
    r"|^\s*(?:请问\s*)?我的(?:分享|专属|邀请)(?:链接|码)?(?:是什么|是多少|在哪|在哪里|呢|发我|给我)"
    r"(?:呀|啊|呢|哈)?[\s?？!！.。~～]*$"
)


def asks_share_link(text: str) -> bool:
    """Whether a whole message asks for her own share link or code (`what's my link?`, `我的链接`)."""
    return _whole_asks(_SHARE_ASKED, text)


# How sharing earns asked, the whole message: `how do I share this and earn?`, `how can I earn commission?`,
# `how does sharing work?`, `怎么分享赚佣金`, `分享怎么赚钱`, `怎么赚佣金`: how to share, the rate, where to
# see earnings (`how do I share the cost?` is not it: the words after `share` are these or none)
_EARN_EN = r"(?:earn|make\s+money|get\s+(?:a\s+)?commission)(?:\s+(?:a\s+)?(?:commissions?|money|something))?"
_SHARE_EARN_ASKED = re.compile(
    r"^\s*(?:so\s+|and\s+)?(?:how\s+(?:do|can|could|would|should)\s+(?:i|we|one)|how\s+to)\s+"
    rf"(?:share(?:\s+(?:this|it|that|them|these|the\s+(?:link|group\s*buy)|a\s+group\s*buy|group\s*buys))?"
    rf"(?:\s+(?:and|to)\s+{_EARN_EN})?|{_EARN_EN}(?:\s+(?:by|from)\s+sharing)?)"
    r"(?:\s+(?:here|too|please|pls))?[\s?!.~]*$"
    r"|^\s*how\s+(?:does|do)\s+(?:sharing|share\s+and\s+earn|share\s+to\s+earn|the\s+commissions?|commissions?)"
    r"\s+work[\s?!.~]*$"
    r"|^\s*(?:请问\s*)?(?:(?:怎么|怎样|如何)(?:才能)?(?:分享|转发)(?:这个团?|链接)?(?:来|才能|可以|能)?"
    r"|分享(?:这个团?)?(?:要|该)?(?:怎么|怎样|如何)(?:才能)?|(?:怎么|怎样|如何)(?:才能)?)"
    r"(?:赚|拿|得)(?:分享)?(?:佣金|钱|提成)(?:呀|啊|呢|哈|吗)?[\s?？!！.。~～]*$"
)


_SHARING_NAMED = re.compile(r"shar(?:e|ing)|commission|分享|转发|佣金|提成")  # `how can I make money?`: talk


def asks_how_sharing_earns(text: str) -> bool:
    """Whether a whole message asks how sharing earns (`how do I share this and earn?`, `怎么分享赚佣金`)."""
    folded = _fold(text)[:MAX_QUESTION].replace("’", "'")
    return _SHARE_EARN_ASKED.search(folded) is not None and _SHARING_NAMED.search(folded) is not None


_PICKUP_EN = ("pickup", "pick up", "pick it up", "pick-up", "collection", "collect")  # `where to collect?`
_PICKUP_AROUND_EN = frozenset(
    {
        "what",
        "whats",
        "what's",
        "s",
        "time",
        "is",
        "the",
        "when",
        "where",
        "place",
        "date",
        "day",
        "and",
        "for",
        "can",  # `when can I pick up?`
        "i",
        "we",
        "my",
        "order",
        "tomorrow",
        "today",
        "do",  # `where do we pick up?`
        "should",
        "to",  # `where to collect?`
        "point",  # `where is the pickup point?`
    }
)
# `明天能取吗` (`能取消吗`: 消 is no asking word); `在哪拿货啊`, `哪里取`, `在哪拿？` (拿 alone,
# `拿了吗`, is talk)
_PICKUP_ZH = (
    "取货",
    "提货",
    "拿货",
    "自提",
    "能取",
    "可以取",
    "哪里取",
    "哪儿取",
    "哪取",
    "哪里拿",
    "哪儿拿",
    "哪拿",
)
_PICKUP_ASKING_ZH = ("什么时候", "几点", "哪")  # `几点取货`: asked without a question mark
_PICKUP_AROUND_ZH = frozenset("什么时候几点在哪里儿明天今天去地点时间是呢吗啊呀请问一下团长能可以了")


def asks_pickup(text: str) -> bool:
    """Whether a whole message only asks when or where the pickup is (`what time is pickup?`, `where is
    pickup?`, `几点取货？`, `什么时候提货`): a group with one group buy open answers it unasked. Pickup
    named in talk (`pickup was fun`, `取货的时候帮我拿一下`) is left alone."""
    folded = _fold(text)[:MAX_QUESTION].strip()
    if len(folded) > 30 or read(text).intent is not Intent.PICKUP:
        return False
    phrase = next((p for p in _PICKUP_ZH if p in folded), None)
    if phrase is not None:
        chinese = "".join(re.findall(r"[^\W\d_a-z]+", folded.replace(phrase, " ", 1)))
        asked = sounds_asked(text) or any(word in folded for word in _PICKUP_ASKING_ZH)
        return asked and all(char in _PICKUP_AROUND_ZH for char in chinese)  # `自提` alone: talk
    words = " ".join(re.findall(r"[a-z'-]+", folded))
    found = next((p for p in _PICKUP_EN if f" {p} " in f" {words} "), None)
    if found is None or not sounds_asked(text):
        return False
    rest = f" {words} ".replace(f" {found} ", " ", 1).split()
    return all(word in _PICKUP_AROUND_EN for word in rest)


# `when does it close?`, `when's the deadline?`, `几点截单？` (rep64 11): the whole message asks when the
# group buy closes; a group with one open answers it unasked, as `asks_pickup` (`the shop closes at 9`,
# `when does the shop close?` are talk)
_DEADLINE_ASKED = re.compile(
    r"^(?:and\s+|so\s+)?(?:when|what\s+time)\s+(?:does|will|do)\s+(?:it|this|this\s+one|the\s+group\s*buy|orders?"
    r"|the\s+orders?|we)\s+(?:close|end|stop|cut\s*off)(?:\s+(?:again|today|now))?"
    r"|^(?:when|what\s+time)(?:['’]s|\s+is)\s+(?:the\s+)?(?:deadline|cut\s*-?off|closing(?:\s+time)?)"
    r"|^(?:几点|什么时候|啥时候|何时)(?:截单|截止|结束|截团)"
)
_DEADLINE_END = re.compile(r"[\s?？!！.。~～]*(?:呀|啊|呢|哈|啦|吗)?[\s?？!！.。~～]*$")


def asks_deadline(text: str) -> bool:
    """Whether a whole message only asks when the group buy closes (`when does it close?`, `几点截单`)."""
    folded = _fold(text)[:MAX_QUESTION].strip()
    found = _DEADLINE_ASKED.match(folded)
    return found is not None and _DEADLINE_END.fullmatch(folded[found.end() :]) is not None


def asks_count_left(text: str) -> bool:
    """Whether a message ends asking a count (`还剩多少`, `还有几份`), ？ or not."""
    return bool(_COUNT_ASKED_END.search(_fold(text)[:MAX_QUESTION].strip()))


def sounds_asked(text: str) -> bool:
    """Whether a message reads as a question: it ends in ? (？), 吗, 呢, 么, or 嘛, or in a count asked
    (还剩多少, 还有几份), asks A-not-A (甜不甜),
    or starts with an English asking word (is, how, what, …)."""
    folded = _fold(text)[:MAX_QUESTION].strip()
    first = re.match(r"[a-z]+", folded)
    return bool(
        _ASKED_END.search(folded)
        or asks_count_left(folded)
        or _A_NOT_A_IN.search(folded)
        or (first is not None and first.group(0) in _ASKING_START)
    )


def other_words(text: str, asking: frozenset[str]) -> list[str]:
    """Runs of two or more Chinese characters left in a question once its intent phrases and the words
    that only ask (`asking`: 什么时候, 吗, 还, …) are taken out: what may name a product (`葡萄` in
    `葡萄还有吗`). Conservative: a product named with such words is not seen (its question is then
    about the chat's group buy, as before)."""
    folded = _fold(text)[:MAX_QUESTION]
    taken = sorted({p for zh, _ in phrases().values() for p in zh} | asking, key=len, reverse=True)
    for word in taken:
        if _CJK.search(word):
            folded = folded.replace(word, " ")
    return _CJK_RUN.findall(folded)


_FIRST_CLAUSE = re.compile(r"[^.!?。！？…\n,，;；]*[.!?。！？…\n,，;；]?")


def asks_itself(note_text: str) -> bool:
    """Whether a friend's note is itself a question (`Are they sweet? I heard this batch is amazing`,
    `这个芒果甜吗`): it opens by asking, its first clause ending in ? (？), 吗, 呢, … or asking A-not-A
    (`甜不甜`). Such a note asks rather than tells: Ask never quotes it as what friends said, nor For
    you cites it as a reason. One that tells first and asks after (`超甜，下次还团吗？`) tells."""
    first = _FIRST_CLAUSE.match(_fold(note_text).strip())
    clause = first.group(0) if first else ""
    return bool(_ASKED_END.search(clause) or _A_NOT_A_IN.search(clause))


# -- asking for a recommendation -------------------------------------------------------------------------
_OPENER_ZH = r"(?:(?:大家|请问|各位|姐妹们|朋友们|家人们)[，,、\s]*)?"
_END_ZH = r"(?:一下|一个|一款|一家|个|下)?(?:的)?(?:吗|呢|么|嘛|呀|啊)?"
_RECOMMEND_ZH = tuple(
    re.compile(pattern)
    for pattern in (
        rf"^{_OPENER_ZH}求推荐(?:一下|一个|一款|一家|个|下)?(?P<x>.*)$",  # 求推荐好用的洗碗机
        r"^(?P<x>.+?)求推荐$",  # 洗碗机求推荐
        rf"^{_OPENER_ZH}(?:谁|有谁|有没有人|有人)(?:能|可以|会)?推荐(?:一下|一个|一款|一家|个|下)?(?P<x>.*?){_END_ZH}$",
        # 谁有好用的洗碗机推荐
        rf"^{_OPENER_ZH}(?:谁|有谁|有没有人|有人)有(?P<x>.*?)(?:可以|值得)?推荐{_END_ZH}$",
        rf"^{_OPENER_ZH}有没有(?P<x>.*?)(?:可以|值得)?推荐{_END_ZH}$",  # 有没有好用的洗碗机推荐
        rf"^{_OPENER_ZH}有(?P<x>.*?)推荐(?:的)?(?:吗|么|嘛)$",  # 有洗碗机推荐吗
    )
)
_RECOMMEND_EN = tuple(
    re.compile(pattern)
    for pattern in (
        r"^(?:@\S+\s+)?(?:hi|hey|hello)?\s*(?:does\s+)?(?:any(?:one|body)?|some(?:one|body))?\s*(?:got|have|has)?\s*"
        r"(?:any\s+)?(?:good\s+)?(?:recommendations?|recs?|suggestions?)(?:\s+(?:for|on)\s+(?P<x>.+))?$",
        r"^(?:can|could|would)\s+(?:any(?:one|body)|some(?:one|body)|you|u)\s+(?:please\s+)?(?:recommend|suggest)\s+(?P<x>.+)$",
        r"^(?:any(?:one|body)|who)\s+(?:can\s+)?(?:recommends?|suggests?)\s+(?P<x>.+)$",
    )
)
# `recommend a kaya?`, `recommend any good kaya?`: asks only with its question mark (`recommend the kaya!`
# recommends it)
_RECOMMEND_ASKED_EN = re.compile(
    r"^(?:pls\s+|please\s+)?(?:recommend|suggest)\s+(?P<x>(?:a|an|any|some)\s+.+)$"
)
_ASKED_MARK = re.compile(r"[?？]\s*$")
_TRAILING = re.compile(r"[\s?？!！。.~～…,，]+$")
_FILLER_ZH = re.compile(  # no subject: `有什么推荐的吗`, `有没有人推荐一下这个`
    r"^(?:什么|啥|哪些|哪个|哪家|好的|好东西|好物|值得买的|可以买的|的|这个|那个|这款|这家|这|那|一下|过)+$"
)
_LEAD_EN = re.compile(r"^(?:a|an|some|any|good|nice|great|the)\s+")
_COURTESY_EN = re.compile(r"(?:\s+(?:please|pls|plz|thanks|thx|here|guys|all))+$")


def recommendation_subject(text: str) -> str | None:
    """The thing a message asks friends to recommend (`求推荐好用的洗碗机`: 好用的洗碗机;
    `谁有好用的洗碗机推荐`, `any recommendations for toast?`: toast, `can anyone recommend a
    dentist?`: dentist); "" when it asks for anything at all (`求推荐`, `any recommendations?`: For
    you's question); None when it is no clear request (`推荐一个洗碗机：西门子…` recommends)."""
    folded = _TRAILING.sub("", _fold(text)[:MAX_QUESTION].strip())
    if not folded:
        return None
    patterns = _RECOMMEND_ZH if _CJK.search(folded) else _RECOMMEND_EN
    if not _CJK.search(folded) and _ASKED_MARK.search(text):  # `recommend a kaya?` (rep76 #8) asks one
        patterns = (*patterns, _RECOMMEND_ASKED_EN)
    for pattern in patterns:
        found = pattern.match(folded)
        if found is None:
            continue
        subject = _TRAILING.sub("", (found.group("x") or "").strip(" ：:，,、"))
        if _CJK.search(folded):
            if not subject or _FILLER_ZH.match(subject):
                return ""
            subject = re.sub(r"(?:的)?(?:吗|呢|嘛)$", "", subject).strip()
            subject = re.sub(r"^(?:过|什么|啥|哪些|哪个|哪家|哪款)+", "", subject)  # 有什么好用的洗碗机推荐吗
            vague = not subject or _FILLER_ZH.match(subject) or re.fullmatch(r"好.的?", subject)
            return "" if vague else subject  # 有什么好吃的推荐吗: what to buy, For you's
        while _LEAD_EN.match(subject):
            subject = _LEAD_EN.sub("", subject)
        return _COURTESY_EN.sub("", subject).strip()
    return None


# -- asking friends about a product ---------------------------------------------------------------------
_TRIED_EN = r"(?:tried|try|bought|buy|used|use|had|ordered|order)"
_PRODUCT_ASKED_EN = tuple(
    re.compile(pattern)
    for pattern in (
        # `anyone tried the Hainan mangoes?`, `has anyone tried the durian?`, `did anybody buy the kaya?`
        rf"^(?:(?:has|have|did)\s+)?(?:any(?:one|body)|some(?:one|body))\s+(?:here\s+)?(?:ever\s+)?{_TRIED_EN}"
        r"\s+(?P<x>.+)$",
        # `where can I buy these mangoes?`, `where do you get durian`
        r"^where\s+(?:can|could|do|should|would)\s+(?:i|we|you|u|one)\s+(?:buy|get|find|order)\s+(?P<x>.+)$",
        r"^where\s+to\s+(?:buy|get|find|order)\s+(?P<x>.+)$",  # `where to buy durian`
    )
)
_PRODUCT_ASKED_ZH = tuple(
    re.compile(pattern)
    for pattern in (
        # `有人买过芒果吗`, `有没有人吃过榴莲`
        rf"^{_OPENER_ZH}(?:有人|有没有人|谁|有谁)(?:买过|吃过|用过|试过|团过)(?P<x>.+?)(?:吗|么|嘛|没|没有|呀|啊)?$",
        # 芒果哪里买, 哪里能买到芒果
        r"^(?P<x>.+?)(?:在)?(?:哪里|哪儿|哪)(?:能|可以)?(?:买|买到|买得到|有卖|有得卖)(?:的)?(?:呀|啊|呢)?$",
        r"^(?:请问|大家)?(?:在)?(?:哪里|哪儿|哪)(?:能|可以)?(?:买|买到|买得到)(?P<x>.+?)(?:呀|啊|呢)?$",
        r"^(?P<x>.+?)(?:好用|好吃|好喝)(?:吗|么|嘛|不)$",  # 洗碗机好用吗
    )
)
_LEAD_PRODUCT_EN = re.compile(r"^(?:the|these|those|this|that|a|an|some|any|good|nice|your|their)\s+")
# what a product question's subject is when it names no product (`这个好用吗`, `你好吗`)
_NO_PRODUCT_ZH = re.compile(
    r"^(?:这个|那个|这款|那款|这家|那家|这|那|你|我|他|她|它|你们|我们|他们|大家|今天|明天|昨天|现在|最近|东西|什么|啥)+$"
)
_NO_PRODUCT_EN = frozenset(
    {
        "it",
        "them",
        "this",
        "that",
        "these",
        "those",
        "one",
        "some",
        "here",
        "there",
        "anything",
        "something",
        "stuff",
    }
)
_WHERE_TO_BUY = re.compile(r"^where\s|哪里|哪儿|哪(?:能|可以)?(?:买|有卖)|^(?:请问|大家)?在?哪")
PRODUCT_WORDS = 4  # words at most in an English subject: a longer sentence is talk, never a product asked of


def product_asked(text: str) -> str | None:
    """The product a message asks friends about, when the message is only that question (`anyone tried
    the Hainan mangoes?`: hainan mangoes, `where can I buy these mangoes?`: mangoes, `where to buy
    durian`, `有人买过芒果吗`, `芒果哪里买`, `洗碗机好用吗`); None for talk that merely has such a word
    (`we tried the durian yesterday`, `where are you?`, `这个好用吗`). Asked in a group unasked, it is
    answered only when a friend's note or a group buy here speaks to it."""
    folded = _TRAILING.sub("", _fold(text)[:MAX_QUESTION].strip())
    if not folded:
        return None
    chinese = bool(_CJK.search(folded))
    for pattern in _PRODUCT_ASKED_ZH if chinese else _PRODUCT_ASKED_EN:
        found = pattern.match(folded)
        if found is None:
            continue
        subject = _TRAILING.sub("", found.group("x").strip(" ：:，,、"))
        if chinese:
            subject = re.sub(r"^(?:的|这个|那个|这款|这批|这家)+", "", subject).strip()
            if len(_CJK_RUN.findall(subject)) != 1 or _NO_PRODUCT_ZH.match(subject) or len(subject) > 12:
                return None
            return subject
        while _LEAD_PRODUCT_EN.match(subject):
            subject = _LEAD_PRODUCT_EN.sub("", subject)
        subject = _COURTESY_EN.sub("", subject).strip()
        words = subject.split()
        if not words or len(words) > PRODUCT_WORDS or subject in _NO_PRODUCT_EN:
            return None
        if not all(re.fullmatch(r"[a-z][a-z'-]*", word) for word in words):
            return None
        return subject
    return None


def asks_who_tried(text: str) -> bool:
    """Whether a product question (`product_asked`) asks who tried or bought it (`anyone tried the
    mangoes?`, `有人买过粽子吗`), not what it is like (`芒果好吃吗`) nor where to buy it."""
    folded = _TRAILING.sub("", _fold(text)[:MAX_QUESTION].strip())
    tried = _PRODUCT_ASKED_ZH[0] if _CJK.search(folded) else _PRODUCT_ASKED_EN[0]
    return product_asked(text) is not None and tried.match(folded) is not None


def asks_where_to_buy(text: str) -> bool:
    """Whether a product question (`product_asked`) asks where to buy it (`where can I buy these mangoes?`,
    `芒果哪里买`): a group buy open here selling it answers that, while `anyone tried …`, `…好吃吗` ask
    what friends think, which only their notes answer."""
    return product_asked(text) is not None and bool(_WHERE_TO_BUY.search(_fold(text).strip()))


# `什么时候到`, `粽子什么时候到？`, `鸡蛋到了吗`, `什么时候到货`, `when do they arrive?` (rep74 #2): the whole
# message asks when the goods arrive, a product's word before it or not; answered as the pickup question
# of her own orders (handlers.arrival_asked). Money (`钱到了吗`: `asks_payout_arrived`) is never goods.
_ARRIVAL_ENDS = r"(?:啊|呀|呢|哈|了|吗|没|没有|嘛|么)*[\s?？!！.。~～]*"
_ARRIVAL_WHAT = r"(?P<what>[^\W\d_]{1,8}?)"
_ARRIVAL_WHAT2 = r"(?P<what2>[^\W\d_]{1,8}?)"
_ARRIVAL_ZH = re.compile(
    rf"^(?:请问\s*)?(?:团长\s*)?(?:我的|我们的)?{_ARRIVAL_WHAT}?\s*"
    r"(?:(?:大概|预计|大约)?(?:什么时候|啥时候|几时|几号|哪天|何时)(?:能|会|可以|才)?(?:到货|到|送到|送来|发货)"
    rf"){_ARRIVAL_ENDS}$"
    # `鸡蛋到了吗`, `到货了没`: asked (`鸡蛋到了`, `到货了` say it, never asked)
    rf"|^(?:请问\s*)?(?:我的|我们的)?{_ARRIVAL_WHAT2}?\s*(?:已经|还没有|还没)?(?:到货|到)了?"
    r"(?:吗|没|没有|嘛|么|[?？])(?:啊|呀|哈)?[\s?？!！.。~～]*$"
)
_ARRIVAL_EN = re.compile(
    r"^(?:so\s+|and\s+)?(?:when|what\s+day|what\s+time)\s+(?:do|does|will|would|are|is)\s+"
    r"(?P<what>they|it|the\s+[a-z]+(?:\s+[a-z]+)?|our\s+[a-z]+|my\s+[a-z]+)\s+"
    r"(?:arrive|arriving|come|coming|come\s+in|get\s+here|be\s+here|be\s+delivered|be\s+in)"
    r"(?:\s+again)?[\s?!.]*$"
    r"|^(?:has|have|did)\s+(?P<what2>they|it|the\s+[a-z]+|our\s+[a-z]+|my\s+[a-z]+)\s+(?:arrived?|come)"
    r"(?:\s+yet)?[\s?!.]*$"
)
_NOT_GOODS = re.compile(r"钱|款|提现|佣金|收益|账|人|你|我|他|她|它们|车|快递员|团长")
_WHEN_WORDS = frozenset({"货", "东西", "今天", "明天", "后天", "今晚", "这次", "这批", "那", "这"})
_MONEY_EN = re.compile(r"payments?|money|payouts?|refunds?|transfers?|withdrawals?|commission|earnings|cash")
_PRONOUNS_EN = frozenset({"they", "it", "goods", "order", "orders", "stuff", "items", "delivery", "things"})


def arrival_asked(text: str) -> str | None:
    """The product word a whole message asking when the goods arrive names (`粽子什么时候到？`: "粽子",
    `when do the mangoes arrive?`: "mangoes"), "" when it names none (`什么时候到`, `when do they
    arrive?`); None when it asks nothing of the kind (`钱到了吗`, `到了吗` alone, `他什么时候到`)."""
    folded = _fold(text)[:MAX_QUESTION].replace("’", "'").strip()
    if len(folded) > 30 or asks_payout_arrived(text):  # `did my payment arrive?`: money, never goods
        return None
    found = _ARRIVAL_ZH.match(folded)
    if found is not None:
        what = (found.group("what") or found.group("what2") or "").strip()
        when = re.search(r"什么时候|啥时候|几时|几号|哪天|何时|到货", folded)
        if _NOT_GOODS.search(what) or (not what and not when):
            return None  # `钱到了吗`, `他到了吗`; `到了吗` alone may be anyone's
        return "" if what in _WHEN_WORDS else what
    found = _ARRIVAL_EN.match(folded)
    if found is None:
        return None
    what = (found.group("what") or found.group("what2") or "").split()[-1]
    if _MONEY_EN.fullmatch(what):
        return None
    return "" if what in _PRONOUNS_EN else what
