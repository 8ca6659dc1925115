"""From what a member typed (or tapped) to a `Command`, forgiving the way people really type.

`＋１`, `+ 1`, `加一`, `+一`, `接龙+2`, `我要两份`, `/join@tuan_bot 2` all mean a join. Slash commands are
always commands (an unknown one is answered); Chinese command words also work without a slash, but then
only when the whole message reads as that command (`取消` is one, `取消了吗？` is chatter); so does the
buyer's English `I paid` / `paid 12-3` (`parsing.collecting`), the whole message only. Anything
else is chatter, and `parse_text` returns None: the bot stays quiet in groups.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from commerce.domain import asking, share_codes
from commerce.domain.ask_relevance import products_named
from commerce.domain.errors import DomainError
from commerce.domain.money import CURRENCY_AFTER, CURRENCY_BEFORE
from commerce.domain.note_counts import count_in_note
from commerce.domain.order_numbers import OrderNumber
from commerce.domain.payout import NOT_PAYOUT_METHODS
from commerce.domain.units import Measured
from handlers.buttons import (
    AnsweredButton,
    CardAction,
    CardButton,
    NoteAction,
    NoteButton,
    OrderButton,
    PrivateCardButton,
    QuestionButton,
    WhichButton,
    Written,
)
from handlers.parsing import codes, digest_words, edit_words, org_words
from handlers.parsing import collecting as reports
from handlers.parsing import helpselling as helpsell_words
from handlers.parsing import moderation as moderation_words
from handlers.parsing import notes as note_words
from handlers.parsing import refunds as refund_words
from handlers.parsing.joins import (
    EGG_PIECE,
    FOR_FRIEND,
    FRIEND_WORDS,
    UNREADABLE,
    Join,
    amount_word,
    friend_name,
    is_courtesy,
    leave_measure,
    note_word_first,
    parse_join,
    parse_own_line,
    parse_pasted_list,
)
from handlers.parsing.numbers import NUMBER, ORDER, group_buy_number, order_number
from handlers.parsing.numbers import quantity as read_quantity
from handlers.parsing.pickup import number_first, without_change_verb
from handlers.texts import normalize_language, t


@dataclass(frozen=True)
class Command:
    """What the member asked for. `lang` is the language of the words used (None: `+1`, a button)."""

    name: str
    lang: str | None = None
    rest: str = ""
    quantity: int | None = None
    group_buy_id: int | None = None
    friend: str = ""
    word: str = ""
    tap: bool = False
    error: DomainError | None = None
    order_id: int | None = None  # an order's button: its id
    order: OrderNumber | None = None  # an order as typed (`/pay 12-3`)
    first_only: bool = False  # the Join button: joins once; tapping it again adds nothing (+1 more does)
    # a card's `+1 more` or Leave ("more", "leave"): a unit a tap, its taps within seconds count once
    # (handlers.taps)
    once: str = ""
    # a tapped button that says the language of the message it is on (`od:confirm:7:en`): the answer's
    shown_in: str = ""
    note: str = ""  # a join's 备注 (`+1 3号楼502`), kept on the member's line
    # `取消订单 1-4 确认` (`/cancel 1-4 confirm`): cancelled though its buyer reported paying (order_cancel)
    confirmed: bool = False
    signature: str = ""  # a private card's button (`gp:...`): checked by handlers.sharing before it acts
    asker: str = ""  # the which-group-buy question's button (`wj:2:3:<asker>`): whom it asked, digested
    option: str = ""  # 多规格: a leave's or a wait's option as typed (`退出 5斤`); a join's is in its note
    option_index: int = 0  # 多规格: the option of a card's Join or Wait button (from 1; 0: none)
    unitless: bool = False  # `我要2 red`: a join only if its note names an option open here (Join.unitless)
    titled: bool = False  # `我要12个鸡蛋`: a join only if its note names a group buy open here (Join.titled)
    items: tuple[str, ...] = ()  # `+1 芒果 +2 大葱`: several items, one message each (Join.items)
    items_first: bool = (
        False  # `芒果+1 鸡蛋+2`: talk unless they name group buys open here (Join.items_first)
    )
    in_words: bool = False  # `me too`, `I want 2`: a join where one is open; in a group with none, talk
    # `求推荐好用的洗碗机` said to the group, unasked: answered only when a friend's note mentions it
    recommends: bool = False
    # `芒果甜吗` said to the group: answered as `问 芒果甜吗` only where its first word names the product of a
    # group buy open here (handlers.ask), else talk
    asks_product: bool = False
    # `阿花说的芒果哪里买`, `the kaya Cat talked about`: the friend named as whose note (handlers.ask)
    note_author: str = ""
    still: bool = False  # `can I still order 1?`: the group buy just closed, if one was, says it closed
    stated: bool = False  # `I want 4 veg`, `put me down for the large`: a count stated (Join.stated)
    # `note #2 is sold out` without the slash: maybe talk, so never posted, only told the command (s41)
    unslashed: bool = False
    # `再开一团` typed alone: answered to one who organises none (only 团长 open a new round: ask @Amy);
    # from an organiser, talk in a group (its slash form alone would act), its form in private
    alone: bool = False
    heard: str | None = None  # `count me in`, `how much?`: the language its words tell, the answer's too
    # `多少钱`, `anyone tried the kaya?` said to the group, neither to the bot nor a command: answered when
    # Tuan holds the answer, and counted toward the member's limit only then (handlers.rate_limit)
    overheard: bool = False
    # `/join sweet`, `/join 甜的 2`: an option named alone (`option`), resolved against those open here;
    # naming none of theirs it is answered (which options there are, else the join forms), not chatter
    option_alone: bool = False
    # `排队 小盒` (no count): a wait of 1 only where an option open here is so called, else talk (`排队好久`)
    option_only: bool = False
    list_title: str = ""  # a pasted 接龙 list's title: the group buy it names among several (Join.list_title)
    pasted: bool = False  # a pasted 接龙 list's line: what the member's line holds in all (Join.pasted)
    list_name: str = ""  # a pasted line naming none of her names: the name it starts with (Join.list_name)
    extra_lines: tuple[tuple[str, str], ...] = ()  # a pasted list's lines after hers (Join.extra_lines)
    # her 接龙 name typed before the count (`王阿姨 +2` from Wangayi, handlers.option_question): the
    # name her line is written under, on the card and 名单, as she wrote it
    line_name: str = ""
    mentioned: bool = False  # `+1 @Cat`: the friend a mention alone (Join.mentioned)
    measured: Measured | None = None  # a join's quantity in a unit word (`+2斤`: Join.measured)
    bare: bool = False  # `2kg`, `2 boxes please` without a `+`: a join only where sold so (Join.bare)
    set_to: bool = False  # `改成2份`: a leave setting her own line to `quantity` (Join.set_to)
    named_first: str = ""  # `Vanilla -1`, `香草 -1`: the word before a leave's count (Join.named_first)
    products: tuple[tuple[str, int], ...] = ()  # a pasted line's `芒果1 鸡蛋1` (Join.products)
    # `我要退`, `退 #3`, `鸡蛋破了两个 要退` (`rest`: the reason): a leave said with 退; where she holds no
    # open line but an order here, the refund request's form (handlers.group_buys.leave); with a reason only
    # that form, never a leave
    said_back: bool = False
    not_hers: bool = False  # the card's list pasted back, its last line someone else's (Join.not_hers)
    listed: tuple[tuple[str, str, int], ...] = ()  # a pasted list's other lines (Join.listed)
    own_twice: int = 0  # her name on several lines of a pasted list: their count (Join.own_twice)
    list_names: tuple[str, ...] = ()  # whom a pasted list's other lines are for (Join.list_names)
    # a friend's count on her own pasted line, taken out of its note (`帮老婆 小盒2`): whom for, the
    # option word or "", the count (handlers.pasted_lines.friend_apart); never joined, never her note
    note_friend: tuple[str, ...] = ()
    own_off: str = ""  # her pasted line's words saying less or none (`不要了`, `0盒`: Join.own_off)
    counted_options: bool = False  # `豆沙 2`, `veg 2 pork 3`: options only, else talk (Join.counted_options)
    # An ASCII command word that tells no language (`/join`, `/join 甜的`, `share`, `/list #3 小王`):
    # alone or with no English after it, it is what a menu or a habit types; `lang` (the word's) still
    # names its usage, but the answer and the member's language follow the chat as `+1`'s do
    wordless: bool = False
    words: str | None = None  # `wordless` with Chinese after the word (`/note 苹果很甜`): "zh"
    # a payment said in a sentence (`付了234，微信转的`, `paid! sent 110 via paynow`): `/ipaid` with the
    # amount typed ("" when none), checked against the order's total (handlers.collecting)
    paid_amount: str | None = None
    paid_via: str = ""  # the way a payment said in words names (`付了234，微信转的`: "wechat"), kept with it
    paid_typed: str = ""  # its amount as typed, sign or currency word too (`paid $5`: `$5`)
    # `just paid kate!`: the one word after the paying verb, a report only when it names the organiser of
    # an order she owes (handlers.collecting), else talk (`paid rent`)
    paid_payee: str = ""
    # `paid the rest 👍`, `sent the other 10`, `剩下的转了`: the rest of an order reported short or part
    # received (its amount, if said, in `paid_typed`), a top-up (handlers.collecting)
    paid_rest: bool = False

    @property
    def spoken(self) -> str | None:
        """The language the member's words show: `lang`, unless the words are only an ASCII command
        word (`wordless`)."""
        return None if self.wordless else self.lang

    @property
    def typed(self) -> str | None:
        """The language of the text typed: `spoken`, else the Chinese after an ASCII command word
        (`/note 烟台苹果很甜`, `/ask 还有吗`: zh; what a note or listing is stored as, and the answer's
        when nothing else tells it); None for `+1`, a button, `/join`, `/join 2`."""
        return self.spoken or self.words

    @property
    def about_group_buy(self) -> bool:
        """Whether the command concerns a group buy in the chat (its language can guide the answer)."""
        words = {"join", "leave", "status", "close", "cancel", "wait", "unwait"}
        # a refused join's form (`+1 for me and +1 for my mum`) or a share code typed in a group: answered
        # as `+1` is, in the chat's group buy's language (`Context.lang`)
        words |= {"invalid", "share_join", "share_code"}
        return self.name in words or self.name in edit_words.ABOUT_GROUP_BUY


@dataclass(frozen=True)
class Vocabulary:
    """Command words: `slash` maps a word after `/` to (command, language); `bare` lists the Chinese
    words recognised without a slash as (word, command), longest first."""

    slash: Mapping[str, tuple[str, str]]
    bare: Sequence[tuple[str, str]]


_CJK = re.compile(r"[\u3400-\u9fff]")
# ➕ ➖: a phone's emoji plus and minus
_DASHES = str.maketrans({"−": "-", "–": "-", "—": "-", "＃": "#", "➕": "+", "➖": "-"})
_TRAILING = re.compile(r"[\s!！。.~～]+$")
_UNIT = r"(?:份|个|件)"
_FRIEND = rf"(?:{FOR_FRIEND}\s*(?P<friend>\S.*)|for\s+(?P<friend_en>\S.*))"
_SLASH = re.compile(r"^/(?P<word>[^\s@/]+)(?:@(?P<bot>\S+))?\s*(?P<rest>.*)$", re.DOTALL)
_JOIN_ARGS = re.compile(
    rf"^(?:#\s*(?P<id>\d+))?\s*(?:\+?(?P<n>{NUMBER})\s*(?P<word>{_UNIT})?)?\s*(?:#\s*(?P<id2>\d+))?\s*{_FRIEND}?$",
    re.IGNORECASE | re.DOTALL,
)
# `/join half a dozen`, `/join a dozen`, `跟团 半打`: an amount in words or halves first (read as a `+` join)
_AMOUNT_FIRST = re.compile(r"^(?:半|half\s|an?\s|one\s)", re.IGNORECASE)
# `/join #1 3号楼 2`, `/join 3号楼 2 #1`: the group buy's number first or last, the rest read without it
_ID_AND_REST = re.compile(
    r"^(?:#\s*(?P<id>\d{1,9})\s+(?P<rest>\S.*)|(?P<rest2>\S.*?)\s+#\s*(?P<id2>\d{1,9}))$"
)
# `/join #1 6 eggs`, `跟团 #1 6枚`: the group buy's number, then a number and words: as `/join 6 eggs #1`
_ID_THEN_COUNT = re.compile(r"^#\s*(?P<id>\d+)\s+(?P<rest>\d+(?:\s+\S.*|[枚颗]\S*))$")
_MY_ORDERS = re.compile(r"^my\s+orders?\??$", re.IGNORECASE)
# `my group buys`, `my buys` (the whole message): `/mine`, as `我的团` is (rep71 #7)
_MY_GROUP_BUYS = re.compile(r"^my\s+(?:group\s*-?\s*buys?|buys)\??$", re.IGNORECASE)
# a private `cancel` / `Cancel.` (the whole message): `/cancel`, as `取消` there (`_cancel_in_words`)
_CANCEL_ALONE = re.compile(r"^cancel[.!]?$", re.IGNORECASE)
# `/help <topic>` (`帮助 团长`): the topic's word, as `handlers.settings.show_help` knows it (`share`,
# `notes` have commands of their own)
HELP_TOPICS = {
    **dict.fromkeys(("organiser", "organisers", "organizer", "organizers", "团长", "开团"), "organiser"),
    **dict.fromkeys(("pay", "paying", "payment", "付款", "付钱"), "pay"),
}
# Help asked in words, as the whole message (`help`, `how do I start a group buy`, `怎么开团`): `/help`, its
# topic when one is asked (`HELP_TOPICS`); a sentence with "help" in it is talk
_HELP_EN = re.compile(
    r"^(?:(?:please\s+)?help(?:\s+(?:me|please|pls))?|how\s+(?:do|can|should)\s+(?:i|we|you)\s+(?P<what>.+?)"
    r"|how\s+to\s+(?P<what_to>.+?)|how\s+does\s+(?:this|it|tuan)\s+work|what\s+can\s+you\s+do)\s*[?？]*$",
    re.IGNORECASE,
)
_GROUP_BUY_EN = r"(?:(?:a|one|the|my|our)\s+)?(?:group[\s-]?buy|groupbuy|tuan)"
_HELP_WHAT_EN = (  # what `how do I …` / `how to …` asks about: its topic ("" the short help), else talk
    (
        re.compile(rf"^(?:start|open|create|run|organi[sz]e|set\s+up|make)\s+{_GROUP_BUY_EN}$", re.I),
        "organiser",
    ),
    (re.compile(rf"^(?:join|order|sign\s+up|take\s+part|buy)(?:\s+(?:in\s+)?{_GROUP_BUY_EN})?$", re.I), ""),
    (re.compile(r"^(?:use\s+(?:this|it|you|tuan|the\s+bot)|start)$", re.I), ""),
)
_HELP_ZH = re.compile(
    r"^(?:请问|请教)?(?:(?P<use>帮助|怎么用|怎么使用|如何使用|怎样用|怎么玩)"
    r"|(?:怎么|怎样|如何)(?:才能)?(?:(?P<open>开团|发起团购|开个团|开一个团|发起接龙)|(?P<join>跟团|参团|参加团购|接龙|加入团购)))"
    r"(?:啊|呀|呢|的)?[?？]*$"
)
# `earnings`, `my earnings`, `my commission` (the whole message): `/earnings`, as `我的收益` is
_MY_EARNINGS = re.compile(r"^(?:(?:my\s+)?earnings|my\s+commissions?)\??$", re.IGNORECASE)
# `received @Eve`, `collected 3-2 3-4`: the organiser's `/paid`, `/collected` (已收, 已取) without a
# slash, only members or order numbers after it (`received it, thanks`, `received 3-1?` are talk)
_MARKED_EN = re.compile(
    r"^(?P<word>received|collected)\s+(?P<rest>(?:@[^\s@,，、?？!！]+|\d+-\d+)(?:[\s,，、]+(?:@[^\s@,，、?？!！]+|\d+-\d+))*)$",
    re.IGNORECASE,
)
_MARKED_AS = {"received": "paid", "collected": "collected"}
# `share`, `share #12`, `share note 3` without a slash, as `分享` is (`share this with friends` is talk)
# `code 6637`, `pickup code: 6637`: a buyer's pickup code read out in English, as `/pickup 6637` (from one
# who may take it; anyone else's is talk: `handlers.pickup_codes`)
_CODE_IN_WORDS = re.compile(
    r"^(?:pick-?up\s+)?code\s*[:：]?\s*(?P<rest>#?\s*\d[\d\s,，、#]*)$", re.IGNORECASE
)
_SHARE = re.compile(r"^share(?=$|[\s#:])[\s:]*(?P<rest>.*)$", re.IGNORECASE)
# `全部提现`, `所有提现`: the whole available amount, the words in the other order (`提现 全部`)
_PAYOUT_ALL_FIRST = re.compile(r"^(?:全部|所有|全额)的?(?:佣金|收益)?都?提现$")
# `withdraw all`, `payout all` without a slash: `/payout all`, as `全部提现` is, and `withdraw`, `payout`
# alone as bare `提现` (the whole message only; `withdraw all?`, `can I withdraw all` are talk)
_PAYOUT_ALL_EN = re.compile(
    r"^(?:withdraw|pay\s?out|cash\s?out)\s+(?:all|everything)(?:\s+(?:my\s+)?(?:commission|earnings))?$"
    r"|^(?:withdraw|pay\s?out)$",
    re.IGNORECASE,
)
# a currency word after an amount (`5 usd`, `5 元`): part of the amount, never the start of an account
_MONEY_WORD = r"(?:元|块钱|块|rmb|cny|yuan|usd|sgd|hkd|twd|eur|gbp|dollars?)"
# `withdraw 5.60 paynow 91234567`, `withdraw all wechat wes888`, `payout alipay a@b.cn`: `/payout …` without
# a slash, an amount (maybe) then how and where to pay (the whole message; handlers.payouts reads it; a
# way it does not pay to, `withdraw 50 paypal mia@x.com`, is refused there naming those it does)
_NOT_PAYOUT = "|".join(NOT_PAYOUT_METHODS)
_PAYOUT_TO_EN = re.compile(
    r"^(?:withdraw|pay\s?out|cash\s?out)\s+"
    rf"(?P<rest>(?:\S+\s+(?:{_MONEY_WORD}\s+)?)?(?:wechat|weixin|alipay|bank|paynow|{_NOT_PAYOUT})\s*[:：]?\s*"
    r"[a-z0-9][\w@.+\- ]*)$",
    re.IGNORECASE,
)
# `withdraw 50`, `withdraw 5 usd`, `payout $5`: an amount alone (the whole message), read by
# handlers.payouts as `/payout 5 usd` is (an amount in another currency than the shop's is refused there)
_PAYOUT_AMOUNT_EN = re.compile(
    rf"^(?:withdraw|pay\s?out|cash\s?out)\s+(?P<rest>\S*\d[\d.,]*(?:\s*{_MONEY_WORD})?)$",
    re.IGNORECASE,
)
_LEAVE_ARGS = re.compile(
    rf"^(?:#\s*(?P<id>\d+))?\s*(?:-?(?P<n>{NUMBER})\s*(?P<word>{_UNIT}|{EGG_PIECE})?)?\s*(?:#\s*(?P<id2>\d+))?$"
)
# 多规格: `/join sweet`, `/join 甜的 2`, `跟团 甜的`: an option's name alone (one word, a quantity after)
_JOIN_OPTION_ARGS = re.compile(
    rf"^(?P<option>[^\s#@+\d][^\s#@]{{0,11}})(?:\s+\+?(?P<n>{NUMBER})\s*{_UNIT}?)?$"
)
# `/join #3 red bean 2`, `/join egg yolk 2`: an option's words (多规格), then how many (the number last)
_JOIN_WORDS_COUNT = re.compile(
    rf"^(?:#\s*(?P<id>\d+)\s+)?(?P<words>[^\s#@+\-\d][^#@]*?)\s+\+?(?P<n>\d+)\s*{_UNIT}?$"
)
# `/join sweet for Wang`, `/join 甜的 2 帮 小王`: that option alone, then a friend (one word, as in `+1`)
_JOIN_OPTION_FRIEND_ARGS = re.compile(
    rf"^(?P<option>[^\s#@+\d][^\s#@]{{0,11}})(?:\s+\+?(?P<n>{NUMBER})\s*{_UNIT}?)?\s+"
    rf"(?:{FOR_FRIEND}\s*(?P<friend>[^\s#@]+)|for\s+(?:(?:my|our)\s+(?=\S))?(?P<friend_en>[^\s#@]+))$",
    re.IGNORECASE,
)
_SELF = frozenset({"me", "myself", "我", "我自己", "自己"})  # `/join for me`, `/join 帮 我`: one's own line
_NOT_AN_OPTION = frozenset({"for", *FRIEND_WORDS, *_SELF})
# 多规格: `退出 5斤`, `/leave 2 5kg`, `退出 #12 5斤`: the option last, one word
_LEAVE_OPTION_ARGS = re.compile(
    rf"^(?:#\s*(?P<id>\d+)\s*)?(?:-?(?P<n>{NUMBER})\s*{_UNIT}?\s+)?"
    r"(?P<option>[^\s#@]+(?:\s+[^\s#@]+){0,2})(?:\s*#\s*(?P<id2>\d+))?$"  # `/leave egg yolk`
)
# `退出 帮 小王`, `/leave for Wang`, `退出 大 帮 小王`, `/leave 2 large for Wang`: a friend's line, as
# `-1 帮 小王` (the friend one word, as there; an option on either side of the friend)
_LEAVE_FRIEND_ARGS = re.compile(
    rf"^(?:#\s*(?P<id>\d+)\s*)?(?:-?(?P<n>{NUMBER})\s*{_UNIT}?\s+)?"
    rf"(?:(?P<option_first>[^\s#@]+)\s+(?=(?:{FOR_FRIEND}|for\s)))?"
    rf"(?:{FOR_FRIEND}\s*(?P<friend>[^\s#@]+)|for\s+(?P<friend_en>[^\s#@]+))"
    r"(?:\s+(?P<option>[^\s#@]+))?(?:\s*#\s*(?P<id2>\d+))?$",
    re.IGNORECASE,
)
# `退出 @Bob`, `/leave #6 @Bob`: someone named by a mention (a friend's line of hers, else another member's,
# which only that member or the organiser takes off: handlers.group_buys answers it)
_LEAVE_MENTION_ARGS = re.compile(r"^(?:#\s*(?P<id>\d+)\s*)?@(?P<who>[^\s@#]+)\s*(?:#\s*(?P<id2>\d+))?$")
_WAIT_ARGS = re.compile(  # `候补`, `候补 2`, `/waitlist #12 2`: a quantity, not a group buy's number
    rf"^(?:#\s*(?P<id>\d+))?\s*(?:\+?(?P<n>{NUMBER})\s*{_UNIT}?)?\s*(?:#\s*(?P<id2>\d+))?$"
)
# `候补 1 帮 妈妈`, `/waitlist #2 1 for mum`: a wait for a friend (the waiting list keeps her own line only)
_WAIT_FOR_FRIEND = re.compile(rf"^(?P<before>.*?)(?:^|\s+){_FRIEND}$", re.IGNORECASE | re.DOTALL)
# `/waitlist #1 small box 2`: a size and its pack in English, one option (小盒), as `+2 small box` reads them
_SIZE_AND_PACK = re.compile(
    r"\b(?P<size>large|big|small|little|medium)\s+(?P<pack>boxes|box|bags|bag|bottles|bottle|jars|jar|packs|pack)\b",
    re.IGNORECASE,
)
_SIZE_AND_PACK_JOINED = re.compile(r"^(?P<size>[A-Za-z]+)_(?P<pack>[A-Za-z]+)$")
# 多规格: `候补 5斤 2`, `/wait 5kg`, `候补 #12 2 5斤`: an option (one word) before or after the quantity
_WAIT_OPTION_ARGS = (
    re.compile(
        rf"^(?:#\s*(?P<id>\d+)\s+)?(?P<option>[^\s#@]+)(?:\s+\+?(?P<n>{NUMBER})\s*{_UNIT}?)?"
        r"(?:\s*#\s*(?P<id2>\d+))?$"
    ),
    re.compile(
        rf"^(?:#\s*(?P<id>\d+)\s+)?\+?(?P<n>{NUMBER})\s*{_UNIT}?\s+(?P<option>[^\s#@]+)"
        r"(?:\s*#\s*(?P<id2>\d+))?$"
    ),
    # an amount in English words, as the option's place holds it: `/wait half a dozen`, `/wait a dozen`,
    # `/wait 0.5 kg` (read as `候补 半打` is: `_amount_apart`)
    re.compile(
        r"^(?:#\s*(?P<id>\d+)\s+)?(?P<option>(?:half\s+(?:an?\s+)?|an?\s+|one\s+|\d+[.．]\d+\s*)[a-z]+)"
        r"(?:\s*#\s*(?P<id2>\d+))?(?P<n>(?!))?$",  # (no count of its own: `n` None)
        re.IGNORECASE,
    ),
)
# `/wait #9 -1`, `候补 -2`: a quantity below 1, refused as `0` is (never taken for an option)
_WAIT_NEGATIVE = re.compile(
    rf"^(?:#\s*(?P<id>\d{{1,9}})\s*)?-\s*(?P<n>\d{{1,4}})\s*{_UNIT}?(?:\s*#\s*(?P<id2>\d{{1,9}}))?$"
)
# `/wait #9 one`, `/wait two`: a count in English words (a waiting list holds no option named so)
_WAIT_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_WAIT_COUNT_WORD = re.compile(
    r"^(?P<at>#\s*\d{1,9}\s+)?(?P<word>one|two|three|four|five|six|seven|eight)$", re.IGNORECASE
)
_UNWAIT_ARGS = re.compile(r"^(?:#\s*(?P<id>\d+))?\s*(?P<option>[^\s#@]+)?(?:\s*#\s*(?P<id2>\d+))?$")
_ID_ARGS = re.compile(r"^(?:#\s*)?(?P<id>\d+)?$")
_NOTE_TAPS = {  # a note card's buttons, and a Telegram reaction on it (handlers.note_reactions)
    NoteAction.LIKE: "like_tap",
    NoteAction.JOIN: "note_join",
    NoteAction.REACT: "note_react",
    NoteAction.UNREACT: "note_unreact",
}
_NOTE_WORD = re.compile(r"^(?:note|笔记)(?![A-Za-z])\s*", re.IGNORECASE)  # `/share note 3`
# `分享 #7 开 5%`, `/share on 5%`: a sharer rate set with the share's word; it is `佣金 #7 5%`'s (told so)
_SHARE_RATE = re.compile(
    r"^(?:赚\s*)?(?:[#＃]\s*(?P<id>\d{1,9})\s*)?(?:(?:开启|打开|开|on|open)\s*)?"
    r"(?:[#＃]\s*(?P<id2>\d{1,9})\s*)?(?P<rate>\d{1,3}(?:\.\d{1,2})?)\s*[%％]$",
    re.IGNORECASE,
)
# `分享 #7 关`, `/share off`: sharing turned off with the share's word; it is `佣金 #7 0`'s (told so)
_SHARE_OFF = re.compile(
    r"^(?:[#＃]\s*(?P<id>\d{1,9})\s*)?(?:关闭|关掉|关|停止|停|off|stop)(?:\s*[#＃]\s*(?P<id2>\d{1,9}))?$",
    re.IGNORECASE,
)
_PAID_BARE = re.compile(rf"^(?:#?\s*{ORDER}|@.*)?$", re.DOTALL)
# `已收 1-1 1-2`, `已收 1-1，1-2 @Dan`, `已收 4-1 谢谢`: one order or several (handlers.orders), then the
# mentions, or a courtesy word (`_courteous`) set apart
_PAID_SEVERAL = re.compile(
    rf"^#?\s*{ORDER}(?:[\s,，、;；]+#?\s*{ORDER})*(?:[\s,，、;；]+(?:@.*|(?P<tail>[^\d\s@#].*)))?$", re.DOTALL
)
_COURTESY_GAP = re.compile(r"[\s,，、;；]+")  # before a courtesy word (`_without_courtesy`)
# `/refund 1-1 1-2`, `退款 1-1、1-2`: several numbers (refused whole: one refund at a time)
# `取消 2-19 2-15`, `取消 2-19 2-15 没付款` (a reason may follow, as after one number)
_SEVERAL_NUMBERS = re.compile(
    rf"^(?:#\s*)?(?P<first>{ORDER})(?:[\s,，、;；]+#?\s*{ORDER})+"
    r"(?:[\s,，:：;；]+(?P<reason>[^\d\s@#].*))?$",
    re.DOTALL,
)
_SIGNED_NUMBER = re.compile(r"^-\s*\d")  # `佣金 -5%`: a rate typed wrong, not talk
_ONE_LATIN_WORD = re.compile(r"[A-Za-z]+%?")  # `佣金 abc`: a rate mistyped, not talk
_ALL_RATE = re.compile(r"^(?:全部|所有)\s+[-\d]")  # `佣金 全部 5%`: each open group buy of hers
_ORDER_ARGS = re.compile(rf"^(?:no\.?|#)?\s*(?P<id>{ORDER})?$", re.IGNORECASE)
# `/refund 12-3 wrong size`, `退款 12-3 尺码不对`: a reason after the number, passed on to the buyer
# (`退款 1-1 3份`, `退款 1-1 2个坏了`: a count of its units first, handlers.parsing.refunds.units_refund)
_REFUND_REASON = re.compile(
    rf"^(?:no\.?|#)?\s*(?P<id>{ORDER})[\s,，:：;；]+"
    r"(?P<reason>(?:[^\d\s@#]|\d{1,4}\s*[个份件盒箱只袋瓶包罐颗串支条杯桶听提枚粒斤]).*)$",
    re.IGNORECASE | re.DOTALL,
)
# `取消订单 1-4 确认` / `/cancel 1-4 confirm`: an order whose buyer reported paying, cancelled all the same
# (a reason may follow: `取消订单 1-4 确认 不要了`)
_CONFIRMED = re.compile(
    r"^(?:确认|確認|confirm)(?:[\s.。!！]*$|[\s,，:：;；]+(?P<why>\S.*)$)", re.IGNORECASE | re.DOTALL
)
_NAMED_CONFIRMED = re.compile(r"^(?P<who>.+?)\s+(?:确认|確認|confirm)[\s.。!！]*$", re.IGNORECASE | re.DOTALL)
# `取消未付款 #2`, `取消所有未付款的订单 #2 确认`, `/cancelunpaid 2 confirm`: the group buy's unpaid orders
_CANCEL_UNPAID_ARGS = re.compile(
    r"^(?:的?订单|orders?)?\s*(?:(?:#|no\.?)?\s*(?P<id>\d{1,9}))?[\s,，]*(?P<confirm>确认|確認|confirm)?[\s.。!！]*$",
    re.IGNORECASE,
)
# `取消 9 确认`, `/cancel confirm`, `/cancel 9 confirm`: a group buy with buyers called off, as asked
_CANCEL_CONFIRMED = re.compile(
    r"^(?:#\s*)?(?P<id>\d{1,9})?[\s,，]*(?:确认|確認|confirm)[\s.。!！]*$", re.IGNORECASE
)
# `退款 1-2 78 确认`, `/refund 5-2 12 confirm`: a part refund of the same amount again, soon after
_AGAIN = re.compile(r"(?:^|(?<=[\s,，;；]))(?:确认|確認|confirm)[\s.。!！]*$", re.IGNORECASE)
MAX_REFUND_REASON = 200  # characters: a line in the buyer's refund message, not a letter
_OPEN_HINT = re.compile(r"\d|价|阶梯|成团|库存|限购|截止|自提|price", re.IGNORECASE)
_QUESTION = re.compile(r"[?？吗呢嘛]|哪|几点|什么|怎么|多久")
# What makes `已收 ，谢谢` or `退款 好的` talk rather than a command whose argument is wrong.
_CHATTY = re.compile(r"[,;、]|谢|好的|收到|了|啦|哈|嗯|哦|呀|吧|啊")
# What may follow `谁还没取货` and keep it the organiser's question: punctuation, a `#12`, a courtesy particle
_UNCOLLECTED_REST = re.compile(r"[\s?？!！。.,，、~～]|[#＃]\d{1,9}|呢|呀|啊|吗")
_UNCOLLECTED_NUMBER = re.compile(r"[#＃]\s*(\d{1,9})")
# An organiser's command word that, typed apart with something unreadable after it, gets its usage.
_BARE_USAGE = {
    "paid": lambda: DomainError("paid_usage", order="12-3"),
    "unpaid": lambda: DomainError("unpaid_usage"),
    "restore_order": lambda: DomainError("restore_order_usage"),
    "unpicked_up": lambda: DomainError("unpickup_usage", order="12-3"),
    "picked_up": lambda: DomainError("picked_up_usage", order="12-3"),
    "refund": lambda: DomainError("refund_usage", order="12-3"),
    "pickup_code": lambda: DomainError("pickup_code_usage"),
    "helper": lambda: DomainError("helper_usage"),
    "helper_remove": lambda: DomainError("helper_usage"),
}
# Chinese command words that, typed alone, are answered as their slash form typed alone (its usage):
# words nobody types alone in a group but to use the command. The others stay chatter alone, as common
# words are (`接龙`, `团购`, `自提`, `修改`, `复制`, `笔记`, `赞`, `关注`, `禁言`, `隐藏`, `回答`,
# `未收到`, `代报`…), or because alone the slash form acts instead of explaining (`再开一团`).
ALONE_AS_SLASH = frozenset(
    {
        "开团",
        "修改团购",
        "踢出",
        "帮卖",
        "种草",
        "评论",
        "举报",
        "举报笔记",
        "删除笔记",
        "撤回笔记",
        "删笔记",
        "删除 笔记",
        "撤回 笔记",
        "修改笔记",
        "编辑笔记",
        "取消赞",
        "取消点赞",
        "隐藏笔记",
        "取消隐藏",
        "恢复笔记",
        "禁止发笔记",
        "解除禁言",
        "允许发笔记",
        "取消关注",
    }
)
# In a private chat, where nobody chats with the bot in them, these alone are the slash form alone (its
# usage: `自提` is `/pickup`, not a question; `禁言` is `/mute`), and these with something unreadable after
# them, apart (`名单 abc`, `分享 #abc`), the slash form typed so (`/list abc`: its form)
ALONE_AS_SLASH_IN_PRIVATE = frozenset({"自提", "自提点", "修改", "代报", "隐藏", "禁言"})
_APART_AS_SLASH_IN_PRIVATE = frozenset({"list", "share"})
# In a group, these alone are their form to one running a group buy here (`自提` as `/pickup` alone,
# rep104 #3), from anyone else the chatter they read as (`送货还是自提？` `自提`): handlers.group_buys
_ALONE_FROM_ORGANISER = frozenset({"自提", "自提点", "收款方式", "付款方式", "收款"})
# `猜你喜欢 abc` in private: as `/foryou abc`, its form (rep87 #12); never `推荐 榴莲` (a question)
_FORYOU_APART_IN_PRIVATE = frozenset({"猜你喜欢", "为你推荐"})
# `+1 for`, `+1 帮`: a friend's name was meant to follow; the join is not taken without it.
_NAMELESS_FRIEND = frozenset({"for", *FRIEND_WORDS})
MAX_FRIEND = 32
# What a bare `关注 …` / `取消关注 …` without `@` is talk with, not a member's name (`_names_one`).
_NAME_WORDS = 3
_NOT_A_NAME = re.compile(r"^(一下|下|一个|这|那|我|你|大家|本群|群|公众号|一波)|[?？!！。…~～]")


# `再开一团`, `再开一团！` alone (`再开一团 #2` is the command; `能再开一团吗？` is talk)
_COPY_ALONE = re.compile(r"^再开一团[\s!！。~～]*$")

# `算了 退出`, `还是算了，不要了 #3`: a change of mind said before the leave's word, answered as the leave.
_CHANGE_OF_MIND = re.compile(
    r"^(?:还是)?算了吧?[\s,，。.!！、~～]*(?P<leave>(?:退出|退团|不要了)(?:\s*#\s*\d+)?)$"
)


def normalize(text: str) -> str:
    """NFKC (full-width `＋１` -> `+1`, `／join` -> `/join`), dashes unified, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES)
    return " ".join(text.split())


def parse_text(
    text: str,
    *,
    vocabulary: Vocabulary,
    bot_username: str = "",
    names: Sequence[str] = (),
    private: bool = False,
) -> Command | None:
    """The command in `text`, or None when it is chatter. `names`: the sender's (room alias, display
    name), taken off her line of a pasted 接龙 list before its quantity is read (`小李88 2份`).
    `private`: typed in a private chat, where a share code without 团 is read in any case (`+1 7-evgj`)."""
    pasted = parse_pasted_list(text, names)  # before `normalize`, which joins the lines
    if pasted is not None:
        return _join_command(pasted)
    if len(text) > PARSED_TEXT_MAX:
        return _parsed(text, vocabulary, bot_username, private)
    key = (text, bot_username, private)
    known = _PARSED.get(key)
    if known is not None and known[0] is vocabulary:
        return known[1]
    parsed = _parsed(text, vocabulary, bot_username, private)
    if parsed is None or parsed.error is None:  # a refusal's params may be added to where it is raised
        if len(_PARSED) >= PARSED_MAX:
            _PARSED.clear()
        _PARSED[key] = (vocabulary, parsed)
    return parsed


# What short texts parse to, whoever sends them (a flash sale's thousands of `+1`, a chat's `好的`): the
# rest of `parse_text` reads nothing but them, and a `Command` is frozen. Kept with the vocabulary read.
_PARSED: dict[tuple[str, str, bool], tuple[Vocabulary, Command | None]] = {}
PARSED_MAX = 4096
PARSED_TEXT_MAX = 100


# A like said as people type it (`赞 1`, `赞1👍`, `👍 #2`, `like 4`, `点赞 #3！`): the note's number after it
_LIKE_FORM = re.compile(
    r"^(?:(?P<zh>点赞|赞)|(?P<en>like)|👍+)\s*(?:笔记|note)?\s*[#＃]?\s*(?P<id>\d{1,9})\s*👍*\s*[!！。.]*$",
    re.IGNORECASE,
)


# A bot's start link pasted into a private chat (`https://t.me/tuan_bot?start=gb1-u5-…`): `/start` with its
# payload, as tapping it sends; one this bot did not sign is said so (`handlers.sharing.start`)
_START_LINK = re.compile(
    r"^(?:https?://)?(?:www\.)?(?:t|telegram)\.me/(?P<bot>\w+)/?\?start=(?P<payload>[^\s&#]*)\S*[\s.。!！]*$",
    re.IGNORECASE,
)
# A comment typed as a like is (`comment 1 are they ripe?`, `comment #1: agreed`): the note's number, then
# words; read by `handlers.notes.comment` from what was typed (`评论 1 …` is the bare Chinese word's)
_COMMENT_FORM = re.compile(r"^comment\s*[#＃]?\s*\d{1,9}(?:\s+|\s*[:：]\s*)\S", re.IGNORECASE)
# `comment 2` with no words (rep76 #11): as `/comment 2`, told its words are missing, nothing posted
_COMMENT_EMPTY = re.compile(r"^comment\s*[#＃]?\s*\d{1,9}\s*[:：]?$", re.IGNORECASE)
# `unlike 2` (`unlike note #2`), as `like 2` is: as `/unlike 2` (rep76 #11: it was dropped without a word)
_UNLIKE_FORM = re.compile(r"^unlike\s*(?:note)?\s*[#＃]?\s*(?P<id>\d{1,9})\s*[!！。.]*$", re.IGNORECASE)
# `report 3 fake` (`report note #3: spam`), as `like 3` is: as `/report 3 fake` (rep87 #10: silence)
_REPORT_FORM = re.compile(
    r"^report\s*(?:note)?\s*[#＃]?\s*(?P<id>\d{1,9})(?:(?:\s+|\s*[:：]\s*)(?P<why>\S.*))?$", re.IGNORECASE
)
# `edit note 1 avocados are bad` (`edit note #1: …`), as `/editnote 1 …` is: the note's number, then
# maybe words
_EDIT_NOTE_FORM = re.compile(
    r"^edit\s*note\s*[#＃]?\s*(?P<id>\d{1,9})(?:(?:\s+|\s*[:：]\s*)(?P<text>\S.*))?$",
    re.IGNORECASE | re.DOTALL,
)
# `delete note 1` (`Delete note #1`), as `/deletenote 1` is: the note's number alone (`delete note 1 later`
# stays talk)
_DELETE_NOTE_FORM = re.compile(r"^delete\s*note\s*[#＃]?\s*(?P<id>\d{1,9})$", re.IGNORECASE)
# `note 3` (`Note #3`, `note 3 #2`, `note 3 to #2`), as `笔记 3` / `/note 3` are (rep80 #2): the note
# shown, or linked to a group buy; the whole message, so `note to self`, `note 3 is great` stay talk
_NOTE_NUMBER_FORM = re.compile(
    r"^note\s*[#＃]?\s*(?P<id>\d{1,9})(?P<to>\s+(?:to\s+)?[#＃]\s*\d{1,9})?$", re.IGNORECASE
)
# `note: these Hass avocados …` (as `笔记：…` is): a note, when its words name a product (`note: pickup
# is at 5pm` stays talk)
_NOTE_FORM = re.compile(r"^note\s*[:：]\s*(?P<text>\S.*)$", re.IGNORECASE | re.DOTALL)
# `note #2 great stuff`: a group buy's number, then the note's words; only `/note #2 great stuff` posts it
# (`note #2 is sold out` is as likely talk), so it is told that, nothing posted (s41)
_NOTE_ON_FORM = re.compile(r"^note\s*[#＃]\s*\d{1,9}(?:\s+|\s*[:：,，]\s*)\S", re.IGNORECASE)


def _parsed(text: str, vocabulary: Vocabulary, bot_username: str, private: bool) -> Command | None:
    """`parse_text` of a text that is no pasted 接龙 list: as typed, else the change said in a sentence."""
    hashed = _HASHED_OPEN.match(text.strip())
    if hashed is not None and _HASHED_PRICE.search(hashed.group("rest")):  # `#接龙 土鸡蛋 45元/盒`
        opened = _parsed_as_typed(f"接龙 {hashed.group('rest')}", vocabulary, bot_username, private)
        if opened is not None and opened.name == "open":
            return opened
    fumbled = _MIXED_WIDTH.match(text.strip())
    if fumbled is not None:  # `+1０`: 1 or 10? asked, nothing joined
        return _which_count(fumbled)
    folded = unicodedata.normalize("NFKC", text).strip()
    if _EXPONENT.match(folded):  # `+１e9`: no count (never 1 with the note e9)
        return Command(
            "invalid", lang="zh" if _CJK.search(text) else None, error=DomainError("join_unreadable")
        )
    two = _TWO_COUNTS.match(folded)
    if two is not None:  # `+ 1 1`: 1 or 11? asked, nothing joined (never 1 with the note 1)
        return _which_of_two(two)
    parsed = _parsed_as_typed(text, vocabulary, bot_username, private)
    if parsed is not None and parsed.titled:  # `嗯嗯要两个🥭🥭`: 嗯嗯 is no product's word
        return _said_on_a_phone(text, vocabulary, bot_username, private) or parsed
    if parsed is not None and not parsed.counted_options:
        return parsed
    changed = _change_in_words(normalize(text), vocabulary, bot_username, private)
    if changed is not None:  # (`豆沙 2`, `stock 25`: an option's count only where no other reading is)
        return changed
    found = _said_on_a_phone(text, vocabulary, bot_username, private) or _organisers_words(normalize(text))
    found = found or parsed
    if not private or (found is not None and not found.counted_options):
        return found
    return _payout_mistyped(normalize(text)) or found  # `提现审合 approve 2`: never an option's count there


# The payout words mistyped (review 76 #7), in a private chat, as the whole message: `体现` (the pinyin
# slip for 提现: tǐxiàn) with or without what follows, `体现 微信 abc`; the admin's `提现审合` / `提现审和`
# (审核: shěnhé). `payout_meant` asks "是想发“提现”吗？" with her words kept, nothing done.
_PAYOUT_TYPO = re.compile(r"^体现(?:\s+(?P<rest>.*))?$", re.DOTALL)
_PAYOUTS_TYPO = re.compile(r"^(?:(?:提现|体现)审[合和盒禾]|体现审核)(?:\s*(?P<rest>.*))?$", re.DOTALL)


def _payout_mistyped(text: str) -> Command | None:
    """`体现 …`: `payout_meant` with `提现` as `word`; `提现审合 …`: with `提现审核`; else None."""
    for pattern, word in ((_PAYOUT_TYPO, "提现"), (_PAYOUTS_TYPO, "提现审核")):
        typed = pattern.match(text)
        if typed is not None:
            rest = (typed.group("rest") or "").strip()
            return Command("payout_meant", lang="zh", word=word, rest=rest, in_words=True)
    return None


# `#接龙 土鸡蛋 45元/盒 明晚8点截单` (rep77 #3): a WeChat 接龙's header, an opening's terms on its line
# (with a price on it: `#接龙 芒果 2份` is a buyer's line, never an opening without a price)
_HASHED_OPEN = re.compile(r"^[#＃]\s*接龙\s+(?P<rest>[^\n]*\S)$")
_HASHED_PRICE = re.compile(r"\d\s*(?:元|块)|[¥￥]\s*\d|价格|价钱|单价")


def _organisers_words(text: str) -> Command | None:
    """A 团长's everyday words read nowhere else (`handlers.parsing.org_words`): `#1 改价 80`, `芒果改价 80`,
    `price #1 80` (`price_said`); `鸡蛋加库存 10`, `add stock 10` (`stock_added`); `草莓再来一团`
    (`copy_named`). The product named is in `word`."""
    text = _TRAILING.sub("", text)
    for pattern, lang in ((org_words.PRICE_ZH, "zh"), (org_words.PRICE_EN, "en")):
        price = pattern.match(text)
        if price is not None:
            number = org_words.number_in(price, "id1", "id2")
            word = (price.groupdict().get("title") or "").strip()
            rest = "".join(price.group("price").split())
            return Command("price_said", lang=lang, group_buy_id=number, word=word, rest=rest)
    for pattern, lang in ((org_words.STOCK_ZH, "zh"), (org_words.STOCK_EN, "en")):
        stock = pattern.match(text)
        if stock is not None:
            number = org_words.number_in(stock, "id1", "id2", "id3")
            typed = stock.groupdict()
            word = (typed.get("title") or typed.get("after") or "").strip()  # a product, or an option
            added = stock.group("n1") or stock.group("n2") if lang == "en" else stock.group("n")
            return Command("stock_added", lang=lang, group_buy_id=number, word=word, quantity=int(added))
    for pattern, term in ((org_words.STOCK_SET_ZH, "stock"), (org_words.DEADLINE_ZH, "deadline")):
        said = pattern.match(text)  # `改库存 10`, `改截止 明天晚上8点`: as `修改 #1 库存 10` / `截止 …`
        if said is not None:
            number, groups = org_words.number_in(said, "id1", "id2"), said.groupdict()
            word = (groups.get("title") or "").strip()
            value = said.group("n") if term == "stock" else said.group("when").strip()
            later = bool(groups.get("later"))  # `延期一天`: from the deadline (a deadline's only)
            if term == "deadline" and not org_words.DEADLINE_SHAPE.search(value):
                continue  # `延期发货，明天到`, `延期了`: talk
            return Command(
                "term_said",
                lang="zh",
                group_buy_id=number,
                word=word,
                rest=value,
                option=term,
                alone=later,
                in_words=True,  # from one running none here: talk (`_picked`)
            )
    price = org_words.PRICE_EN_WORDS.match(text)  # `Cookies price 18`, `change price to 17`: hers only
    if price is not None:
        word, rest = (price.group("title") or "").strip(), "".join(price.group("price").split())
        return Command("price_said", lang="en", word=word, rest=rest, in_words=True)
    stock = org_words.STOCK_EN_WORDS.match(text)  # `Cookies add stock 5`: hers only
    if stock is not None:
        added = int(stock.group("n1") or stock.group("n2"))
        word = stock.group("title").strip()
        return Command("stock_added", lang="en", word=word, quantity=added, in_words=True)
    for pattern, lang in ((org_words.PICKUP_ZH, "zh"), (org_words.PICKUP_EN, "en")):
        moved = pattern.match(text)  # `芒果自提点改到 东门`, `pickup changed to Gate B`: as `自提`
        if moved is not None:
            word = (moved.group("title") or "").strip()
            return Command(
                "pickup_said", lang=lang, word=word, rest=moved.group("place").strip(), in_words=True
            )
    named = org_words.copy_named(text)
    if named is not None:
        return Command("copy_named", lang="zh", word=named)
    came = org_words.ARRIVED_EN.match(text)  # `goods arrived`, `Cookies arrived`: as `到货了`
    if came is not None:
        word = (came.group("before") or "").strip()
        word = "" if org_words.GOODS_EN.match(word) else word
        number = org_words.number_in(came, "id", "first")  # `goods arrived #3`, `#3 arrived`
        return Command("arrived", lang="en", group_buy_id=number, word=word, rest="", in_words=True)
    arrived = org_words.arrived(text)  # `到货了 鸡蛋明天下午5点3号楼大堂自提`: the organiser's notice
    if arrived is not None:
        number = org_words.number_in(arrived, "id")
        word = (arrived.group("before") or "").strip()
        rest = arrived.group("rest").strip()
        after = _GROUP_BUY_FIRST.match(rest) if number is None else None
        if after is not None:  # `到货了 #1`, `到货了 #3 明天下午5点…`: that one (rep74 #4)
            number, rest = int(after.group("id")), after.group("rest").strip()
        return Command("arrived", lang="zh", group_buy_id=number, word=word, rest=rest)
    return _organisers_other_words(text)


# An organiser's other ways of saying her commands (rep74 #9), hers only (`handlers.org_said`: from anyone
# else, talk): `撤销 已收 @X` as `撤销已收 @X`, `收到了 3-1` as `已收 3-1`, `结单` / `结束接龙` as `截单`
_ORG_SAID = (
    (re.compile(r"^撤销\s+(?:已收款?|收款)\s*(?P<rest>.*)$", re.DOTALL), "撤销已收"),
    (
        re.compile(rf"^收到了?\s*(?P<rest>#?\s*{ORDER}(?:[\s,，、;；]+#?\s*{ORDER})*|@\S.*)$", re.DOTALL),
        "已收",
    ),
    (re.compile(r"^(?:结单|结团|结束接龙)\s*(?P<rest>(?:[#＃]\s*\d{1,9})?)$"), "截单"),
    # `张叔 已收`, `@张叔 已收` (rep77 #7): the name first, as a 接龙 group writes it; never `我已收`
    (
        re.compile(
            r"^(?P<rest>[@＠]?(?![我你他她都全钱款货])[^\s\d#＃@＠,，。.!！?？:：]{1,20}?)\s*已收款?[\s。.!！~～]*$"
        ),
        "已收",
    ),
)
# `撤销` alone (after her 已收: the undo she may mean), `close` alone in English (her one open: `/close #4`)
_UNDO_ALONE = re.compile(r"^撤销$")
_CLOSE_ALONE = re.compile(r"^close$", re.IGNORECASE)


def _organisers_other_words(text: str) -> Command | None:
    """`撤销 已收 @X`, `收到了 3-1`, `结单`: `org_said` with the command's own words (`word`) and what
    follows (`rest`); `撤销` alone `org_undo_alone`; `close` alone `org_close_alone`; else None."""
    for pattern, word in _ORG_SAID:
        said = pattern.match(text)
        if said is not None:
            return Command("org_said", lang="zh", word=word, rest=said.group("rest").strip(), in_words=True)
    if _UNDO_ALONE.match(text):
        return Command("org_undo_alone", lang="zh", in_words=True)
    if _CLOSE_ALONE.match(text):
        return Command("org_close_alone", lang="en", heard="en", in_words=True)
    return None


# a group buy's number first in what follows a word (`到货了 #3 明天下午5点`): the number, then the rest
_GROUP_BUY_FIRST = re.compile(r"^[#＃]\s*(?P<id>\d{1,9})(?!\d)(?:[\s,，、:：]+|$)(?P<rest>.*)$", re.DOTALL)


# How a join is said on a phone around its words (`嗯嗯要两个🥭🥭`, `给我来两箱`, `那个芒果给我来两箱吧谢谢`):
# a filler before it, `给我` before its verb, `吧` and emoji after it; without them, a join as typed.
_PHONE_FILLER = re.compile(r"^(?:嗯+|好的|好滴|那个|那|哦+|噢+)[\s,，。.、~～!！]*")
_PHONE_FOR_ME = re.compile(r"给我(?=\s*(?:来|要))")
# `吧` after a count's unit (`来两箱吧`), never after a word (`我要两个 好吧`: talk)
_PHONE_AFTER = re.compile(
    r"(?<=[份个件箱盒袋组套瓶包斤只])(?:吧|呀|哈|啊)(?=(?:谢谢|感谢|多谢)?[\s!！。.~～]*$)"
)


def _said_on_a_phone(text: str, vocabulary: Vocabulary, bot_username: str, private: bool) -> Command | None:
    """A join said with a phone's fillers and emoji around it (`_PHONE_FILLER`): read without them; a
    leave or anything else so read stays chatter."""
    said = normalize(text)
    while said and unicodedata.category(said[-1]) in ("So", "Sk", "Cf", "Mn", "Me"):
        said = said[:-1].rstrip()  # `要两个🥭🥭`: the fruit drawn, no note
    said = _PHONE_FILLER.sub("", said, count=1)
    said = _PHONE_FOR_ME.sub("", said)
    said = _PHONE_AFTER.sub("", said)
    if not said or said == normalize(text):
        return None
    found = _parsed_as_typed(said, vocabulary, bot_username, private)
    return found if found is not None and found.name == "join" and found.error is None else None


# `+1０`, `+1０ #2`: a count typed half in ASCII digits, half in full-width ones (a slip of the input
# method): 1 or 10 is asked, nothing changed (`+１０`, `+10` are 10)
_MIXED_WIDTH = re.compile(
    r"^(?P<sign>[+＋])\s*(?P<digits>(?=[0-9０-９]*[0-9])(?=[0-9０-９]*[０-９])[0-9０-９]{2,4})(?![0-9０-９])(?P<rest>.*)$",
    re.DOTALL,
)
_SAME_WIDTH = re.compile(r"^(?:[0-9]+|[０-９]+)")


# `+ 1 1`, `+1 2 #3`: a count then a number alone of one or two digits (a room has three: `+1 502`, a note)
_TWO_COUNTS = re.compile(r"^(?P<sign>\+)\s*(?P<a>\d{1,4})\s+(?P<b>\d{1,2})\s*(?P<at>#\s*\d+)?$")
# `+1e9`, `+１e9`, `+2E3`: a count in scientific notation, no count at all
_EXPONENT = re.compile(r"^\+\s*\d+(?:\.\d+)?e[+-]?\d+(?![a-z])", re.IGNORECASE)


def _which_of_two(two: re.Match[str]) -> Command:
    first, second = two.group("a"), two.group("b")
    at = f" {''.join(two.group('at').split())}" if two.group("at") else ""
    typed = " ".join(two.group().split())
    error = DomainError(
        "count_two_numbers",
        typed=typed,
        first=f"+{int(first)}{at}",
        whole=f"+{int(first + second)}{at}",
        first_n=int(first),
        whole_n=int(first + second),
    )
    return Command("invalid", error=error)


def _which_count(fumbled: re.Match[str]) -> Command:
    sign = "+"
    digits = fumbled.group("digits")
    first = unicodedata.normalize("NFKC", _SAME_WIDTH.match(digits).group())  # type: ignore[union-attr]
    whole = unicodedata.normalize("NFKC", digits)
    rest = normalize(fumbled.group("rest"))
    rest = f" {rest}" if rest else ""
    typed = f"{sign}{digits}{rest}"
    error = DomainError(
        "count_mixed_width",
        typed=typed,
        first=f"{sign}{first}{rest}",
        whole=f"{sign}{whole}{rest}",
        first_n=int(first),
        whole_n=int(whole),
    )
    return Command("invalid", error=error)


# A change of one's own line said in a sentence (rep31 5, rep33 8), when the whole message is nothing else:
# `我不要了`, `actually i dont want it anymore sorry`, `cancel mine pls`, `cancel`, `I'm out`, `I want out`
# (her line left, as `退出`, rep96 #9; from someone on none, in a group, talk; `cancel` from one running a
# group buy open here too: handlers.group_buys.leave); `leave #1` (as `/leave #1`); an apology or change
# of mind before a join, leave, set-to or cancel (`打错了，只要1捆`, `算了 还是要吧 +1 #2`,
# `我不要了，取消订单 1-4`, `sorry I only need 1kg`); a set-to and its reason after it
# (`我的芒果改成两份吧，三份太多了吃不完`).
_DONT_WANT = re.compile(
    r"^(?:(?:sorry|actually|oops|ok(?:ay)?|oh|hmm|wait|算了吧?|不好意思|抱歉)[\s,，。.!！~～]*)*"
    r"(?P<words>我(?:就|还是)?不要了|(?:i\s+(?:do\s*n['’]?t|do\s+not|no\s+longer)\s+(?:want|need)\s+(?:it|them|mine)"
    r"(?:\s+any\s?more)?|cancel\s+mine|count\s+me\s+out|take\s+me\s+off(?:\s+the\s+list)?"
    r"|(?P<cancel>cancel)|i\s*['’]?\s*m\s+out|i\s+am\s+out|i\s+want\s+out))"
    r"(?:[\s,，。.!！~～]|sorry|please|pls|plz|thanks?|thx|吧|哈|抱歉|不好意思|谢谢)*$",
    re.IGNORECASE,
)
# `不要了，这次先不拿了`: the leave, then why in words of not taking it (as `不要了`)
_GIVE_UP = re.compile(
    r"^我?(?:就|还是)?不要了[\s,，。.!！~～]+(?:这次|这回|那)?(?:先|就|还是)?不(?:拿|要|买|跟|参加)了?(?:吧|哈|啦)?"
    r"[\s,，。.!！~～]*$"
)
# `刚才多点了一个，改成1份`: why first (ordered too many, a slip), then the change: as `改成1份`
_EXCUSED_CHANGE = re.compile(
    r"^(?P<why>[^,，。;；]{1,20}?)[,，。;；]\s*(?P<change>我?(?:就|只)?(?:改成|改为|换成|只要)\s*\S.{0,20})$"
)
_EXCUSE_WORDS = re.compile(
    r"刚才|刚刚|多点|点多|多报|报多|多订|订多|点错|报错|多了|少了|打错|写错|搞错|弄错|手滑"
)
_NUMBERED_LEAVE = re.compile(r"^leave\s*(?P<id>#\s*\d+)$", re.IGNORECASE)
# `退出接龙`, `退出团购 #2`, `取消我的`, `取消我的接龙`: her own line left, as `退出` (a bare `取消接龙` is
# the organiser's call-off, else a leave too: handlers.group_buys.cancel); from someone on none, talk
_LEAVE_SAID = re.compile(
    r"^(?:我?(?:要|想)?退出?(?:接龙|团购|拼团|这个团)|(?:我?(?:要|想)?)?取消我的(?:接龙|报名)?)"
    r"\s*(?P<id>#\s*\d+)?(?:[\s,，。.!！~～]|了|吧|啦|哈|谢谢)*$"
)
# `少要一份`, `少要2份 #1`, `少报一份`: one (that many) less, as `-1`; from someone on none, talk
_FEWER_SAID = re.compile(
    rf"^我?(?:就|再)?少(?:要|报|订|来)\s*(?P<n>{NUMBER})\s*(?P<unit>份|个|件|盒|箱|袋|斤)?\s*(?P<id>#\s*\d+)?"
    r"(?:[\s,，。.!！~～]|吧|啦|哈|谢谢)*$"
)
# `撤回` alone (WeChat's word for recalling a message, typed): what to send, to one on a list here only
_RECALL_SAID = re.compile(r"^撤回(?:[\s,，。.!！~～]|吧|啦)*$")
# `我要退`, `我想退出`, `退 #3`, `不要了 #3`, `我要退 #3`: her line left, as `我不要了` (rep70 #4);
# `退1`, `退2斤` are read elsewhere (`退` alone stays talk)
_WANT_OUT = re.compile(
    r"^(?:(?:我?(?:要|想)退(?:出|团)?|我?(?:就|还是)?不要了)(?:了|吧|啦)?|退)\s*(?P<id>#\s*\d+)?"
    r"(?:[\s,，。.!！~～]|吧|哈|谢谢)*$"
)
# `鸡蛋破了两个 要退`, `坏了一盒，想退`, `压坏了 我要退货`: a reason, then wanting the money back: after the
# close the refund request's form (handlers.refund_asks), nothing changed; else talk
_WANT_BACK = re.compile(
    r"^(?P<reason>[^#\d+\-].{0,40}?)[\s,，。.!！、]+(?:我)?(?:要|想)退(?:货|钱|款)?(?:了|吧|啦)?[\s!！。.~～]*$"
)
_LEADING_WORDS = re.compile(
    r"^(?:打错了|写错了|搞错了|弄错了|不好意思|抱歉|对不起|还是要吧?|还是要的|还是算了吧?|算了吧?|我不要了|不要了|哎呀"
    r"|(?:sorry|oops|actually|actualy|actully|wait|ok(?:ay)?|oh|hmm|my\s+bad)\b)[\s,，。.!！、~～]*",
    re.IGNORECASE,
)
# `I wanted kaya not durian, -1`, `我要的是榴莲不是芒果 -1`: a leave of one and a join of another in one
# sentence: answered with the two messages to send, one by one
_INSTEAD = re.compile(
    r"^(?:i\s+(?:wanted|meant|want)\s+(?:the\s+)?(?P<en_want>[a-z][a-z ]{0,19}?)\s*,?\s+not\s+(?:the\s+)?"
    r"(?P<en_not>[a-z][a-z ]{0,19}?)"
    r"|我?(?:要的是|想要的是|是要)(?P<zh_want>[\u3400-\u9fff]{1,8}?)[\s,，]*(?:不是|不要)(?P<zh_not>[\u3400-\u9fff]{1,8}?))"
    r"[\s,，.。!！]*-\s*1[\s.!。！]*$",
    re.IGNORECASE,
)
_MINE_FIRST = re.compile(r"^我的(?=[\u3400-\u9fff])")  # `我的芒果改成两份`: as `芒果改成两份`
_WITH_REASON = re.compile(r"^(?P<head>[^,，。;；]+)[,，。;；](?P<tail>.*)$")
_NO_REASON = re.compile(r"[\d+#@＋-]|帮|加|再|另|还要|和|各")  # more said after it: not only a reason
_CHANGES = frozenset({"join", "leave", "cancel_order"})


def _change_in_words(
    cleaned: str, vocabulary: Vocabulary, bot_username: str, private: bool
) -> Command | None:
    if not cleaned:
        return None
    core = cleaned
    while (lead := _LEADING_WORDS.match(core)) is not None and lead.end() < len(core):
        core = core[lead.end() :]
    dont = _DONT_WANT.match(cleaned) or _DONT_WANT.match(core)  # `我不要了，谢谢`, `对不起，我不要了`
    if dont is not None:
        lang = "zh" if dont.group("words").startswith("我") else "en"
        word = "cancel" if dont.group("cancel") else ""  # from one running a group buy here: talk
        return Command("leave", lang=lang, in_words=True, heard=None if lang == "zh" else "en", word=word)
    if _GIVE_UP.match(cleaned) is not None:  # `不要了，这次先不拿了`: as `不要了`
        return _parsed_as_typed("不要了", vocabulary, bot_username, private)
    excused = _EXCUSED_CHANGE.match(cleaned)
    if excused is not None and _EXCUSE_WORDS.search(excused.group("why")):  # `刚才多点了一个，改成1份`
        changed = _parsed_as_typed(excused.group("change"), vocabulary, bot_username, private)
        if changed is not None and changed.name == "leave" and changed.set_to:
            return changed
    out = _WANT_OUT.match(cleaned) if cleaned != "退" else None
    if out is not None and (out.group("id") or cleaned[0] != "退"):  # `退 #3`; never `退` alone
        number = group_buy_number(out.group("id").lstrip("#").strip()) if out.group("id") else None
        return Command("leave", lang="zh", in_words=True, group_buy_id=number, said_back=True)
    said = _LEAVE_SAID.match(cleaned)
    if said is not None:  # `退出接龙`, `取消我的`: as `退出`, talk from someone on none here
        number = group_buy_number(said.group("id").lstrip("#").strip()) if said.group("id") else None
        return Command("leave", lang="zh", in_words=True, group_buy_id=number)
    fewer = _FEWER_SAID.match(cleaned)
    if fewer is not None:  # `少要一份`: as `-1`, talk from someone on none here
        typed = f"-{fewer.group('n')}{fewer.group('unit') or ''} {fewer.group('id') or ''}".strip()
        less = _parsed_as_typed(typed, vocabulary, bot_username, private)
        if less is not None and less.name == "leave":
            return replace(less, lang="zh", in_words=True)
    if _RECALL_SAID.match(cleaned) is not None:  # `撤回`: what to send, to one on a list here only
        return Command("leave", lang="zh", in_words=True, word="recall")
    back = _WANT_BACK.match(cleaned)
    if back is not None:  # `鸡蛋破了两个 要退`: the refund request's form, nothing changed
        return Command("leave", lang="zh", in_words=True, said_back=True, rest=back.group("reason").strip())
    numbered = _NUMBERED_LEAVE.match(core)
    if numbered is not None:
        command = _slash(f"/leave {numbered.group('id')}", vocabulary, bot_username)
        return None if command is None else replace(command, wordless=False)  # English words, said
    core = _MINE_FIRST.sub("", core)
    instead = _INSTEAD.match(core)
    if instead is not None:  # `wait I wanted kaya not durian, -1`: both steps to send, nothing changed
        lang = "en" if instead.group("en_want") else "zh"
        want, not_wanted = (instead.group(f"{lang}_want"), instead.group(f"{lang}_not"))
        return Command(
            "invalid", lang=lang, error=DomainError("leave_instead", want=want, dropped=not_wanted)
        )
    said = _WITH_REASON.match(core)
    for text, set_to_only in ((core, False), (said.group("head").strip() if said else "", True)):
        if (
            not text
            or text == cleaned
            or (set_to_only and _NO_REASON.search(said.group("tail") if said else ""))
        ):
            continue
        command = _parsed_as_typed(text, vocabulary, bot_username, private)
        if command is not None and command.name in _CHANGES and (command.set_to or not set_to_only):
            return command
    return None


# The organiser's 只收到 typed (rep73 #9): `只收到 1-2 100`, `1-2 只收到 ¥100`, `/paid 1-2 ¥100 only`:
# the order (with its group buy's number) and the amount that came, as the report's Only ¥100 received button;
# in any currency's mark (`只收到 1-2 €20`, `/paid 1-2 20 euros only`, `1-2 只收到 RM20`): its own read,
# another's refused naming the order's (handlers.orders, `names_another_currency`)
_SHORT_AMOUNT = rf"(?:[¥￥$]|{CURRENCY_BEFORE})?\s*\d+(?:\.\d{{1,2}})?\s*(?:元|块钱|块|{CURRENCY_AFTER})?"
_SHORT_TYPED = re.compile(
    rf"^(?:只收到\s*#?(?P<zh_order>\d+\s*-\s*\d+)\s*(?P<zh_amount>{_SHORT_AMOUNT})"
    rf"|#?(?P<zh_order2>\d+\s*-\s*\d+)\s*只收到\s*(?P<zh_amount2>{_SHORT_AMOUNT})"
    rf"|/paid(?:@\w+)?\s+#?(?P<en_order>\d+\s*-\s*\d+)\s+(?P<en_amount>{_SHORT_AMOUNT})\s+only)"
    r"[\s.!。！~～]*$",
    re.IGNORECASE,
)

# `只收到 @Cat 50`, `只收到 @cat ¥50` (rep104 #4): the member named, then the amount that came
_SHORT_TYPED_NAMED = re.compile(r"^只收到\s*(?P<who>@[^\s@]+)\s*(?P<amount>\S.{0,30})$", re.DOTALL)
# `只收到 1-4 0`, `只收到 1-1 abc`, `只收到 1-1 -5`: her 只收到 with what is no amount received, answered
# with the form (handlers.orders.short_typed, rep81 #10), never a price's error or silence
_SHORT_TYPED_BAD = re.compile(
    r"^只收到\s*#?(?P<order>\d+\s*-\s*\d+)[\s:：,，]*(?P<typed>\S.{0,30})$", re.DOTALL
)


# `已收 1-1 ¥1,200`, `/paid 3-1 1,000`, `只收到 1-1 1,200元`, `/paid 1-1 1,200 only`: the organiser's amount
# after an order's number (or a name) with its thousands set apart by commas (s42): read as ¥1200, never
# orders #1 and #200 nor talk. A comma typed full width (`1，200`) lists orders, unless a sign says money.
_THOUSANDS = re.compile(
    r"^(?P<head>(?:(?:/paid(?:@\w+)?|已收款?|只收到)\s*(?:#?\s*\d+\s*-\s*\d+|@\S+)"
    r"|#?\s*\d+\s*-\s*\d+\s*只收到)\s*)(?P<sign>[¥$]\s*)?(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?)"
    r"(?P<tail>\s*(?:元|块钱|块)?(?:\s+only)?)$",
    re.IGNORECASE,
)

# `/paid 1-1 -5 only`, `/paid 1-1 abc only`, `/paid 1-1 6,50 only`: as `只收到 1-1 -5` (s42)
_SHORT_TYPED_BAD_EN = re.compile(
    r"^/paid(?:@\w+)?\s+#?(?P<order>\d+\s*-\s*\d+)\s+(?P<typed>\S.{0,30}?)\s+only$", re.IGNORECASE | re.DOTALL
)


def _thousands_read(cleaned: str, typed: str) -> str:
    """`cleaned` with the thousands commas of an organiser's amount taken out (`_THOUSANDS`); else as is."""
    found = _THOUSANDS.match(cleaned)
    if found is None:
        return cleaned
    amount = found.group("amount")
    if not found.group("sign") and amount not in typed:  # `已收 1-1 1，200`: a list of orders, as before
        return cleaned
    head, sign, tail = found.group("head"), found.group("sign") or "", found.group("tail")
    return f"{head}{sign}{amount.replace(',', '')}{tail}"


def _parsed_as_typed(text: str, vocabulary: Vocabulary, bot_username: str, private: bool) -> Command | None:
    """`parse_text` of the text as typed."""
    cleaned = normalize(text)
    if bot_username:
        cleaned = re.sub(rf"@{re.escape(bot_username)}\b", " ", cleaned, flags=re.IGNORECASE)
        cleaned = " ".join(cleaned.split())
    cleaned = _TRAILING.sub("", cleaned)
    if not cleaned:
        return None
    minded = _CHANGE_OF_MIND.match(cleaned)
    if minded is not None:  # `算了 退出`: as `退出`
        cleaned = minded.group("leave")
    cleaned = _thousands_read(cleaned, text)
    pasted_link = _START_LINK.match(cleaned) if private else None
    if pasted_link is not None:  # a start link pasted as text: as tapped, a bad one refused (rep69 #7)
        return Command("start", rest=pasted_link.group("payload"), word="link")
    tagged = note_words.hashtag(cleaned)  # `#种草 …` (a photo's caption): a note
    if tagged is not None:
        return Command("note", lang=tagged, rest=cleaned)
    shared = _with_share_code(cleaned, vocabulary, bot_username, any_case=private)
    if shared is not None:
        return shared
    liked = _LIKE_FORM.match(cleaned)  # `赞1👍`, `👍 #2`, `like 4`: a like of that note
    if liked is not None:
        said = "zh" if liked.group("zh") else "en" if liked.group("en") else None
        return Command("like", lang=said, rest=liked.group("id"))
    unliked = _UNLIKE_FORM.match(cleaned)  # `unlike 2`: as `/unlike 2`
    if unliked is not None:
        return Command("unlike", lang="en", rest=unliked.group("id"))
    if _COMMENT_FORM.match(cleaned) or _COMMENT_EMPTY.match(
        cleaned
    ):  # `comment 1 are they ripe?`: as `/comment 1 …`
        return Command("comment", lang="en", rest=cleaned)
    reported = _REPORT_FORM.match(cleaned)
    if reported is not None:  # `report 3 fake`: as `/report 3 fake`
        return Command("report", lang="en", rest=" ".join(filter(None, reported.group("id", "why"))))
    edited = _EDIT_NOTE_FORM.match(cleaned)
    if edited is not None:  # `edit note 1 avocados are bad`: as `/editnote 1 …`
        return Command("edit_note", lang="en", rest=" ".join(filter(None, edited.group("id", "text"))))
    deleted = _DELETE_NOTE_FORM.match(cleaned)
    if deleted is not None:  # `delete note 1`: as `/deletenote 1`
        return Command("delete_note", lang="en", rest=deleted.group("id"))
    numbered = _NOTE_NUMBER_FORM.match(cleaned)
    if numbered is not None:  # `note 3`: as `/note 3` (`note 3 #2`: as `/note 3 #2`)
        return Command("note", lang="en", rest=numbered.group("id") + (numbered.group("to") or ""))
    linking = note_words.link_asked(cleaned)
    if linking is not None:  # `link my note to the avocado group buy`, `把笔记1挂到牛油果团`: as `/linknote`
        said, note, target = linking
        return Command("link_note", lang=said, word=note, rest=target, in_words=True)
    noted = _NOTE_FORM.match(cleaned)
    if noted is not None and products_named(noted.group("text")):  # `note: these avocados …`
        return Command("note", lang="en", rest=cleaned)
    if _NOTE_ON_FORM.match(cleaned):  # `note #2 great stuff`: told `/note #2 great stuff` posts it (s41)
        return Command("note", lang="en", rest=cleaned, unslashed=True)
    short = _SHORT_TYPED.match(cleaned)
    if short is not None:  # `只收到 1-2 100`, `1-2 只收到 100`, `/paid 1-2 ¥100 only`: the part received
        lang = "en" if short.group("en_order") else "zh"
        order = short.group("en_order") or short.group("zh_order") or short.group("zh_order2")
        amount = short.group("en_amount") or short.group("zh_amount") or short.group("zh_amount2")
        return Command("short_typed", lang=lang, word="".join(order.split()), rest=amount.strip())
    bad = _SHORT_TYPED_BAD.match(cleaned)
    if bad is not None:  # `只收到 1-1 abc`: the form, nothing changed
        order, typed = bad.group("order", "typed")
        return Command("short_typed", lang="zh", word="".join(order.split()), rest=typed.strip())
    bad = _SHORT_TYPED_BAD_EN.match(cleaned)
    if bad is not None:  # `/paid 1-1 -5 only`: the form, nothing changed (it marked the order paid)
        order, typed = bad.group("order", "typed")
        return Command("short_typed", lang="en", word="".join(order.split()), rest=typed.strip())
    named = _SHORT_TYPED_NAMED.match(cleaned)
    if named is not None:  # `只收到 @Cat 50`: Cat's one unpaid order here, as `已收 @Cat 50` finds it
        return Command("short_typed", lang="zh", word=named.group("who"), rest=named.group("amount").strip())
    if cleaned.startswith("/"):
        return _slash(cleaned, vocabulary, bot_username)
    inside = _IPAID_INSIDE.search(cleaned)
    if inside is not None:  # `paid 👍 /ipaid 1-1`: the report, the words around it none of it
        return _slash(inside.group("command"), vocabulary, bot_username)
    rest = _paid_rest(cleaned)
    if rest is not None:  # `just sent the rest kate!`, `尾款付了`: the top-up
        return rest
    quick = _quick(cleaned)
    if quick is not None and quick.titled:  # `鸡蛋要2打`: a command's word first is that command (`取消 2份`)
        return _bare(cleaned, vocabulary, private=private) or quick
    word_first = None
    if quick is not None and quick.named_first and not quick.friend:  # `香草 -1`: an option's, or talk
        word_first, quick = quick, None  # `佣金 -5`, `提现 -5`: any other reading first
    if quick is not None and quick.counted_options:  # `豆沙 2`: an option's count, or talk
        word_first, quick = quick, None  # `名单 2`, `截单 2`: any other reading first
    return (
        quick
        or _help_asked(cleaned)
        or _organisers_question(cleaned)
        or _bare(cleaned, vocabulary, private=private)
        or _uncollected_asked(cleaned)
        or _english_report(cleaned)
        or _paid_in_words(cleaned)
        or _english_words(cleaned)
        or _cancel_in_words(cleaned, private=private)
        or _switch_in_words(cleaned)
        or _wait_in_words(cleaned, vocabulary, bot_username)
        or _english_marks(cleaned, vocabulary, bot_username)
        or _refund_in_words(cleaned, vocabulary, bot_username)
        or _undo_refund(cleaned)
        or word_first
    )


# `undo refund 1-2`, `cancel the refund 1-2`: `/unrefund 1-2` (rep74 #1), a line saying a refund is never
# undone here; only an order's number (or nothing) after it, else talk
_UNDO_REFUND_EN = re.compile(
    r"^(?:undo|cancel|reverse|revert)\s+(?:the\s+|that\s+)?refund(?:\s+(?:of\s+)?#?(?P<rest>\d+(?:-\d+)?))?\s*[.!?]?$",
    re.IGNORECASE,
)


def _undo_refund(text: str) -> Command | None:
    found = _UNDO_REFUND_EN.match(text)
    return None if found is None else Command("unrefund", lang="en", rest=found.group("rest") or "")


# `change to small`, `can I change to small?`, `switch mine to small`, `换成小杯`, `我想换成大杯` (rep64
# 2): her line moved to another option, the whole message (`handlers.option_switch` answers where the
# word names an option of one she is on here, else talk); a count (`change to 3`, `改成2份`) is the
# set-to, read before
_SWITCH_EN = re.compile(
    r"^(?:(?:can|could|may)\s+i\s+|i\s*['’]?d\s+like\s+to\s+|please\s+|pls\s+)?"
    r"(?:change|switch|swap)(?:\s+(?:it|mine|me|my\s+(?:order|line|one|cup|drink)))?\s+(?:to|for)\s+"
    r"(?:the\s+|a\s+)?(?P<word>[a-z][a-z'’-]{0,19}(?:\s+[a-z][a-z'’-]{0,19})?)"
    r"(?:\s+(?:instead|please|pls|plz))*[\s?.!~]*$",
    re.IGNORECASE,
)
_SWITCH_ZH = re.compile(
    r"^我?(?:想|要|能|可以)?(?:换成|换|改成)(?P<word>[\u3400-\u9fffA-Za-z]{1,8}?)"
    r"(?:可以)?(?:吗|么|吧|呢)?(?:谢谢)?[\s?？。！!~～]*$"
)
_NOT_SWITCH_WORDS = frozenset({"please", "pls", "plz", "instead", "it", "mine", "that", "this", "one"})


def _switch_in_words(text: str) -> Command | None:
    """`change to small`, `换成小杯`: the switch of her line to that option asked (`switch_option`)."""
    english = _SWITCH_EN.match(text)
    if english is not None and english.group("word").lower() not in _NOT_SWITCH_WORDS:
        return Command("switch_option", lang="en", heard="en", option=english.group("word"))
    chinese = _SWITCH_ZH.match(text)
    if chinese is not None:
        return Command("switch_option", lang="zh", option=chinese.group("word"))
    return None


# `waitlist 1 large`, `can i go on the waitlist for 1 more large?`, `put me on the waitlist`, `排队 大杯 1`
# (rep64 4): the whole message asks for the waiting list, read as `/wait large 1` (`候补 大杯 1`) is; `排队`
# with a count after it (`排队 +1`, `排队好久` stay talk), or an option alone (`排队 小盒`: `候补 小盒`, a
# wait of 1, where an option open here is so called: `Command.option_only`, rep85 #11)
_WAIT_EN = re.compile(
    r"^(?:(?:can|could|may)\s+i\s+(?:go|get|be|join)\s+(?:on|in)\s+|(?:please\s+)?(?:put|add)\s+me\s+"
    r"(?:on|to)\s+|i\s*['’]?d\s+like\s+to\s+(?:go\s+on|join)\s+)?(?:the\s+)?wait(?:ing)?[\s-]*list"
    r"(?:\s+(?:me|for))?(?P<rest>(?:\s+[#\w]+)*?)(?:\s+(?:please|pls|plz))?[\s?.!~]*$",
    re.IGNORECASE,
)
_WAIT_ZH = re.compile(
    r"^排队\s*(?P<rest>(?:#\s*\d+\s*)?[\u3400-\u9fffA-Za-z]{0,8}\s*\d{1,3}(?:\s*#\s*\d+)?)\s*[。!！]*$"
)

_WAIT_ZH_OPTION = re.compile(
    r"^排队\s*(?P<rest>(?:#\s*\d+\s*)?[\u3400-\u9fffA-Za-z]{1,8}(?:\s*#\s*\d+)?)\s*[。!！]*$"
)


def _wait_in_words(text: str, vocabulary: Vocabulary, bot_username: str) -> Command | None:
    """`waitlist 1 large`, `排队 大杯 1`: `/wait` as typed with what follows (`1 more large`: `1 large`)."""
    english = _WAIT_EN.match(text)
    chinese = None if english is not None else _WAIT_ZH.match(text)
    if english is not None:
        rest = " ".join(word for word in english.group("rest").split() if word.lower() not in ("more", "of"))
        command = _slash(f"/wait {rest}".strip(), vocabulary, bot_username)
        if command is None or (command.error is not None and not re.search(r"\d", rest)):
            return None  # `the waiting list is long`: talk; `waitlist 1 medium`: told the options
        return replace(command, lang="en", heard="en", wordless=False)
    if chinese is None:
        alone = _WAIT_ZH_OPTION.match(text)  # `排队 小盒`: as `候补 小盒` where an option is so called
        command = None if alone is None else _bare(f"候补 {alone.group('rest')}", vocabulary)
        if command is None or command.name != "wait" or not command.option:
            return None
        return replace(command, option_only=True)
    command = _bare(f"候补 {chinese.group('rest')}", vocabulary)
    return None if command is None or command.name != "wait" else command


def _cancel_in_words(text: str, *, private: bool) -> Command | None:
    """A private `cancel` (the whole message, no slash): `/cancel`, as a private `取消` is answered
    (in a group the word alone stays talk)."""
    return Command("cancel", lang="en") if private and _CANCEL_ALONE.match(text) else None


def parse_button(data: str) -> Command | None:
    """A card button (`gb:join:12`) or an order's (`od:pay:7`); None for data that is not (or no
    longer) ours, or malformed (see `handlers.buttons`)."""
    asked = QuestionButton.unpack(data)  # 转给团长 (handlers.ask)
    if asked is not None:
        return Command("ask_forward", rest=str(asked.question_id), tap=True)
    note = NoteButton.unpack(data)  # a note card's Like or Join (handlers.notes), or a reaction on it
    if note is not None:
        return Command(_NOTE_TAPS[note.action], rest=str(note.note_id), tap=True, option_index=note.option)
    order = OrderButton.unpack(data)
    if order is not None:
        shown = "" if order.written is Written.UNSAID else order.written.value
        said = str(order.amount) if order.amount else ""  # Only ¥80 received: the amount said
        return Command(order.action.value, order_id=order.order_id, tap=True, shown_in=shown, rest=said)
    which = WhichButton.unpack(data)  # the question which group buy a join meant (handlers.which_question)
    if which is not None:
        chosen, asker = which.group_buy_id, which.asker  # `wj:2:3:<asker>`: the count she was asked about
        return Command("which_pick", quantity=which.quantity, group_buy_id=chosen, tap=True, asker=asker)
    again = AnsweredButton.unpack(data)  # a WeChat number answering a question answered already
    if again is not None:
        return Command("answered", order_id=again.order_id or None, tap=True)
    private = PrivateCardButton.unpack(data)  # the card a share link opened in a private chat
    if private is not None:
        if private.action is CardAction.STATUS:  # Progress: a fresh copy of that card, there
            return Command("start", group_buy_id=private.group_buy_id, tap=True, signature=private.signature)
        tapped = parse_button(CardButton(private.action, private.group_buy_id, private.option).pack())
        return None if tapped is None else replace(tapped, signature=private.signature)
    card = CardButton.unpack(data)
    if card is None or card.action is CardAction.SHARE:  # Share is the platform's, not the ChatApp's
        return None
    if card.action is CardAction.PAY:  # Pay on a succeeded card: the tapper's own order in that group buy
        return Command("pay", group_buy_id=card.group_buy_id, tap=True)
    if card.action in (CardAction.JOIN, CardAction.MORE):
        first_only = card.action is CardAction.JOIN
        return Command(
            "join",
            quantity=1,
            group_buy_id=card.group_buy_id,
            tap=True,
            first_only=first_only,
            option_index=card.option,
            once="" if first_only else CardAction.MORE.value,
        )
    if card.action is CardAction.LEAVE:  # a unit a tap, as +1 more adds one: never a whole line unasked
        leave = CardAction.LEAVE.value
        return Command(
            leave, quantity=1, group_buy_id=card.group_buy_id, tap=True, option_index=card.option, once=leave
        )
    return Command(card.action.value, group_buy_id=card.group_buy_id, tap=True, option_index=card.option)


def _quick(text: str) -> Command | None:
    """Joins and leaves known by their form (`+1 3号楼`, `加一`, `我要两份`, `-1`: see `parsing.joins`);
    a join that cannot be read (`+1.5`) gets a hint."""
    try:
        found = parse_join(text)
    except DomainError as refusal:  # a number too long to be a quantity or to name a group buy
        return Command("invalid", lang="zh" if _CJK.search(text) else None, error=refusal)
    if found is None:
        return None
    if found == UNREADABLE:
        return Command("invalid", error=DomainError("join_unreadable"))
    assert isinstance(found, Join)
    if found.note.lower() in _NAMELESS_FRIEND or (found.friend and is_courtesy(found.friend)):
        lang = "zh" if _CJK.search(text) else "en"
        return Command("invalid", lang=lang, error=DomainError("join_usage"))
    command = _join_command(found)
    if command.heard is None and found.lang is None:  # `+1 #2 please`: the courtesy's language is hers
        courtesy = courtesy_language(text)
        if courtesy is not None:
            return replace(command, heard=courtesy)
    return command


# A courtesy word, English or Chinese (`+1 please`, `+1 #2 pls`, `2号 谢谢`): it tells the language the
# sender speaks, answered in it as `2 please` is (`Command.heard`)
_EN_COURTESY = re.compile(r"(?<![a-z])(?:please|pls|plz|thanks|thank\s+you|thx)(?![a-z])", re.IGNORECASE)
_ZH_COURTESY = re.compile(r"谢谢|谢啦|多谢|感谢|麻烦了|麻烦你")


_NO_WORDS = re.compile(r"[#＃+＋xX×]?\d+|[^\w]|_", re.UNICODE)  # `#2`, `+1`, `x2`, punctuation, emoji


def courtesy_only(text: str) -> bool:
    """Whether the only words of `text` are a courtesy (`2 please`, `#2 x2 please`, `+1 谢谢`): they tell
    the sender's language, not what the group reads, so a group's answer to it speaks the group's
    (`handlers.context.Context.lang`); `one for #2 please`, `me too` are words of their own."""
    if courtesy_language(text) is None:
        return False
    rest = _ZH_COURTESY.sub(" ", _EN_COURTESY.sub(" ", text))
    return not _NO_WORDS.sub("", rest).strip()


def courtesy_language(text: str) -> str | None:
    """The language of a courtesy word in `text` (`please`: en, `谢谢`: zh), None with none or both."""
    english, chinese = _EN_COURTESY.search(text) is not None, _ZH_COURTESY.search(text) is not None
    if english == chinese:
        return None
    return "en" if english else "zh"


def own_line(text: str, names: Sequence[str]) -> Command | None:
    """`接龙 Kay 2斤` from Kay (read as opening a group buy): the join her own line says, else None."""
    line = parse_own_line(text, names)
    return None if line is None else _join_command(line)


# English words of a join's own (`+2 small box`, `+1 gate 3`, `+1 green onion`): two words or more, one of
# them a lowercase word of three letters or more that is no amount's (`+1 half a dozen`, `+1 2 more` are
# amounts, answered as `+1` is); an option's own name alone (`+1 large`, `+1 Tom`) tells nothing
_ENGLISH_WORD = re.compile(r"[a-z]{3,}")
_AMOUNT_WORDS = frozenset(
    {"half", "dozen", "more", "total", "each", "pcs", "piece", "pieces", "portion", "portions"}
)


def _heard(join: Join) -> str | None:
    """The language a join's words tell of the member: `heard` (`count me in`), else English for an
    option or note in English words (`+2 small box`), answered in it as `how much?` is; Chinese for a
    count asked in Chinese words (`+1 #4 要2份`, `+1 small 两份`), as `我也要` is (rep68 #6)."""
    if join.heard is not None or join.lang is not None:
        return join.heard
    asked = count_in_note(join.note) if join.note else None
    if asked is not None and _CJK.search(asked[1]):
        return "zh"
    said = f"{join.option} {join.note}"
    words = said.split()
    english = [
        w for w in words if _ENGLISH_WORD.fullmatch(w.strip(",.!?")) and w.strip(",.!?") not in _AMOUNT_WORDS
    ]
    return "en" if len(words) >= 2 and english and not _CJK.search(said) else None


def _join_command(join: Join) -> Command:
    return Command(
        "leave" if join.leave else "join",
        lang=join.lang,
        quantity=join.quantity,
        group_buy_id=join.group_buy_id,
        friend=join.friend,
        note=join.note,
        option=join.option,
        unitless=join.unitless,
        titled=join.titled,
        items=join.items,
        items_first=join.items_first,
        list_title=join.list_title,
        pasted=join.pasted,
        list_name=join.list_name,
        extra_lines=join.extra_lines,
        mentioned=join.mentioned,
        measured=join.measured,
        in_words=join.in_words,
        still=join.still,
        stated=join.stated,
        heard=_heard(join),
        bare=join.bare,
        set_to=join.set_to,
        named_first=join.named_first,
        products=join.products,
        not_hers=join.not_hers,
        listed=join.listed,
        own_twice=join.own_twice,
        list_names=join.list_names,
        own_off=join.own_off,
        counted_options=join.counted_options,
    )


def _with_share_code(
    text: str, vocabulary: Vocabulary, bot_username: str, *, any_case: bool = False
) -> Command | None:
    """A share code typed alone (`团12-K7QM`: `share_code`) or with a join (`+1 团12-K7QM 3号楼`:
    `share_join`, the join read without it); None when there is none, or it comes with anything else.
    `any_case`: `12-k7qm` is one too (`share_codes.find`)."""
    found = share_codes.find(text, any_case=any_case)
    alone = None if found is not None or any_case else share_codes.find(text, any_case=True)
    if alone is not None and not alone[1]:  # `4-tpc8` alone in a group: the code if given there (referrals)
        return Command("share_code", group_buy_id=alone[0].group_buy_id, rest=alone[0].code)
    if found is None:
        return None
    code, rest = found
    if not rest:
        return Command("share_code", group_buy_id=code.group_buy_id, rest=code.code)
    joined = _slash(rest, vocabulary, bot_username) if rest.startswith("/") else _quick(rest)
    if (joined is None or joined.name != "join") and any_case and not rest.startswith("/"):
        return _code_in_a_sentence(code, rest)  # a private chat: `我姐姐让我发这个 团1-RFS7 要一份`
    if joined is None or joined.name != "join":
        return None
    return replace(joined, name="share_join", group_buy_id=code.group_buy_id, rest=code.code)


# In a sentence around a share code (private): how many it asks for (`要一份`, `来两份`, `+2`, `x2`, `2份`)
_WANTED = re.compile(
    rf"(?:[+＋]\s*(?P<plus>\d{{1,4}})(?!\d)|(?<![A-Za-z])[xX×]\s*(?P<times>\d{{1,4}})(?!\d)|"
    rf"(?:要|来|买|订|拿)?\s*(?P<n>{NUMBER})\s*(?:份|个|件))"
)


# In an English sentence around a share code: an amount with its unit (`3 jin`, `two boxes`), or after a
# verb of wanting (`i want 3`, `need 2`)
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_EN_NUMBER = r"\d{1,4}|" + "|".join(_EN_NUMBERS)
_EN_UNIT = (
    r"jin|catt(?:y|ies)|kgs?|kilos?|box(?:es)?|packs?|bags?|jars?|pieces?|pcs|portions?|units?|bottles?|"
    r"trays?|punnets?"
)
_WANTED_EN = re.compile(
    rf"\b(?:want|need|take|get|order|buy)\s+(?:like\s+|maybe\s+|about\s+)?(?P<bare>{_EN_NUMBER})"
    rf"(?:\s*(?P<unit_after>{_EN_UNIT}))?\b(?![.\-]\d)|"
    rf"(?<![\w.\-])(?P<n>{_EN_NUMBER})\s*(?P<unit>{_EN_UNIT})\b",
    re.IGNORECASE,
)


def _code_in_a_sentence(code: share_codes.ShareCode, rest: str) -> Command | None:
    """`我姐姐让我发这个 团1-RFS7 要一份`, `my sister says join 1-RFS7 x2`, `tom said to send this 1-RFS7 i
    want like 3 jin of the lychees` in a private chat: the code read out of the sentence, a join of the
    quantity it asks for (one quantity, else none: the card shown, as the code alone shows it); a
    question about it (`团1-RFS7 是什么？`) shows the card too."""
    wanted = [match for match in _WANTED.finditer(rest) if match.group(0).strip()]
    english = [] if _CJK.search(rest) else list(_WANTED_EN.finditer(rest))
    if not wanted and len(english) == 1:  # `3 jin`: joined as `+3 jin` is, in its unit
        said = english[0]
        typed = (said.group("n") or said.group("bare")).lower()
        count = _EN_NUMBERS.get(typed) or int(typed)
        unit = said.group("unit") or said.group("unit_after") or ""
        joined = _quick(f"+{count} {unit}".strip())
        if joined is not None and joined.name == "join" and joined.quantity:
            return replace(
                joined, name="share_join", lang="en", group_buy_id=code.group_buy_id, rest=code.code
            )
    if len(wanted) != 1:
        return Command("share_code", group_buy_id=code.group_buy_id, rest=code.code)
    typed = wanted[0].group("plus") or wanted[0].group("times") or wanted[0].group("n")
    quantity = read_quantity(typed)
    if not quantity:
        return Command("share_code", group_buy_id=code.group_buy_id, rest=code.code)
    lang = "zh" if _CJK.search(rest) else "en"
    return Command("share_join", lang=lang, quantity=quantity, group_buy_id=code.group_buy_id, rest=code.code)


def _closest(word: str, vocabulary: Vocabulary) -> str:
    """The command word a mistyped one most likely meant (`/lsit`: list, `/grupbuy`: groupbuy), in its
    script; "" when none is close enough (or the word is too short to tell)."""
    if len(word) < 3:
        return ""
    words = [known for known in vocabulary.slash if known.isascii() == word.isascii()]
    found = difflib.get_close_matches(word, words, n=1, cutoff=0.75)
    return found[0] if found else ""


# A command word of another bot (or what one would guess) for a change `/edit` makes: `/extend #6 2d` is
# answered "Did you mean /edit #6 ends 2d?"
_DEADLINE_WORDS = frozenset({"extend", "prolong", "postpone", "deadline", "延期", "延长", "延迟"})
_ID_FIRST = re.compile(r"^(?P<id>#\s*\d+)?\s*(?P<rest>.*)$", re.DOTALL)


def _said_another_way(word: str, rest: str) -> str:
    """The `/edit` a word of `_DEADLINE_WORDS` asks for (`edit #6 ends 2d`, in its script); "" for others."""
    if word not in _DEADLINE_WORDS:
        return ""
    match = _ID_FIRST.match(rest)
    number = "".join(match.group("id").split()) if match and match.group("id") else ""
    when = (match.group("rest") if match else rest).strip() or "…"
    parts = ("edit", number, "ends", when) if word.isascii() else ("修改", number, "截止", when)
    return " ".join(part for part in parts if part)


def _slash(text: str, vocabulary: Vocabulary, bot_username: str) -> Command | None:
    match = _SLASH.match(text)
    if not match:
        return None
    bot = match.group("bot")
    if bot and bot_username and bot.lower() != bot_username.lower():
        return None  # addressed to another bot in the group
    word, rest = match.group("word").lower(), match.group("rest").strip()
    if (
        word == "notes"
    ):  # `/notes`: the chat's notes (the week's best), `/notes 芒果`: those saying 芒果; never a note
        word = "search" if rest else "top"
    known = vocabulary.slash.get(word)
    if known is None:
        glued = _glued(word, vocabulary)
        if glued is None:  # answered in the language of the word: `/grupbuy` in English
            # `rest`: the command word it most likely meant (`/lsit`: list), else ""
            meant = _closest(word, vocabulary) or _said_another_way(word, rest)
            return Command("unknown", word=word, rest=meant, lang="en" if word.isascii() else "zh")
        word, rest = glued[0], f"{glued[1]} {rest}".strip()
        known = vocabulary.slash[word]
    name, lang = known
    command = _with_args(name, lang, rest, strict=True)
    if command is not None and command.error is not None and command.error.code == "id_usage":
        plain = _without_talk(rest, shows=name in _SHOWS)  # `/share #2 please`: as `/share #2`
        polite = _with_args(name, lang, plain, strict=False) if plain != rest else None
        command = polite if polite is not None and polite.name != "invalid" else command
    return _unspoken(command, word, rest)


def _glued(word: str, vocabulary: Vocabulary) -> tuple[str, str] | None:
    """`/join2` -> (`join`, `2`); `/开团芒果` -> (`开团`, `芒果`); an English word glued to letters is another
    word, never this command with them (`/notebook`, `/notez`: unknown, never a note "book")."""
    for known in sorted(vocabulary.slash, key=len, reverse=True):
        if word.startswith(known) and len(word) > len(known):
            if (
                known[-1].isascii()
                and known[-1].isalpha()
                and word[len(known)].isascii()
                and word[len(known)].isalpha()
            ):
                continue
            return known, word[len(known) :]
    return None


# `延期 #6 明天晚上8点` (a word of `_DEADLINE_WORDS` before a group buy's number): as `/延期 #6 …`, the
# 修改 that does it is suggested; `延期了吗`, `延长一下` stay talk
_DEADLINE_BARE = re.compile(r"^(?P<word>延期|延长|延迟)\s*(?P<rest>[#＃]\s*\d+.*)$")


def _bare(text: str, vocabulary: Vocabulary, *, private: bool = False) -> Command | None:
    extend = _DEADLINE_BARE.match(text)
    if extend is not None:
        meant = _said_another_way(extend.group("word"), extend.group("rest").replace("＃", "#"))
        return Command("invalid", lang="zh", error=DomainError("deadline_word_meant", meant=meant))
    if _COPY_ALONE.match(text):  # a buyer's `再开一团` asks for another round: only 团长 open one
        return Command("copy", lang="zh", alone=True)
    if _PAYOUT_ALL_FIRST.match(text):  # `全部提现`: as `提现 全部`, bare `提现`
        return Command("payout", lang="zh")
    for word, name in vocabulary.bare:
        alone = ALONE_AS_SLASH | (ALONE_AS_SLASH_IN_PRIVATE if private else frozenset())
        if text == word and word in alone:  # `帮卖` alone: as `/helpsell` alone, its usage
            return _with_args(name, "zh", "", strict=True)
        if text == word and word in _ALONE_FROM_ORGANISER and not private:  # `自提` alone in a group: its
            return Command(
                name, lang="zh", alone=True, overheard=True
            )  # form to one running one here, else talk
        apart = name in _APART_AS_SLASH_IN_PRIVATE or word in _FORYOU_APART_IN_PRIVATE
        if private and apart and text.startswith(f"{word} "):
            rest = text[len(word) :].strip()  # `名单 abc` in private: as `/list abc`, its form
            return _with_args(name, "zh", rest, strict=False) or _with_args(name, "zh", rest, strict=True)
        if text.lower().startswith(word):
            rest = text[len(word) :].strip()
            after_word = text[len(word) : len(word) + 1]
            if name == "open" and not _opens(after_word, rest):
                return None  # `接龙开始了吗？` is chatter, not a group buy without a price
            if name == "leave" and after_word not in (" ", ":", "#", "-", "") and not after_word.isdigit():
                return None  # `退出群聊` is talk; `退出 5斤` names an option (多规格)
            if name in ("wait", "unwait") and not _apart_or_counted(after_word, rest):
                return None  # `候补名单` is talk; `候补两份`, `候补 5斤` are not
            if name in note_words.COMMANDS and not note_words.fits_bare(name, after_word, rest):
                return None  # `种草了吗`, `赞一个` are talk; `种草 …`, `赞 3` are not
            if name in moderation_words.COMMANDS and not moderation_words.fits_bare(
                name, rest, apart=after_word == " "
            ):
                return None  # `隐藏一下`, `禁言了吗` are talk; `隐藏 3`, `禁言 @Bob`, `禁言 Kim` are not
            if name in digest_words.COMMANDS and not digest_words.fits_bare(name, after_word, rest, word):
                return None  # `搜一下`, `摘要写好了吗` are talk; `搜索 面膜`, `搜索芒果`, `摘要 开` are not
            if name == reports.REJECT and after_word not in (" ", "@") and not reports.reads_as_order(rest):
                return None  # `没收到消息` is talk; `未收到 Cat`, `未收到@Cat`, `未收到12-3` are not
            if name == "edit" and after_word != " " and not edit_words.names_term(rest):
                return None  # `修改地址` is talk; `修改 榴莲` (a new title), `修改价格80` are not
            if word == "未收" and not rest:
                return None  # `未收` alone answers a question (收到了吗？): talk; `未收 12-3` undoes 已收
            if name == "ask" and not _asks(word, after_word, rest):
                return None  # `问一下大家` is talk; `问 芒果甜吗`, `请问几点截单` are questions
            if name in ("follow", "unfollow") and not (rest.startswith("@") or _names_one(after_word, rest)):
                return None  # `关注一下`, `关注 一下哈` are talk; `关注 @Bob`, `取消关注 Amy` name someone
            command = _with_args(name, "zh", rest, strict=False)
            if command is None and name == "payout" and _attempted(after_word, rest):
                return Command(name, lang="zh", rest=rest)  # `提现 abc`: as `/payout abc`, its usage
            if (
                command is None
                and name in ("paid", "picked_up", "unpicked_up")
                and _attempted(after_word, rest)
            ):
                return Command(
                    name, lang="zh", rest=rest
                )  # `已收 王阿姨`, `撤销已取 Xiaoli`: a name, else its form
            if command is None and name in _BARE_USAGE and _attempted(after_word, rest):
                return Command("invalid", lang="zh", error=_BARE_USAGE[name]())
            if command is None and (after_word in _SET_APART or not rest):
                return _with_talk_after(name, rest)  # `截单 #5 谢谢大家`, `我的收益？` (rep104 #2)
            return command
    return None


# What sets a command word apart from the words after it (`截单 #5`, `我的收益？`), never glued (`截单了`)
_SET_APART = frozenset({" ", ":", "：", "#", "?", "？", ",", "，"})
# Commands that only show something (her earnings, orders, a list): a `？` after them asks for it
_SHOWS = frozenset({"earnings", "rank", "orders", "list", "following", "foryou", "status", "help"})
_PARTICLES = re.compile(r"[\s,，、]*[吧啊呀哈哦嘛]+$")
_QUESTION_MARK_END = re.compile(r"[\s,，、]*[?？]+$")
_HASHED_IDS = re.compile(r"^#\s*\d{1,9}(?:[\s,，、]+#?\s*\d{1,9})+$")
# `催款 大家快付钱`: the words after 催款 a nudge to pay (never a question), as `/remind everyone pay up`
_PAY_NUDGE = re.compile(r"付|钱|款|转账|交")
_SHARE_FOR = re.compile(r"^(?P<id>#\s*\d{1,9})[\s,，]+\S")


def _without_talk(rest: str, *, shows: bool) -> str:
    """`#5 谢谢大家` -> `#5`, `谢谢` -> ``; with `shows` (a command that only shows something) a `？`
    and a particle (`关掉吧`) too: what was typed before the words said to the group."""
    while True:
        before = rest
        if is_courtesy(rest):
            rest = ""
        rest = _without_courtesy(rest).strip()
        if shows:
            rest = _PARTICLES.sub("", _QUESTION_MARK_END.sub("", rest)).strip()
        if rest == before:
            return rest


def _with_talk_after(name: str, rest: str) -> Command | None:
    """A Chinese command word set apart, then words that would be talk on their own: the command when
    what is before a courtesy (`截单 #5 谢谢大家`, `名单 #1 谢谢`) or a `？` (`我的收益？`) reads as it; two
    group buys' numbers (`截单 #5 #6`) its form; `催款 大家快付钱` the reminder, `分享 #6 给我妈` the
    share; else None (talk: `名单 在群公告里`)."""
    plain = _without_talk(rest, shows=name in _SHOWS)
    if not plain and name not in _SHOWS:  # `退款 谢谢`, `截单 谢谢`: talk; `我的订单 谢谢` shows them
        return None
    if plain != rest:
        command = _with_args(name, "zh", plain, strict=False)
        if command is not None:
            return command
    if _HASHED_IDS.match(plain) and _with_args(name, "zh", plain.split()[0], strict=False) is not None:
        return _with_args(name, "zh", plain, strict=True)  # `截单 #5 #6`: one at a time, its form
    if name == "remind" and _PAY_NUDGE.search(plain) and not _QUESTION.search(plain):
        numbered = re.match(r"^#\s*(\d{1,9})(?!\d)", plain)  # `催款 #3 大家快付钱`: #3's
        return Command(name, lang="zh", group_buy_id=int(numbered.group(1)) if numbered else None)
    shared = _SHARE_FOR.match(plain) if name == "share" else None
    if shared is not None and not _QUESTION.search(plain):  # `分享 #6 给我妈`: #6's share
        return _with_args(name, "zh", shared.group("id"), strict=False)
    return None


def _help_asked(text: str) -> Command | None:
    """Help asked in words as the whole message (`help`, `how do I start a group buy`, `怎么开团`, `怎么用`):
    `/help`, with the topic asked (`怎么开团`: the organisers' help); anything else is not help."""
    zh = _HELP_ZH.match(text)
    if zh is not None:
        return Command("help", lang="zh", rest="organiser" if zh.group("open") else "")
    en = _HELP_EN.match(text)
    if en is None:
        return None
    what = en.group("what") or en.group("what_to")
    if what is None:
        return Command("help", lang="en")
    for form, topic in _HELP_WHAT_EN:
        if form.match(what.strip()):
            return Command("help", lang="en", rest=topic)
    return None


# The organiser's questions in words, as the whole message (handlers.organiser_words): who paid, remind
# them, export; a question mark, `yet`, `please` or a particle may follow
_ASKED_END = r"(?:\s+(?:yet|please|pls))?[\s?？!！。.~～]*(?:呢|呀|啊|吗)?[\s?？!！。.~～]*$"
_ASKED_LIST_EN = re.compile(r"^who(?:'s|\s+has|\s+have)?\s+(?:already\s+)?paid", re.IGNORECASE)
_ASKED_UNPAID_EN = re.compile(
    r"^who\s+(?:hasn'?t|haven'?t|didn'?t|did\s+not|has\s+not|have\s+not|still\s+hasn'?t)\s+paid"
    r"|^who\s+still\s+(?:owes|needs\s+to\s+pay|has\s+to\s+pay)",
    re.IGNORECASE,
)
_ASKED_LIST_ZH = re.compile(r"^谁(?:已经)?付(?:了)?款(?:了)?")
_ASKED_UNPAID_ZH = re.compile(r"^(?:还有)?谁(?:还)?(?:没|没有)(?:付款|付钱|给钱|交钱|转账|转钱)")
_ASKED_REMIND = re.compile(
    r"^(?:please\s+|pls\s+|can\s+you\s+|could\s+you\s+)?remind\s+(?:the\s+)?"
    r"(?:unpaid|everyone|everybody|all|people|buyers|those|ones|anyone)(?:\s+(?:buyers|ones|people))?"
    r"(?:\s+to\s+pay|\s+(?:who|that)\s+(?:still\s+)?(?:hasn'?t|haven'?t|has\s+not|have\s+not|didn'?t"
    r"|did\s+not|not)\s+(?:yet\s+)?paid)?"
    # `帮我提醒一下没付款的`, `请提醒大家付款`, `麻烦催一下还没付钱的人` (rep105 #7): the same request
    r"|^(?:请|麻烦|麻烦你)?(?:帮我|帮忙)?(?:提醒|催)(?:一下)?(?:大家|所有人)(?:付款|付钱|交钱)"
    r"|^(?:请|麻烦|麻烦你)?(?:帮我|帮忙)?(?:提醒|催)(?:一下)?(?:大家)?(?:还)?(?:没|没有|未)(?:付|交|给)(?:款|钱)的(?:人)?",
    re.IGNORECASE,
)
_ASKED_EXPORT = re.compile(r"^export(?:\s+(?:the\s+)?list)?", re.IGNORECASE)
# `who hasn't collected?`, `who hasn’t picked up yet`: `谁还没取货` (`/uncollected`), in a group too
# (rep86 #3: only a private chat's question reached it); a curly apostrophe as a straight one
_ASKED_UNCOLLECTED_EN = re.compile(
    r"^who(?:'s|’s|\s+is|\s+are)?\s+(?:still\s+)?"
    r"(?:hasn['’]?t|haven['’]?t|didn['’]?t|did\s+not|has\s+not|have\s+not|not|yet\s+to"
    r"|needs\s+to|need\s+to|has\s+to|have\s+to)"  # `who still needs to pick up?` (rep94 #6)
    r"\s+(?:yet\s+)?(?:collected|collect|picked\s+up|pick\s+up|picked|pick)\b",
    re.IGNORECASE,
)
# `还有谁没取货？`, `谁还没提货`, `谁还没拿货` (rep94 #6): `谁还没取货`, as `还有谁没付款` is its twin's
_ASKED_UNCOLLECTED_ZH = re.compile(r"^(?:还有)?谁(?:还)?(?:没|没有)(?:取货|提货|拿货|领货|取|提)")
_UNCOLLECTED_BEFORE = re.compile(r"[#＃]\s*(?P<id>\d{1,9})[\s,，:：]*")  # `#2 谁还没取货` (s40)
_UNCOLLECTED_AFTER = re.compile(r"[\s,，]*[#＃]\s*(?P<id>\d{1,9})")  # `谁还没提货 #2` (s40)


def _uncollected_asked(text: str) -> Command | None:
    """`还有谁没取货？`, `谁还没提货`, `谁还没拿货` (rep94 #6): `谁还没取货` (its own words read first, as
    typed), the whole message only, a group buy's number before or after it (`谁还没提货 #2`, `#2 谁还没取货`:
    that one's only, s40); from one running no group buy, in a group, talk."""
    before = _UNCOLLECTED_BEFORE.match(text)
    asked = text[before.end() :] if before is not None else text
    found = _ASKED_UNCOLLECTED_ZH.match(asked)
    if found is None:
        return None
    after = _UNCOLLECTED_AFTER.match(asked, found.end())
    end = after.end() if after is not None else found.end()
    if not re.match(_ASKED_END, asked[end:]) or (before is not None and after is not None):
        return None
    numbered = before or after
    number = int(numbered.group("id")) if numbered is not None else None
    return Command("uncollected", lang="zh", rest="", group_buy_id=number)


def _organisers_question(text: str) -> Command | None:
    """`who paid?`: `名单`; `who hasn't paid yet?`, `谁还没付款`: her unpaid orders (`unpaid`); `remind
    unpaid`, `remind everyone to pay`, `提醒大家付款`, `提醒没付款的`, `催没付款的`: `催款`; `export`:
    `导出`; `who hasn't collected?`: `谁还没取货`; as the whole message only (handlers.organiser_words:
    from one running no group buy, talk)."""
    found = _ASKED_UNCOLLECTED_EN.match(text)
    if found is not None and re.match(_ASKED_END, text[found.end() :]):
        return Command("uncollected", lang="en", rest="")
    for pattern, meant in (
        (_ASKED_UNPAID_EN, "unpaid"),
        (_ASKED_UNPAID_ZH, "unpaid"),
        (_ASKED_LIST_EN, "list"),
        (_ASKED_LIST_ZH, "list"),
        (_ASKED_REMIND, "remind"),
        (_ASKED_EXPORT, "export"),
    ):
        found = pattern.match(text)
        if found is not None and re.match(_ASKED_END, text[found.end() :]):
            lang = "zh" if _CJK.search(text) else "en"
            return Command("organiser_asked", lang=lang, rest=meant)
    return None


def _english_words(text: str) -> Command | None:
    """`my orders` typed without a slash: `/orders`, as `我的订单` is (the whole message only), `my group
    buys` `/mine` as `我的团` is; `share`,
    `share #12`: `/share`, as `分享` is, its arguments read as a bare word's (anything else: talk);
    `withdraw all`, `payout all`, `withdraw`: `/payout all`, as `全部提现` is (the whole message only)."""
    if _MY_ORDERS.match(text):
        return Command("orders", lang="en")
    if _MY_GROUP_BUYS.match(text):
        return Command("mine", lang="en")
    if _MY_EARNINGS.match(text):
        return Command("earnings", lang="en")
    if _PAYOUT_ALL_EN.match(text):
        return Command("payout", lang="en")
    payout_to = _PAYOUT_TO_EN.match(text)
    if payout_to is not None:
        return Command("payout", lang="en", rest=payout_to.group("rest").strip())
    payout_amount = _PAYOUT_AMOUNT_EN.match(text)
    if payout_amount is not None:
        return Command("payout", lang="en", rest=payout_amount.group("rest").strip())
    code = _CODE_IN_WORDS.match(text)
    if code is not None and codes.is_code_only(code.group("rest")):
        return Command("pickup_code", lang="en", rest=code.group("rest"), in_words=True)
    share = _SHARE.match(text)
    if share is None:
        return None
    rest = share.group("rest")
    return _unspoken(_with_args("share", "en", rest, strict=False), "share", rest)


# Commands whose ASCII word typed with no English after it (`/join`, `/join 2`, `share #12`) tells no
# language: a member's own join or share, typed as anyone would, from a menu or a habit
_WORDLESS = frozenset({"join", "leave", "wait", "unwait", "share"})
_LATIN = re.compile(r"[A-Za-z]")
# an admin's decision on a payout with no words of hers (`/payouts paid 3`, as its list writes it): no
# language (`/payouts reject 3 wrong account` is English)
# `/payouts approve 3`, and one mistyped (`approve -1`, `approve x`): the command's own words, no evidence of
# English, so a mistake is answered in the same language as the right number (review 57 #6)
_PAYOUT_DECISION = re.compile(r"(?:approve|ok|paid|pay|reject)(?:\s+[!-~]+)?", re.IGNORECASE)


def _unspoken(command: Command | None, word: str, rest: str) -> Command | None:
    """`command` marked `wordless` when its ASCII word is no evidence of English: Chinese after it and
    no English (`/join 甜的 2`, `/list 小王`), or a join's or share's word with no English after it
    (`/join`, `/join #3`, `share`), or a join's or leave's amount alone in English unit words (`/join half a
    dozen`, `/join 2 kg`: no words, as `+half a dozen` is). `/close`, `/join sweet`, `share note 3` keep
    the word's language."""
    if command is None or not word.isascii():
        return command
    if command.name == "payouts" and (not rest.strip() or _PAYOUT_DECISION.fullmatch(rest)):
        # `/payouts paid 3`: its own words; `/payouts` alone (an organiser's list, s38): as `提现审核`, hers
        return replace(command, wordless=True)
    if _LATIN.search(rest) and _CJK.search(rest) and not _LATIN.search(_names_aside(rest)):
        # `/note 这个月饼真好吃 推荐给大家 hal888`: a handle, code, link or number is no English (s38)
        return replace(command, wordless=True, words="zh")
    if _LATIN.search(rest):
        return replace(command, wordless=True) if _amount_only(command, rest) else command
    if _CJK.search(rest):
        return replace(command, wordless=True, words="zh")
    if command.name in _WORDLESS:
        return replace(command, wordless=True)
    return command


# A slash command's word and what names it carries, not words of the member's: `@Ann`, `#3`, `12-3`, `¥22`,
# `13-WYVA` (anything with a digit)
_SLASH_WORD = re.compile(r"^\s*/[A-Za-z_]+(?:@\w+)?(?P<rest>.*)$", re.DOTALL)
_NOT_WORDS = re.compile(r"@\S+|\S*\d\S*")
_LINK = re.compile(r"(?:https?://|www\.)\S+|\S+\.(?:com|cn|net|org|io|me|shop)(?:/\S*)?\b", re.IGNORECASE)


def _names_aside(words: str) -> str:
    """`words` without what names things rather than says them: links, `@handles`, codes and anything
    with a digit in it (`hal888`, `#12`, `团12-K7QM`); what is left tells the language."""
    return _NOT_WORDS.sub(" ", _LINK.sub(" ", words))


def slash_only(text: str) -> bool:
    """Whether `text` is a slash command (a Latin command word after `/`) with no English words after it
    (`/orders`, `/cancelorder 1-1`, `/paid @Ann`): what a command menu types, no evidence of the member's
    language (it records none: `ChatApp._run`); `/refund 2-2 wrong size`, `/join sweet` have words."""
    found = _SLASH_WORD.match(text)
    return found is not None and not _LATIN.search(_NOT_WORDS.sub(" ", found.group("rest")))


def slash_alone(text: str) -> bool:
    """Whether `text` is a slash command with neither English nor Chinese words after it (`/flags`,
    `/cancelorder 1-1`, `/paid @小王`): nothing of the member's language but the command word."""
    found = _SLASH_WORD.match(text)
    return (
        slash_only(text) and found is not None and not _CJK.search(_NOT_WORDS.sub(" ", found.group("rest")))
    )


def _amount_only(command: Command, rest: str) -> bool:
    """Whether a join's (leave's) arguments are only an amount, its unit words no language (`half a
    dozen`, `2 kg`, `#3 a dozen`), as `+half a dozen` reads (`Join.lang` None, no note)."""
    if command.name not in ("join", "leave") or command.measured is None:
        return False
    read = parse_join(f"{'-' if command.name == 'leave' else '+'}{rest}")
    return isinstance(read, Join) and read.lang is None and not read.note and not read.friend


def _english_marks(text: str, vocabulary: Vocabulary, bot_username: str) -> Command | None:
    """`received @Eve`, `collected @Nina`, `received 3-1`: `/paid …`, `/collected …` typed without a
    slash, as `已收 @Eve`, `已取 @Nina` are; anything its command does not read is talk (None)."""
    found = _MARKED_EN.match(text)
    if found is None:
        return None
    word = _MARKED_AS[found.group("word").lower()]
    command = _slash(f"/{word} {found.group('rest')}", vocabulary, bot_username)
    return command if command is not None and command.name in ("paid", "picked_up") else None


# `refund 2-1 crushed`, `I want a refund for 2-1, they were crushed`: `/refund 2-1 crushed` without a
# slash, as `退款 2-1 压坏了` is (the buyer's request, or the organiser's refund); an order's number after
# `refund` alone, else talk (`refund policy?`)
_REFUND_EN = re.compile(
    r"^(?:refund|(?:i\s+(?:want|need|would\s+like)|i'?d\s+like|can\s+i\s+(?:get|have)|please)\s+(?:a\s+)?"
    r"refund(?:\s+(?:for|on|of))?(?:\s+(?:my\s+)?order)?)[\s,:：]+#?(?P<order>\d+-\d+)(?:[\s,.:;!]+(?P<why>.*))?$",
    re.IGNORECASE,
)
# `I want a refund, they were crushed`, `我要退款 压坏了`: asking for one, naming no order: answered with the
# request's form and her orders it could be for, as a bare `/refund` is (rep84 #6)
_REFUND_ASKED = re.compile(
    r"^(?:(?:i\s+(?:want|need|would\s+like)|i'?d\s+like|can\s+i\s+(?:get|have))\s+(?:a\s+)?refund"
    r"|(?:我要|我想|申请)退款)(?:$|[\s,.:;!，。：；！]+(?P<why>[^\d#\s].*)$)",
    re.IGNORECASE,
)


def _refund_in_words(text: str, vocabulary: Vocabulary, bot_username: str) -> Command | None:
    """`refund 2-1 crushed`, `I want a refund for 2-1`: `/refund 2-1 …` (rep84 #6); `I want a refund,
    they were crushed`, `我要退款 压坏了` (no order's number): a bare `/refund`, the buyer's request form
    with her orders. A question (`can I get a refund?`) with no number stays talk."""
    numbered = _REFUND_EN.match(text)
    if numbered is not None:
        command = _slash(
            f"/refund {numbered.group('order')} {numbered.group('why') or ''}".strip(),
            vocabulary,
            bot_username,
        )
        return command if command is not None and command.name == "refund" else None
    asked = _REFUND_ASKED.match(text)
    if asked is None or _QUESTION.search(text):
        return None
    return Command("refund", lang="zh" if "退款" in text else "en")


def _english_report(text: str) -> Command | None:
    """`I paid`, `paid 12-3`: the buyer's report (`/ipaid`) in English without a slash, as `我付了` is."""
    rest = reports.english_report(text)
    return None if rest is None else Command(reports.REPORT, lang="en", rest=rest)


_NOT_PAYEES = frozenset(
    {
        "it",
        "already",
        "now",
        "today",
        "yesterday",
        "too",
        "all",
        "off",
        "back",
        "up",
        "for",
        "the",
        "lol",
        "my",
    }
)
# What an English payment said in a sentence opens and ends with: `ok, I've just …`, `… kate! 👍`
_PAID_OPENING = r"^(?:(?:ok(?:ay)?|hi|hey|done|yes)[\s,.!]+)?(?:i(?:['’]ve|\s+have)?\s+)?"  # `ok,` `I've`
_PAID_JUST = r"just|already"  # `just paid kate!`: the word that makes a lower-case name a payee
_PAID_PAYEE = r"@?(?P<name>[a-z][\w.]{1,19})"  # `kate`, `@Amy`: one word
_PAID_CLOSING = r"[\s!.~👍🙏😊]*$"
# `just paid kate!`, `paid Amy 👍` (rep64 9): a paying verb and one word, the whole message
_PAID_SOMEONE = re.compile(
    rf"{_PAID_OPENING}(?P<just>(?:{_PAID_JUST})\s+)?"
    rf"(?:paid|transferred|sent\s+the\s+money\s+to)\s+{_PAID_PAYEE}{_PAID_CLOSING}",
    re.IGNORECASE,
)
# `paid 👍 /ipaid 1-1`: the report's slash form inside a message, read as typed alone
_IPAID_INSIDE = re.compile(
    r"(?:^|\s)(?P<command>/ipaid(?:@\w+)?\s+\d+\s*[-–—]\s*\d+)(?![\d-])", re.IGNORECASE
)


# `just sent the rest kate!`, `paid the rest 👍`, `sent the other 10` (rep67 #6): the rest of a part payment
_PAID_REST_EN = re.compile(
    rf"{_PAID_OPENING}(?:(?:{_PAID_JUST}|also)\s+)?(?:sent|paid|transferred)\s+(?:(?:you|u)\s+)?(?:the\s+)?"
    r"(?:rest|remainder|balance|other\s+half|other\s+(?P<amount>[$¥]?\d+(?:\.\d{1,2})?))"
    rf"(?:\s+(?:now|too))?(?:\s+(?:to\s+)?{_PAID_PAYEE})?{_PAID_CLOSING}",
    re.IGNORECASE,
)
# `剩下的转了`, `尾款付了`, `剩下的10块也转了`, `余款已付`
_PAID_REST_ZH = re.compile(
    r"^(?:剩下的?|剩余的?|尾款|余款|差的)(?:钱|款)?(?P<amount>\d+(?:\.\d{1,2})?)?(?:块|元)?(?:钱)?"
    r"(?:也)?(?:已经?|刚刚?)?(?:转|付|补)(?:给?你|给团长)?了?(?:哈|哦|啊|[~！!。👍🙏])*$"
)


def _paid_rest(text: str) -> Command | None:
    """`paid the rest 👍`, `sent the other 10`, `剩下的转了`: the top-up of a part payment; None otherwise."""
    found = _PAID_REST_EN.match(text)
    if found is not None:
        name = found.group("name") or ""
        payee = "" if name.lower() in _NOT_PAYEES else name
        typed = found.group("amount") or ""
        return Command(
            reports.REPORT, lang="en", heard="en", paid_rest=True, paid_payee=payee, paid_typed=typed
        )
    found = _PAID_REST_ZH.match(text)
    if found is not None:
        return Command(reports.REPORT, lang="zh", paid_rest=True, paid_typed=found.group("amount") or "")
    return None


def _paid_in_words(text: str) -> Command | None:
    """`付了234，微信转的`, `已付 ¥156`, `paid! sent 110 via paynow`: the buyer's report in a sentence."""
    said = reports.with_way(reports.paid_in_words(text), text)
    if said is None:
        someone = _PAID_SOMEONE.match(text)
        name = someone.group("name") if someone is not None else ""
        if someone is None or name.lower() in _NOT_PAYEES:
            return None
        if not name[0].isupper() and not someone.group("just"):  # `I paid lol`: talk; `just paid kate!`
            return None
        return Command(reports.REPORT, lang="en", heard="en", paid_payee=name)
    return Command(
        reports.REPORT, lang=said.lang, paid_amount=said.amount, paid_via=said.via, paid_typed=said.typed
    )


def _names_one(after_word: str, rest: str) -> bool:
    """After a bare `关注` / `取消关注`, set apart, what reads as one member's name without `@` (`Bob`,
    `王阿姨`, `Amy Wang`): short, at most a few words, no talk in it (`一下`, `了`, `谢谢`, `？`)."""
    return (
        after_word == " "
        and len(rest) <= MAX_FRIEND
        and len(rest.split()) <= _NAME_WORDS
        and not _CHATTY.search(rest)
        and not _NOT_A_NAME.search(rest)
    )


def _asks(word: str, after_word: str, rest: str) -> bool:
    """A bare `问` / `请问` asks: alone (answered with how to ask), set apart before words (`问 芒果甜吗`),
    or glued on to a question about a fact Tuan holds (`请问几点截单`); `请问` always asks, glued or not
    (`请问芒果甜不甜` is `请问 芒果甜不甜`)."""
    return not rest or after_word == " " or word == "请问" or asking.read(rest).intent is not None


def _apart_or_counted(after_word: str, rest: str) -> bool:
    """`候补 5斤`, `候补#12`, `候补2`, `候补两份`: the waiting list's word, then its arguments; glued on to
    other words (`候补名单`, `取消候补的人`) it is talk."""
    return after_word in (" ", ":", "#", "") or after_word.isdigit() or bool(_WAIT_ARGS.match(rest))


def _attempted(after_word: str, rest: str) -> bool:
    """`已收 abc`, `退款 #x`, `已取 张三` (no `@`): the command word, apart, then something that is not its
    argument: a command typed wrong, answered with its form. Glued on (`已收到`, `退款中`, `已取消`),
    asking (`退款了吗？`) or talking (`已收 谢谢`) is chatter."""
    apart = after_word in (" ", ":") or not _CJK.match(after_word)
    return apart and not _QUESTION.search(rest) and not _CHATTY.search(rest)


def _opens(after_word: str, rest: str) -> bool:
    """`接龙 苹果 30` opens one; `接龙 苹果` (no price) is answered with how to write it; `接龙开始了吗？`
    and `接龙的时候写楼号` are chatter."""
    if _QUESTION.search(rest) or not rest:
        return False
    return bool(_OPEN_HINT.search(rest)) or after_word in (" ", ":")


# `提现 全部`, `/payout all`: the whole available amount, as the bare word asks for
_PAYOUT_ALL_ZH = ("全部", "所有", "全部的", "全额", "全部提现", "全部佣金", "所有佣金", "全部收益")
_PAYOUT_ALL = frozenset((*_PAYOUT_ALL_ZH, "all", "everything", "max"))
# `提现 微信 wes888` (handlers.payouts reads the rest); `提现微信到账了吗` is talk: an account is
# letters and digits
_PAYOUT_TO = re.compile(r"^(?:微信|支付宝|银行卡)\s*[:：]?\s*[A-Za-z0-9]")


# An organiser's commands whose words after a group buy's number are free text (a place, a note, a name, a
# title): a `#` before no number there (`#N`, `#x`, `#编号`) is a number not written, never their text
_NUMBER_FIRST = frozenset({"pickup", "payment_note", "add", "remove", "edit", "commission"})
_NOT_A_NUMBER = re.compile(r"^[#＃](?=[^\d\s#＃])\S{1,12}(?=\s|$)")


def _friend_said(match: re.Match[str]) -> str:
    """The friend a `帮 …` / `for …` names (`给我妈`: 妈妈; `for my mum`: mum); "" for one's own line
    (`for me`)."""
    friend = friend_name((match.group("friend") or match.group("friend_en") or "").strip())
    if match.group("friend_en"):
        friend = re.sub(r"^(?:my|our)\s+(?=\S)", "", friend, flags=re.IGNORECASE)
    return "" if friend.lower() in _SELF else friend


def _with_args(name: str, lang: str, rest: str, *, strict: bool) -> Command | None:
    """The command with its arguments read; a slash command with bad arguments explains the right form.
    A number too long to name anything is answered as one that names nothing (`parsing.numbers`)."""
    try:
        return _read_args(name, lang, rest, strict=strict)
    except DomainError as refusal:
        return Command("invalid", lang=lang, error=refusal)


def _read_args(name: str, lang: str, rest: str, *, strict: bool) -> Command | None:
    rate = _SHARE_RATE.match(rest) if name == "share" else None
    if rate is not None:  # `分享 #7 开 5%`: nothing set; told the command that sets it (`佣金 #7 5%`)
        number = rate.group("id") or rate.group("id2")
        said = f"{rate.group('rate')}%" if number is None else f"#{number} {rate.group('rate')}%"
        return Command("invalid", lang=lang, error=DomainError("share_rate_is_commission", rate=said))
    off = _SHARE_OFF.match(rest) if name == "share" else None
    if off is not None:  # `分享 #7 关`: nothing set; told the command that stops it (`佣金 #7 0`)
        number = off.group("id") or off.group("id2")
        said = "0" if number is None else f"#{number} 0"
        return Command("invalid", lang=lang, error=DomainError("share_off_is_commission", rate=said))
    placeholder = _NOT_A_NUMBER.match(rest) if name in _NUMBER_FIRST else None
    if placeholder is not None:  # `自提 #N 3号门`, `修改 #N 价格 10`: an example's `#N` copied, no place,
        after = rest[placeholder.end() :].strip()  # nor title: the command's example keeps what follows
        error = DomainError("group_buy_number_unreadable", value=placeholder.group(0), of=name, after=after)
        return Command("invalid", lang=lang, error=error)
    if name in ("open", "paid", "picked_up", "lang", "pickup", "payment_note", *codes.ALL_COMMANDS) or (
        name in reports.ALL_COMMANDS or name in edit_words.ALL_COMMANDS
    ):
        if not strict and not _bare_args_fit(name, rest):
            return None
        if name == "pickup" and codes.is_code_only(rest):  # `/pickup 9918`: a buyer's code, not a place
            return Command("pickup_code", lang=lang, rest=rest)
        if name in ("pickup", "payment_note"):  # `自提 小区南门 明天下午6点 #1`: #1's, as `自提 #1 …`
            rest = number_first(rest)
        if name == "pickup":  # `自提点改到 3号楼大堂`: 改到 says the change, the place follows it
            rest = without_change_verb(rest)
        return Command(name, lang=lang, rest=rest)
    if name == "cancel_unpaid":  # `取消未付款 #2 确认`, `/cancelunpaid 2`: handlers.unpaid_release
        found = _CANCEL_UNPAID_ARGS.match(rest)
        if found is None:  # `取消未付款的人是谁`: talk; `/cancelunpaid abc`: its form
            return _usage(strict, lang, DomainError("cancel_unpaid_usage"))
        number = found.group("id")
        return Command(
            name,
            lang=lang,
            group_buy_id=None if number is None else int(number),
            confirmed=found.group("confirm") is not None,
        )
    if name == "restore_order":  # 恢复订单 1-10, `/restore 1-10`: a cancelled unpaid order brought back
        typed = _without_courtesy(rest)
        found = _ORDER_ARGS.match(typed)
        if found is not None and found.group("id"):
            number = order_number(found.group("id"))
            # `撤销取消 #9`: a group buy's number too (handlers.order_cancel: one called off is answered so)
            hashed = typed.lstrip().startswith("#") and number.group_buy_id is None
            return Command(name, lang=lang, order=number, group_buy_id=number.seq if hashed else None)
        return _usage(strict, lang, DomainError("restore_order_usage"))
    if name == "uncollected":  # `谁还没取货？`, `/uncollected`; `未取货的明天来拿` is talk
        asked = not _UNCOLLECTED_REST.sub("", rest)
        numbered = _UNCOLLECTED_NUMBER.search(rest)  # `谁还没取货 #2`: that group buy's only (s40)
        number = int(numbered.group(1)) if numbered is not None else None
        return Command(name, lang=lang, rest="", group_buy_id=number) if strict or asked else None
    if name == "unrefund":  # 撤销退款 1-2, `/unrefund 1-2`: never undone, said so (handlers.refund_undo)
        fits = not rest or bool(re.fullmatch(r"[#＃]?\d+(?:-\d+)?", rest.strip()))
        return Command(name, lang=lang, rest=rest.strip()) if strict or fits else None
    if name in ("unpaid", "unpicked_up"):  # 撤销已收 12-3, `未收 @张三`; 撤销已取 3-5: as `paid` is
        return Command(name, lang=lang, rest=rest) if strict or _bare_args_fit(name, rest) else None
    if name in note_words.COMMANDS:  # notes (种草): read from what was typed by handlers.notes
        return Command(name, lang=lang, rest=rest)
    if name in moderation_words.COMMANDS:  # `/hide 3`, `禁言 @Bob`: read by handlers.moderation
        return Command(name, lang=lang, rest=rest)
    if name in digest_words.COMMANDS:  # search and digest mode: read by handlers.note_search, .digest
        return Command(name, lang=lang, rest=rest)
    if name == "ask":  # `问 …`, `/ask …`: read by handlers.ask (bare forms: `_asks`)
        return Command(name, lang=lang, rest=rest)
    if name == "answer":  # `答 5 很甜`: a bare `答` only before a question's number (handlers.ask)
        fits = bool(re.match(r"^[#＃]?\d{1,9}(\s|$)", rest))
        return Command(name, lang=lang, rest=rest) if strict or fits else None
    if name == "helpsell":  # `帮卖 开 10%`, `帮卖 #12`: read by handlers.helpselling (a try: its form)
        attempt = strict or helpsell_words.fits(rest) or helpsell_words.attempted(rest)
        return Command(name, lang=lang, rest=rest) if attempt else None
    if name == "commission":  # `佣金 5%`, `佣金 -5%` (its range), `/commission #12 0`: handlers.referrals
        rated = bool(_SIGNED_NUMBER.match(rest) or _ALL_RATE.match(rest))  # `佣金 -5%`, `佣金 全部 5%`
        mistyped = bool(_ONE_LATIN_WORD.fullmatch(rest))  # `佣金 abc`: its form, never silence (rep97 #12)
        fits = not rest or rest[0] in "#0123456789" or rated or mistyped
        return Command(name, lang=lang, rest=rest) if strict or fits else None
    if name == "foryou":  # `猜你喜欢`, `猜你喜欢 关`: another word after it is talk (handlers.foryou)
        fits = not rest or digest_words.switch(rest) is not None
        return Command(name, lang=lang, rest=rest) if strict or fits else None
    if name in ("follow", "unfollow"):  # `关注 @Amy`, `关注 Amy` (`_bare` keeps talk out; handlers.follows)
        return Command(name, lang=lang, rest=rest) if strict or rest else None
    if name == "following":  # `我的关注`: a word after it is talk
        return Command(name, lang=lang) if strict or not rest else None
    if name == "share" and _NOTE_WORD.match(rest):  # `/share note 3`, `分享 笔记 3`: a note's share
        name, rest = "note_share", _NOTE_WORD.sub("", rest, count=1)
    if name == "note_share":  # `分享笔记 3`: the note's number, read by handlers.notes; `分享笔记 abc` (one
        # Latin word for the number): its form, as `赞 abc` (rep87 #7: silence)
        fits = not rest or rest.lstrip("#").strip()[:1].isdigit() or bool(note_words.not_a_number(rest))
        return Command(name, lang=lang, rest=rest) if strict or fits else None
    if name in ("earnings", "rank"):  # `我的收益`, `排行`: a word after them is talk (handlers.earnings)
        return Command(name, lang=lang) if strict or not rest else None
    if name == "payout" and rest.lstrip(":").strip().lower() in _PAYOUT_ALL:  # `提现 全部`: as bare `提现`
        rest = ""
    if name in ("payout", "payouts"):  # `提现`, `提现 50`, `提现审核 批准 3` (handlers.payouts reads `rest`)
        first = rest.split(maxsplit=1)[0].lower() if rest else ""
        # `提现 微信 wes888`, `提现全部 微信 wes888`: where to pay, after the amount or all of it
        bare_fits = not rest or rest[0] in "¥￥0123456789" or name == "payouts" or first in _PAYOUT_ALL
        bare_fits = bare_fits or _PAYOUT_TO.match(rest) is not None
        return Command(name, lang=lang, rest=rest) if strict or bare_fits else None
    if name == "help" and rest.lower() in ("share", "分享"):  # `/help share`, `帮助 分享`
        return Command("share_help", lang=lang)
    if name == "help" and rest.lower() in ("notes", "note", "笔记", "种草"):  # `/help notes`, `帮助 笔记`
        return Command("notes_help", lang=lang)
    if name == "help" and rest.lower() in HELP_TOPICS:  # `/help pay`, `帮助 团长`: that topic
        return Command(name, lang=lang, rest=HELP_TOPICS[rest.lower()])
    numbered = _ORDER_ARGS.match(rest) if name == "orders" and "-" in rest else None
    if numbered is not None and numbered.group("id"):  # `订单 1-3`, `/orders #1-3`: that order of hers
        return Command(name, lang=lang, order=order_number(numbered.group("id")))
    if name in ("orders", "help"):
        return Command(name, lang=lang) if strict or not rest else None
    if name == "start":
        return Command(name, lang=lang, rest=rest) if strict else None
    if name in ("pay", "refund"):  # `退款 12-3 谢谢`, `/refund 12-3 thanks`: as `已收 12-3 谢谢`
        rest = _without_courtesy(rest)
    if name == "refund" and rest.startswith("@"):  # `/refund @name`: the member's paid order here
        return Command(name, lang=lang, rest=rest)
    amount = refund_words.AMOUNT_AFTER.match(rest) if name == "refund" else None
    if amount is not None and _an_amount(amount):  # `退款 1-2 ¥78 坏了一盒`: 部分退款 (handlers.payments)
        why = (amount.group("reason") or "").strip()
        again = _AGAIN.search(why)  # `退款 1-2 78 确认`: the same part refund again, asked for once more
        why = why[: again.start()].strip() if again is not None else why
        if len(why) > MAX_REFUND_REASON:
            error = DomainError("refund_reason_too_long", limit=MAX_REFUND_REASON, length=len(why))
            return Command("invalid", lang=lang, error=error)
        note = f"{amount.group('amount').strip()} {why}".strip()
        number = order_number(amount.group("id"))
        return Command(name, lang=lang, order=number, note=note, confirmed=again is not None)
    several = _SEVERAL_NUMBERS.match(rest) if name == "refund" else None
    if several is not None and not strict and _QUESTION.search(several.group("reason") or ""):
        return None  # `退款 1-2 1-3 吗？`: talk
    if several is not None:  # money goes back one order at a time: nothing is half refunded
        return Command("invalid", lang=lang, error=_one_refund(several.group("first")))
    if name in ("pay", "refund"):
        match = _ORDER_ARGS.match(rest)
        reason = _REFUND_REASON.match(rest) if name == "refund" and match is None else None
        why = "" if reason is None else reason.group("reason").strip()
        if reason is not None and (strict or not _QUESTION.search(why)):  # `退款 12-3 吗？`: talk
            if len(why) > MAX_REFUND_REASON:
                error = DomainError("refund_reason_too_long", limit=MAX_REFUND_REASON, length=len(why))
                return Command("invalid", lang=lang, error=error)
            return Command(name, lang=lang, order=order_number(reason.group("id")), note=why)
        if match is None:
            usage = DomainError("pay_usage") if name == "pay" else DomainError("refund_usage", order="12-3")
            return _usage(strict, lang, usage)
        order = order_number(match.group("id")) if match.group("id") else None
        return Command(name, lang=lang, order=order)  # a bare `退款` is answered with its form
    if name == "join":
        match = _JOIN_ARGS.match(rest)
        if match is not None and match.group("word") in ("个", "件"):  # `跟团 6个`: pieces, as `+6个` is
            first = f" #{match.group('id')}" if match.group("id") else ""  # `跟团 #1 6个`: `+6个 #1`
            noted = parse_join(f"+{rest[match.end('id') if first else 0 :].strip()}{first}")
            if isinstance(noted, Join) and not noted.leave:
                return replace(_join_command(noted), lang=lang)
        numbered_note = _ID_AND_REST.match(rest) if match is None else None
        if numbered_note is not None:  # `/join #1 3号楼 2`, `/join 3号楼 2 #1`: as `/join 3号楼 2`, on #1
            addressed = note_word_first(numbered_note.group("rest") or numbered_note.group("rest2"))
            number = int(numbered_note.group("id") or numbered_note.group("id2"))
            if addressed is not None:
                return replace(_join_command(addressed), lang=lang, group_buy_id=number)
        if match is None and (addressed := note_word_first(rest)) is not None:  # `/join 3号楼 2`: 2, 3号楼
            return replace(_join_command(addressed), lang=lang)
        if match is None and rest[:1].isdigit():  # `/join 2 3号楼502`: a note after the quantity
            noted = parse_join(f"+{rest}")
            if isinstance(noted, Join):
                return replace(_join_command(noted), lang=lang)
        numbered = _ID_THEN_COUNT.match(rest) if match is None else None
        if numbered is not None and note_word_first(numbered.group("rest")) is None:
            noted = parse_join(f"+{numbered.group('rest')} #{numbered.group('id')}")  # `/join #1 6 eggs`:
            if isinstance(noted, Join) and not noted.leave:  # as `+6 eggs #1`, never 1 with a note
                return replace(_join_command(noted), lang=lang)
        negative = re.match(rf"^(?:#\s*(?P<id>\d+)\s*)?[-－]\s*(?P<n>{NUMBER})\b", rest)
        if negative:  # `/join #7 -2`: a join adds; taking units off is a leave
            at = f" #{negative.group('id')}" if negative.group("id") else ""
            error = DomainError("join_negative", n=negative.group("n"), at=at)
            return Command("invalid", lang=lang, error=error)
        counted = _JOIN_WORDS_COUNT.match(rest) if match is None else None
        if counted and (counted.group("id") or len(counted.group("words").split()) > 1):
            at = f" #{counted.group('id')}" if counted.group("id") else ""  # `/join #3 red bean 2`:
            noted = parse_join(f"+{counted.group('n')}{at} {counted.group('words')}")  # as `+2 #3 red bean`
            if isinstance(noted, Join) and not noted.leave:
                return replace(_join_command(noted), lang=lang)
        if match is None and _AMOUNT_FIRST.match(rest):  # `/join half a dozen`, `跟团 半打`: as `+半打`
            noted = parse_join(f"+{rest}")
            if isinstance(noted, Join) and noted.measured is not None and not noted.leave:
                return replace(_join_command(noted), lang=lang)
        if match is None and rest[:1] == "#":  # `/join #3 5kg`: one, of an option, as `+1 #3 5kg`
            noted = parse_join(f"+1 {rest}")
            if isinstance(noted, Join):
                return replace(_join_command(noted), lang=lang)
        if match is None and (named := _option_alone(rest, strict=strict)) is not None:
            return replace(named, lang=lang)
        how_many = read_quantity(match.group("n")) if match is not None and match.group("n") else 1
        if match is None or how_many is None:
            return _usage(strict, lang, DomainError("join_usage"))
        said = (match.group("friend") or match.group("friend_en") or "").strip()
        if len(said.split()) > 1:  # `/join for Wang sweet`, `跟团 帮 小王 甜的`: as `+1 for Wang sweet`
            marker = "for" if match.group("friend_en") else rest[: match.start("friend")].rstrip()[-1:]
            at = f" #{_id(match)}" if _id(match) is not None else ""
            noted = parse_join(f"+{how_many}{at} {marker} {said}")
            if isinstance(noted, Join) and not noted.leave:
                return replace(_join_command(noted), lang=lang)
        friend = _friend_said(match)  # `跟团 给我妈`: 妈妈
        return Command(name, lang=lang, quantity=how_many, group_buy_id=_id(match), friend=friend)
    if name == "wait":  # no quantity: 1, or what the member waits for already
        rest = "" if is_courtesy(rest) else _without_courtesy(rest)  # `/wait #9 2 please`: as `/wait #9 2`
        someone = _WAIT_FOR_FRIEND.match(rest)
        if someone is not None and (someone.group("before") or rest[:1] in ("帮", "替", "f", "F")):
            friend = _friend_said(someone)  # `候补 帮我留2份`, `候补 帮忙留一份`, `/waitlist for 2`: hers
            waited = _with_args(name, lang, someone.group("before"), strict=True)  # `候补 1 帮 妈妈`:
            mine = friend and (friend[0] in "我忙自" or re.search(r"\d|[一两二三四五六七八九十]份", friend))
            if waited is not None and waited.name == name and not mine:  # the wait as typed and whom it
                return replace(waited, friend=friend)  # is for (refused; `for me`: hers; `代餐` an option)
        negative = _WAIT_NEGATIVE.match(rest)
        if negative is not None:  # `/wait #9 -1`: a quantity out of range, as `/wait #9 0` (rep104 #8)
            return Command(name, lang=lang, quantity=-int(negative.group("n")), group_buy_id=_id(negative))
        worded = _WAIT_COUNT_WORD.match(rest)
        if worded is not None:  # `/wait #9 one`: as `/wait #9 1`
            rest = f"{worded.group('at') or ''}{_WAIT_COUNT_WORDS[worded.group('word').lower()]}"
        rest = _SIZE_AND_PACK.sub(r"\g<size>_\g<pack>", rest)  # `small box`: one option (undone below)
        match = _WAIT_ARGS.match(rest)
        if match is None and (strict or not (_CHATTY.search(rest) or _QUESTION.search(rest))):
            match = next(filter(None, (form.match(rest) for form in _WAIT_OPTION_ARGS)), None)  # 多规格
        if (
            match is not None
            and " " in (match.groupdict().get("option") or "")
            and not amount_word(match.group("option"))
        ):
            match = None  # `/wait a moment`: no amount
        wanted = read_quantity(match.group("n")) if match is not None and match.group("n") else None
        if match is None or (match.group("n") and wanted is None):
            return _usage(strict, lang, DomainError("waitlist_usage"))
        option = _SIZE_AND_PACK_JOINED.sub(r"\g<size> \g<pack>", match.groupdict().get("option") or "")
        return Command(name, lang=lang, quantity=wanted, group_buy_id=_id(match), option=option)
    if name == "unwait":  # `取消候补`, `取消候补 5斤` (多规格: that option's entry only)
        match = _UNWAIT_ARGS.match(rest)
        talk = not strict and bool(_CHATTY.search(rest) or _QUESTION.search(rest))
        if match is None or (match.group("option") and talk):
            return _usage(strict, lang, DomainError("id_usage", command=t(lang, f"cmd_{name}")))
        return Command(name, lang=lang, group_buy_id=_id(match), option=match.group("option") or "")
    if name == "leave":
        someone = _LEAVE_MENTION_ARGS.match(rest)
        if someone is not None:  # `退出 #6 @Bob`: whose line is the handler's to say
            return Command(
                name, lang=lang, group_buy_id=_id(someone), friend=someone.group("who"), mentioned=True
            )
        match = _LEAVE_ARGS.match(rest)
        option, friend = "", ""
        if match is None and (strict or (not _CHATTY.search(rest) and not _QUESTION.search(rest))):
            match = _LEAVE_FRIEND_ARGS.match(rest)  # `退出 帮 小王`, `/leave large for Wang`
            if match is not None and match.group("option_first") and match.group("option"):
                match = None  # two options around the friend: not a leave
            if match is not None:
                friend = friend_name(match.group("friend") or match.group("friend_en"))[:MAX_FRIEND]
                option = match.group("option_first") or match.group("option") or ""
            else:
                match = _LEAVE_OPTION_ARGS.match(rest)  # `退出 5斤`: an option (多规格)
                option = match.group("option") if match is not None else ""
        fewer = read_quantity(match.group("n")) if match is not None and match.group("n") else None
        if match is None or (match.group("n") and fewer is None):
            return _usage(strict, lang, DomainError("leave_usage"))
        measured = leave_measure(fewer, option)  # `退出 2斤`, `/leave 2 kg`: by weight where sold so
        piece = match.groupdict().get("word")
        if measured is None and fewer and piece in ("个", "件"):  # `退出 1个`: pieces, as `-1个` is
            measured = amount_word(f"{fewer}{piece}")
        elif measured is None and fewer and piece in ("枚", "颗"):  # `退出 6枚`: eggs, as `-6枚` is
            measured = Measured(fewer, piece)
        return Command(
            name,
            lang=lang,
            quantity=fewer,
            group_buy_id=_id(match),
            option=option,
            friend=friend,
            measured=measured,
        )
    if name in ("cancel", "cancel_order"):  # `/cancel 12-3`, `取消订单 @Eve`: an unpaid order dropped
        called_off = _called_off_with_reason(name, lang, rest, strict=strict)
        if called_off is not None:
            return called_off
        dropped = _order_to_cancel(name, lang, rest, strict=strict)
        if dropped is not None or name == "cancel_order":
            return dropped
    match = _ID_ARGS.match(rest)
    if match is None:
        return _usage(strict, lang, DomainError("id_usage", command=t(lang, f"cmd_{name}")))
    return Command(name, lang=lang, group_buy_id=_id(match))


# `/cancel #3 supplier out of stock`, `取消 #3 供应商缺货`: called off with a reason for its buyers
_CANCEL_REASON = re.compile(r"^#\s*(?P<id>\d+)(?![\d-])[\s,，:：;；]*(?P<reason>[^\s\d@#-].*)$", re.DOTALL)


# Words after `取消 #3` (no slash) that speak of someone's line or order, not of the whole group buy
# (`取消 #3 小王的订单`, `取消 #3 帮妈妈那份`): never read as calling it off
_ABOUT_A_LINE = re.compile(r"订单|的|份|帮|个|斤|我|他|她")


def _called_off_with_reason(name: str, lang: str, rest: str, *, strict: bool) -> Command | None:
    """`/cancel #3 supplier out of stock`: `cancel` of #3 with the reason as its `note` (told to the group
    and each buyer); a question after it (`取消 #3 吗？`) typed without a slash is talk. `确认` / `confirm`
    before or after the reason, or alone after the number (`取消 9 确认`, `/cancel confirm`), is the yes its
    question asked for (`confirmed`: a group buy with buyers is called off only so). None: no such form."""
    if name != "cancel":
        return None
    confirmed = _CANCEL_CONFIRMED.match(rest.strip())  # `取消 9 确认`: asked, and said yes
    number = confirmed.group("id") if confirmed is not None else None
    if confirmed is not None and (number or strict):  # `取消确认` without a number: talk, as ever
        return Command("cancel", lang=lang, group_buy_id=int(number) if number else None, confirmed=True)
    match = _CANCEL_REASON.match(rest)
    if match is None:
        return _called_off_unnumbered(lang, rest, strict=strict)
    why = _without_courtesy(match.group("reason")).strip()
    first, last = _CONFIRMED.match(why), _AGAIN.search(why)  # `取消 #3 确认 缺货`, `取消 #3 缺货 确认`
    yes = first or last
    if first is not None:
        why = (first.group("why") or "").strip()
    elif last is not None:
        why = why[: last.start()].strip()
    if yes is not None and not why:
        return Command("cancel", lang=lang, group_buy_id=int(match.group("id")), confirmed=True)
    if not why or (not strict and (_QUESTION.search(why) or _ABOUT_A_LINE.search(why))):  # talk, as ever
        return None
    if len(why) > MAX_REFUND_REASON:
        error = DomainError("cancel_reason_too_long", limit=MAX_REFUND_REASON, length=len(why))
        return Command("invalid", lang=lang, error=error)
    group_buy_id = int(match.group("id"))
    return Command("cancel", lang=lang, group_buy_id=group_buy_id, note=why, confirmed=yes is not None)


# `取消这个团`: the organiser's own open one, as `取消` alone
_THIS_GROUP_BUY = re.compile(r"^(?:这个团购?|这团|本团|这次的?团购?)[\s.。!！]*$")
# `取消 货源断了`, `取消，货源断了`, `取消 原因：货源断了`, `/cancel supplier out`: a reason, no number
_UNNUMBERED_REASON = re.compile(
    r"^[\s,，:：;；]*(?:(?:原因|理由|because of|because|reason)[\s:：,，]*)?"
    r"(?P<reason>[^\s\d@＠#＃+＋\-].*)$",
    re.IGNORECASE | re.DOTALL,
)
# `/cancel Eve` (a buyer's order meant, `/cancel @Eve`), `/cancel abc`: one Latin word is no reason
_A_NAME = re.compile(r"^[A-Za-z]+[.!。！]*$")
_CHATTER_REASON = re.compile(r"^(?:谢|感谢|哈|呵|嗯|好的)|[吧吗呢啊呀哈嘛]\W*$")


def _called_off_unnumbered(lang: str, rest: str, *, strict: bool) -> Command | None:
    """`取消 货源断了`, `取消这个团`, `/cancel supplier out`: `cancel` naming no number, its reason (if any)
    as its `note`: the organiser's own open one here is asked to be confirmed, as `取消 #1，货源断了`
    is; typed without a slash by anyone else it stays talk (handlers.group_buys.cancel). None: no such
    form (a question, someone's line, a name, an order: the order's cancel reads it)."""
    if _THIS_GROUP_BUY.match(rest):
        return Command("cancel", lang=lang)
    match = _UNNUMBERED_REASON.match(rest)
    if match is None:
        return None
    why = _without_courtesy(match.group("reason")).strip()
    if len(why) < 2 or _CONFIRMED.match(why) or _AGAIN.search(why) or _A_NAME.match(why):
        return None  # `取消确认` without a number, `取消了`, `取消吧`: talk, as ever
    if _CHATTER_REASON.search(why):  # `取消 谢谢大家`, `取消 太贵了吧`: talk
        return None
    if _QUESTION.search(why) or (not strict and _ABOUT_A_LINE.search(why)):
        return None
    if len(why) > MAX_REFUND_REASON:
        error = DomainError("cancel_reason_too_long", limit=MAX_REFUND_REASON, length=len(why))
        return Command("invalid", lang=lang, error=error)
    return Command("cancel", lang=lang, note=why)


def _order_to_cancel(name: str, lang: str, rest: str, *, strict: bool) -> Command | None:
    """`/cancel 12-3`, `取消 12-3`, `/cancel @Eve`, `取消订单 3`: the organiser drops an unpaid order
    (`cancel_order`, handlers.order_cancel); several numbers are refused whole (one at a time). For
    `cancel` only an order's full number (`12-3`) or a name: `/cancel`, `/cancel #12` call the group buy
    off. None: not an order's cancel (`取消订单` without one: its form when typed apart or with a slash)."""
    rest = _without_courtesy(rest)
    if rest.startswith(("@", "＠")):
        named = _NAMED_CONFIRMED.match(rest)  # `取消订单 @Hal 确认`: though he reported paying
        if named is not None:
            return Command("cancel_order", lang=lang, rest=named.group("who"), confirmed=True)
        return Command("cancel_order", lang=lang, rest=rest)
    several = _SEVERAL_NUMBERS.match(rest)
    if several is not None and not strict and _QUESTION.search(several.group("reason") or ""):
        return None  # `取消 2-19 2-15 吗？`: talk
    if several is not None and (name == "cancel_order" or "-" in rest):
        first = f"{order_number(several.group('first'))} {several.group('reason') or ''}".strip()
        # the example keeps her reason: `请分开发：取消订单 2-19 没付款`
        error = DomainError("cancel_order_one_at_a_time", order=first)
        return Command("invalid", lang=lang, error=error)
    match = _ORDER_ARGS.match(rest)
    typed = match.group("id") if match is not None else None
    if typed and (name == "cancel_order" or "-" in typed):
        return Command("cancel_order", lang=lang, order=order_number(typed))
    reason = _REFUND_REASON.match(rest) if match is None else None  # `取消订单 2-4 不要了`: as `/refund`
    if reason is not None and (name == "cancel_order" or "-" in reason.group("id")):
        why = reason.group("reason").strip()
        if not strict and _QUESTION.search(why):  # `取消订单 2-4 吗？`: talk
            return None
        confirmed = _CONFIRMED.match(why)  # `取消订单 1-4 确认`: though its buyer reported paying
        if confirmed is not None:
            why = (confirmed.group("why") or "").strip()
        if len(why) > MAX_REFUND_REASON:
            error = DomainError("cancel_reason_too_long", limit=MAX_REFUND_REASON, length=len(why))
            return Command("invalid", lang=lang, error=error)
        number = order_number(reason.group("id"))
        return Command("cancel_order", lang=lang, order=number, note=why, confirmed=confirmed is not None)
    if name == "cancel" and strict and rest and not _ID_ARGS.match(rest):  # `/cancel 1-4?!`: both forms
        return Command("invalid", lang=lang, error=DomainError("cancel_order_usage"))
    if name == "cancel" or (not strict and rest):
        return None
    return Command("invalid", lang=lang, error=DomainError("cancel_order_usage"))


def _option_alone(rest: str, *, strict: bool) -> Command | None:
    """`/join sweet`, `/join 甜的 2`: a join of an option named without a group buy's number, resolved by
    the handler against the group buys open here (handlers.option_question.join). Typed with a slash it
    is answered whatever the word (`option_alone`); `跟团 甜的` without one is a join only when an option
    open here is called so (as `我要 red`), else chatter. None when `rest` is not one such word."""
    match = _JOIN_OPTION_ARGS.match(rest) or _JOIN_OPTION_FRIEND_ARGS.match(rest)
    if match is None or (not strict and (_CHATTY.search(rest) or _QUESTION.search(rest))):
        return None
    word = match.group("option")
    if word.lower() in _NOT_AN_OPTION or is_courtesy(word):
        return None
    quantity = read_quantity(match.group("n")) if match.group("n") else 1
    if quantity is None:
        return None
    said = match.groupdict()
    friend = said.get("friend") or said.get("friend_en") or ""  # `/join sweet for Wang`
    friend = "" if friend.lower() in _SELF else friend
    return Command("join", quantity=quantity, option=word, option_alone=strict, friend=friend)


# `已收 全部`, `已收全部`: every reported payment confirmed (handlers.orders)
_PAID_EVERY = re.compile(r"^(?:全部|所有)[\s.!。！~～]*$")


def _bare_args_fit(name: str, rest: str) -> bool:
    if name in codes.ALL_COMMANDS:  # `核销 4827`, `设置帮手 @Cat`; `核销了吗` is talk
        return codes.fits_bare(name, rest)
    if name in reports.ALL_COMMANDS:  # `付了`, `已付款 7`, `未收到 7`; `付了吗`, `没收到消息` are talk
        return reports.fits_bare(name, rest)
    if name in edit_words.ALL_COMMANDS:  # `修改 价格 80`, `踢出 @Bob`; `修改一下吧` is talk
        return edit_words.fits_bare(name, rest)
    if name == "paid" and _PAID_EVERY.match(_without_courtesy(rest)):  # `已收全部`, `已收 全部 谢谢`
        return True
    if name in ("paid", "picked_up", "unpaid", "unpicked_up"):  # `已收 7-2、7-5 谢谢`; `已收到货了吗` is talk
        return bool(_PAID_BARE.match(rest)) or _courteous(_PAID_SEVERAL.match(rest))
    if name == "lang":  # `语言 法语`, `语言 日文`: a language it does not speak, answered so (rep94 #11)
        return not rest or normalize_language(rest) is not None or bool(_LANGUAGE_NAMED.match(rest))
    if name in ("pickup", "payment_note"):  # `自提 小区南门 5点` names one; `自提在哪？` asks
        return bool(rest) and not _QUESTION.search(rest)
    return True


# a language named after `语言` (`法语`, `日文`, `French`), read as one it does not speak; `语言 不通` is talk
_LANGUAGE_NAMED = re.compile(r"^(?:[\u4e00-\u9fff]{1,3}[语文]|[A-Za-z]{2,12})$")


def _without_courtesy(rest: str) -> str:
    """What was typed before a courtesy set apart at its end (`12-3 谢谢` -> `12-3`); else all of it."""
    for gap in _COURTESY_GAP.finditer(rest):
        if gap.start() and is_courtesy(rest[gap.end() :]):
            return rest[: gap.start()]
    return rest


def _an_amount(match: re.Match[str]) -> bool:
    """`退款 1-2 78`, `退款 3 ¥78`: an amount after the order number, not a second order (`退款 1-2 1-3`):
    after a full number (`12-3`) any number, after a bare one (`退款 3 5`) one with ¥, 元 or a decimal."""
    amount = match.group("amount")
    return any(dash in match.group("id") for dash in "-–—") or not amount.strip().isdigit()


def _one_refund(first: str) -> DomainError:
    return DomainError("refund_one_at_a_time", order=str(order_number(first)))


def _courteous(match: re.Match[str] | None) -> bool:
    """Order numbers (and mentions) read, with nothing after them but a courtesy (`谢谢`, `thanks`)."""
    return match is not None and (match.group("tail") is None or is_courtesy(match.group("tail")))


def _id(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    raw = groups.get("id") or groups.get("id2")
    return group_buy_number(raw) if raw else None


def _usage(strict: bool, lang: str, error: DomainError) -> Command | None:
    return Command("invalid", lang=lang, error=error) if strict else None
