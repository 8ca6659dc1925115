"""The 接龙 grammar: how people join and leave by typing, defined once for every platform.

A join is a *head* that says how many, then an optional *tail*:

    head   = [🙋 | me too | 我也] ( [接龙|跟团|参团|报名] +N[+M…] | 加N | 我要N[份] | 来N份 | 接N | 接龙 N
             | 参团 N | N份 )
    tail   = [份|个|件] [#id] [friend] [note]
    friend = (帮|给|替|代) NAME [[也](来|报|带|拿|订|买) N份]  |  for NAME  |  @NAME alone (`+1 @Cat`)
             (also after option / note words: `+1 大盒 帮 小李`); alone: 帮 NAME [也](来|报|要…) N份 [#id]
    or the friend first: (帮|给|替|代) NAME (+N | 加N | -N | 减N) [tail]  |  for NAME ±N [tail]
             (`帮小王 +2 甜的`, `帮小王 -1`); 我 and a kinship word: the friend without 我 (`给我妈`: 妈妈),
             我 and a role word: the name after it (`帮我同事小王`: 小王); `@Kim`: Kim
    note   = 备注[:] TEXT  |  (TEXT)  |  TEXT   (a bracketed part is a note, never read for a friend)
    or in English words, the whole message: me too | count me in | I'm in [for N] | one for me
             | I want N [unit] | xN, then only [+N | xN] [#id] [please] (`Join.in_words`), or after the
             first three a friend: for my ROLE [Name] | for @NAME (`_SPOKEN_FOR`); in Chinese
             我也要 | 算我一个 | 我也来一份 | 加我一个, then only [#id] [谢谢]

One person a message: a second `+N` with a friend (`+1 for me and +1 for my mum`, `+1 +1 帮妈妈`,
`帮小王 +1 帮 小李`, `one for me and one for my mum`) or `我和妈妈各一份` is refused
(`join_one_at_a_time`) with the two messages to send. So is one group buy a message: a second `+N` / `加N` /
`-N` in the note (`+1 芒果 +2 大葱`), or products each before their count (`芒果+1 鸡蛋+2`), are `Join.items`,
refused where they name group buys open there (handlers.several_items).

`+1+1` is 2, so is `+1 x2`; `+1 帮 小王 2份` is 2 units on 小王's own line (`for my mum`: "mum"'s; `for me`,
`帮 我`: the member's own); the note is kept per line (`+1 3号楼502`); `+1 thanks Amy!` is courtesy whole.
Courtesy is not a note (`+1 谢谢团长`, `+1 please`, `+1 🥚`): it is dropped, also after a note
(`+1 3号楼 谢谢` keeps "3号楼"). A member may paste WeChat's own 接龙 list with their line added at the
end (`#接龙\\n海南芒果\\n\\n1. Amy 2份\\n2. 小李 +1 3栋`): the last numbered line is theirs.

A quantity in a unit word is `Join.measured` (`+2斤`, `+1 2斤`, a pasted `2. 小李 2斤`), also when it is
no whole number of the unit (`+1.5斤`, `+半斤`, a pasted `两斤半`: `Measured.part`): a group buy sold in
that unit counts it or refuses it (commerce.services.group_buys), one sold by the 份 reads the join as
before (a count word no unit here, `+2条`, is passed on as a unit: refused, never a note). So is a
leave's (`-2kg`, `-1 kg #11`, `减1斤`, `退2斤`, `-1.5kg`); a `#id` standing apart anywhere in a join
is the group buy's (`+1 小 #3`); the group buy's number may follow an English unit word (`+5 kg #11
for my mum`) or come first (`#11 +2kg`, `#11 -1`); a quantity in a unit word alone (`2kg`, `2 kg
please`, `两斤`) is `Join.bare`: a join only where sold so (handlers.app).
What looks like a join but cannot be read (`+1.5`, `+abc`) is `UNREADABLE`, answered with one hint;
a phone number (`+86 138…`) and other chatter is None, and the bot stays quiet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from commerce.domain.errors import DomainError
from commerce.domain.units import Measured, grams, unit_key
from handlers.parsing.numbers import CHINESE_NUMERAL, NUMBER, group_buy_number, parse_int
from handlers.parsing.numbers import quantity as read_quantity
from handlers.parsing.option_words import looks_like_option

MAX_FRIEND = 32
MAX_NOTE = 60


@dataclass(frozen=True)
class Join:
    """A join (`leave=False`) or a leave read from a message; `lang` is "zh" when Chinese words were used
    (an amount's numeral, 半 or unit word is none: `+半斤` is answered as `+1` is)."""

    quantity: int
    group_buy_id: int | None = None
    friend: str = ""
    note: str = ""
    lang: str | None = None
    leave: bool = False
    option: str = ""  # a leave's option (多规格: `-1 5斤`); a join's is in its note, but `我要 red`'s here
    # `我要2 red`: a quantity without units, then one word (the note): a join only when that word names an
    # option of a group buy open there (the handler tells, as for `我要 red`; `我要2 小时` is chatter)
    unitless: bool = False
    list_title: str = ""  # a pasted 接龙 list's title line: with several open, the group buy it names
    # a pasted 接龙 list's line states what the member's line holds in all: re-pasted unchanged, no more
    pasted: bool = False
    # a pasted line naming none of her names: the name it starts with (`2. 张叔 3斤`), refused when that
    # is another member already on the group buy (a list pasted back, her own line not added)
    list_name: str = ""
    # a pasted list's lines after hers naming someone else (`7. 文文妈妈 1` under her own): (the name, the
    # amount as a join types it: `1`, `2斤`), never joined; the handler says which were not added
    extra_lines: tuple[tuple[str, str], ...] = ()
    # `+1 @Cat`: the friend is a mention alone (the handler reads the organiser's or her own as her line)
    mentioned: bool = False
    # the quantity read with the unit word typed after it (`+2斤`, `2. 小李 2箱`, `+2 kg`): on a group buy
    # sold in a unit (`价格 15元/斤`) it is what counts, or is refused in another one (commerce.domain.units)
    measured: Measured | None = None
    # `2kg`, `2 kg please`, `两斤` without a `+`: a join only on a group buy open there sold in a unit it
    # counts in (the handler tells; elsewhere the join hint at most, handlers.join_hint)
    bare: bool = False
    # said in English words (`me too`, `count me in`, `I want 2`, `x2`): a join where a group buy is open,
    # talk (left unanswered) in a group where none is
    in_words: bool = False
    still: bool = False  # `can I still order 1?`, `还能要一份吗`: a question answered, not a join (`_STILL`)
    # a count stated without "more" (`I want 4 veg`, `ill take 2 small`, `put me down for the large`):
    # from one already holding that line, an echo or asked, never more added (handlers.echoes)
    stated: bool = False
    # the language such words tell of the member (`count me in`: en; `x2`: none): what they are told
    # privately speaks it (`handlers.members.own_languages`), and so does the answer here (`Context.lang`)
    heard: str | None = None
    # `改成2份`, `我只要2份`: her own line set to `quantity` (a leave of the difference, or a join; 0: off
    # the list), the handler reading what she holds
    set_to: bool = False
    # `我要12个鸡蛋`, `来6个鸡蛋`, `I want 12 eggs`: a quantity (in a unit), then a word: a join (as
    # `+12个鸡蛋`, `+12 eggs`) only where that word names the product of a group buy open there (the handler
    # tells; `我要2个小时`, `I want 2 more` are chatter)
    titled: bool = False
    # `+1kg lychee +1 durian`, `+1 芒果 +2 大葱`: a second `+N` / `加N` / `-N` in the note: the messages to
    # send one by one (the first as typed, then the rest), refused where the rest names another group buy
    # open there (handlers.several_items), else the join as read
    items: tuple[str, ...] = ()
    # `芒果+1 鸡蛋+2`: each product before its count (`items`: `+1 芒果`, `+2 鸡蛋`): refused where they
    # name group buys open there, else talk (left unanswered)
    items_first: bool = False
    # `Vanilla -1`, `香草 -1`, `小王 -1`: the word before a leave's count (no kinship word, mention nor 我):
    # the option of that name where one is open here (an option wins over a friend), else the friend's
    # line when it is a person's name (`friend`), else talk (handlers.group_buys tells)
    named_first: str = ""
    # a pasted list's line naming products with their counts (`小周 芒果2`, `老张 芒果1 鸡蛋1`): each
    # (product word, count), joined as `+2 #1` where the word names a group buy open here (the handler
    # tells: naming none of them, the line reads as before)
    products: tuple[tuple[str, int], ...] = ()
    # the bot's card list pasted back whose last line names someone else (`4. 小周 芒果2` from 老张): not
    # hers, nothing joined; answered with the join that adds it (only with `products`)
    not_hers: bool = False
    # a pasted list's other lines naming someone (the name, the line as typed, its count): checked against
    # what is recorded (`2. 张叔 3盒` where 张叔 has 2: a remark, nothing changed; rep77 #9)
    listed: tuple[tuple[str, str, int], ...] = ()
    own_twice: int = 0  # her name on several lines of a pasted list: their count in all (one remark)
    # whom each other line of a pasted list is for (`帮赵奶奶 2`: 赵奶奶), hers left out: a name on more
    # lines than the group buy holds for it has a new line (`extra_lines`' one said, never dropped: rep81 #7)
    list_names: tuple[str, ...] = ()
    # her pasted line's words saying less or none (`小美 不要了`, `小美 0盒`, `小美 2盒 -1`): a paste never
    # lowers her line, nothing joined; the handler says what she holds and how to leave or lower it
    own_off: str = ""
    # `豆沙 2`, `菜 2 肉 3`, `veg 2 pork 3`, `2 small 1 large`: words each with a bare count (`items`, as
    # `+2 豆沙 +3 咸蛋黄`): a join only where the words are options of a group buy open here, else talk
    # (handlers.option_items.counted)
    counted_options: bool = False


UNREADABLE: Final = "unreadable"

# `只` a word of its own (`+2只`; `+1 只要大的` is a note)
_UNIT = r"(?:份|个|件|箱|盒|袋|组|套|瓶|包|斤|只(?![\u3400-\u9fff]))"
# "for 小王" in a 接龙: `帮 小王`, `给 小王`, `替 小王`, `代 小王` (`代小王` too, but not a note's 代收,
# 代购, 代发…, nor 代餐 (meal replacement, a product), nor 代报: the organiser's command)
FOR_FRIEND = r"(?:帮|给|替|代(?![报收购发付买拿取领下表理金码餐]))"
FRIEND_WORDS = frozenset({"帮", "给", "替", "代"})  # one alone: the friend's name was meant to follow
_HAND = (
    r"(?:🙋[\U0001F3FB-\U0001F3FF]?(?:\u200d[♀♂]\ufe0f?)?|✋[\U0001F3FB-\U0001F3FF]?|🙌"
    r"|me\s+too[!,.]*|我也)"  # `Me too! +1`
)
# A join said in English words, the whole message (`_spoken_join`): `me too`, `count me in`, `I'm in` (1),
# `one for me`, `plus one`, `I want 2`, `x2`, `2 please`; then only an `+N` / `xN` where none was said, a
# `#id`, `please`, punctuation. `me too, I'll take it to my mum` is talk.
_EN_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_EN_NUMBER = rf"(?:\d{{1,3}}|{'|'.join(_EN_COUNTS)})"
# `can I still order 1?`, `could I still join?`: a join asked about, the whole message (`Join.still`)
_STILL = re.compile(
    r"^(?:can|could|may)\s+i\s+still\s+(?:order|join|get|buy|have|add)"
    r"(?:\s+(?P<n>[1-9]\d?|one|two|three|a|an|another|some))?(?:\s+(?:more|please|pls))?[\s?？.!]*$",
    re.IGNORECASE,
)
# Its Chinese twins: `还能要一份吗？`, `还可以跟吗`, `现在还能跟团吗`, `还能不能买`: a question, never a join
_STILL_ZH = re.compile(
    r"^(?:请问|那|现在|我)*还(?:能|可以|能不能|可不可以)(?:再)?"
    r"(?:要|跟|跟团|参团|参加|买|订|下单|报名|接龙|加)"
    rf"(?:(?P<n>{NUMBER})\s*(?:份|个))?(?P<asked>吗|么|嘛|不|呢)?[\s?？。.!！~～]*"
    # `还能要一份吗？没赶上`: why after it, the same question
    r"(?:[,，]?\s*(?:没赶上|没跟上|错过了|来晚了|晚了|刚看到|才看到)(?:了|啦)?[\s?？。.!！~～]*)?$"
)
_SPOKEN = re.compile(
    # `I'm in for 2`, `count me in for 2` (s39 #1)
    rf"^(?:(?:i\s*['’]?\s*m|i\s+am|count\s+me)\s+in\s*,?\s+for\s+(?P<infor>{_EN_NUMBER})"
    r"|(?:me\s+too|count\s+me\s+in|i\s*['’]?\s*m\s+in|i\s+am\s+in|same\s+(?:for\s+me|here))"  # `same for me`
    rf"|(?P<mine>{_EN_NUMBER})\s+for\s+me"
    rf"|plus\s+(?P<plus>{_EN_NUMBER})"  # `plus one`: +1 said in words, as `加一` is
    # `ill take 2`: the apostrophe a phone left out
    rf"|i(?:\s+(?:want|need|would\s+like|will\s+take)|\s*['’]?(?:d\s+like|ll\s+take))\s+(?P<want>{_EN_NUMBER})"
    r"|[x×*]\s*(?P<times>\d{1,3})"
    rf"|(?P<asked>{_EN_NUMBER})(?=[\s,.!~]*(?:please|pls|plz)(?![a-z])))"  # `2 please`, as `+2`
    r"(?=[\s,.!~+#]|$|(?<=\d)[a-z斤公千克])(?P<rest>.*)$",  # `I want 2kg`: its unit glued on
    re.IGNORECASE,
)
# `#2 please`, `#2 x2 please`, `one for #2 please`: a join of #2 said in words (`_spoken_numbered`)
_SPOKEN_NUMBERED = re.compile(
    rf"^(?:#\s*(?P<id>\d+)(?:[\s,.!~]+(?:(?P<n>{_EN_NUMBER})|[x×*]\s*(?P<times>\d{{1,3}})))?"
    rf"|(?P<nfor>{_EN_NUMBER})\s+for\s+#\s*(?P<for_id>\d+))"
    r"(?P<rest>(?:[\s,.!~]+|(?:please|pls|plz)(?![a-z])|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+)*)$",
    re.IGNORECASE,
)
_SPOKEN_EXTRA = re.compile(
    r"\s+|[,.!~]+|\+\s*(?P<plus>\d{1,3})(?!\d)|[x×*]\s*(?P<times>\d{1,3})(?!\d)|#\s*(?P<id>\d+)"
    r"|(?:please|pls|plz)(?![a-z])"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]+",  # `i'll take two pls 🙏`: an emoji, no words
    re.IGNORECASE,
)
# Their Chinese twins, the whole message: `我也要`, `算我一个`, `我也来一份`, `加我一个` (1; `我也要两份`
# is the `我也` of `_HAND`), then only punctuation, a courtesy word or a `#id` (`我也要！`, `算我一个 #3
# 谢谢`); `我也要去`, `我也要问` are talk.
_SPOKEN_ZH = re.compile(
    r"^(?:[🙋✋🙌][\U0001F3FB-\U0001F3FF]?\s*)?"
    r"(?:我也要|我也来(?:一(?:份|个))?|我也(?:要)?(?:跟|跟团|参团|参加|报名)(?:一(?:份|个))?|(?:也)?算我(?:一(?:个|份))?"
    r"|加我一个|带我一个|我也要一(?:份|个))"
    r"(?P<rest>(?:[\s,.!~，。！～、]|谢谢|感谢|多谢|团长|亲|#\s*\d+)*)$"
)
# A verb saying the count is for the friend (`也来一份`, `带一份`, `报2份` after 也: `再报2份`); a verb alone
# only before a count in words (`+1 帮阿来2份` is 阿来's 2)
_VERB_COUNT = r"(?:(?:也|再|都|还)(?:来|报|带|拿|订|买)|(?:来|报|带|拿|订|买)(?=[一两二三四五六七八九十]))"
# A friend's join said in a sentence, the whole message: `帮我同事小王也报一份 #2`, `帮我妈也来一份`,
# `给小李来两份` (then only what `_SPOKEN_ZH` allows): as `+1 帮 小王`, `+2 帮 小李`; `帮我看看要一份吗`
# is talk.
_FRIEND_SAID = re.compile(
    rf"^{FOR_FRIEND}\s*(?P<name>[^\s\d+#@,，。.!！?？~～]{{1,10}}?)\s*(?:{_VERB_COUNT}|要)"
    rf"(?P<n>{NUMBER})\s*(?:份|个)(?P<rest>(?:[\s,.!~，。！～、]|谢谢|感谢|多谢|团长|亲|#\s*\d+)*)$"
)
# `改成2份`, `我改成1份`, `我就改成1份`, `改成 2`, `我只要2份`, `数量改为两份 #3`: the whole message sets her
# own line to that many (`Join.set_to`); `改成2份装`, `改成3号楼` are talk.
# a count word a set-to may say (`只要1捆`): the group buy's unit, or one its title says (大葱 1捆)
_COUNTED_ZH = r"捆|把|盒|箱|袋|包|瓶|只|条|罐|串|颗|枚|束|扎|桶|支|斤|公斤|千克|打"
# and the kg a Chinese chat types too (`改成2kg`, `改成2 KG`: as `改成2公斤`)
_COUNTED_SET_TO = rf"{_COUNTED_ZH}|(?i:kgs?)(?![a-z])"
_SET_TO = re.compile(
    rf"^(?:我?(?:就|只|还是)?(?:要|想)?(?:数量)?(?:改成|改为|改到|换成)|我?(?:只要|就要))\s*(?P<n>{NUMBER})\s*"
    rf"(?:份|个|件|(?P<unit>{_COUNTED_SET_TO}))?"
    r"\s*(?:#\s*(?P<id>\d+))?(?:[\s,.!~，。！～]|谢谢|吧|哈)*$"
)
# `改成1.5kg`, `改成 1.5 公斤`, `改成半斤`, `改成1.5`: a set-to of no whole number (`Measured.part`): counted
# where it comes to whole units of the group buy (1.5 kg on one sold by the 斤), else answered with what
# amounts work (rep102 #4: no reply at all)
_SET_TO_PART = re.compile(
    r"^(?:我?(?:就|只|还是)?(?:要|想)?(?:数量)?(?:改成|改为|改到|换成)|我?(?:只要|就要))\s*"
    r"(?P<amount>(?:\d+\s*[.．]\s*\d+|半)[^#]*?)\s*(?:#\s*(?P<id>\d+))?(?:[\s,.!~，。！～]|谢谢|吧|哈)*$"
)
_PART_PORTIONS = re.compile(r"^(?P<n>\d+\s*[.．]\s*\d+)\s*(?:份|个|件)?$")
# `count me in, 2 jars please`, `me too 2 boxes`: a number and its unit word after the words of a join
# (`_spoken_join`), as `+2 jars`; the word no unit (`2 days late`) stays talk.
_SPOKEN_COUNTED_AFTER = re.compile(
    rf"^[\s,.!~]*(?P<n>{_EN_NUMBER})\s*(?P<unit>[a-z]{{2,12}})(?![a-z])(?P<rest>.*)$", re.IGNORECASE
)
# `count me in for my mum`, `me too for my neighbour Bob`, `I'm in for @Kim please`: the friend's line said
# after the words of a join (`_spoken_join`), as `+1 for my mum`; only a role word after my / our (`_ROLES`)
# or a mention names one (`count me in for dinner`, `me too for my birthday` are talk).
_SPOKEN_FOR = re.compile(
    r"^[\s,]*(?P<who>for\s+(?:(?:my|our)\s+(?P<role>[a-z]+)(?![a-z'’-])|@[^\s@#]).*)$",
    re.IGNORECASE | re.DOTALL,
)
# `I want 12 eggs`: one word after the number said, maybe the product's (`Join.titled`; `I want 2 days off`
# is talk).
_SPOKEN_GOODS = re.compile(r"^\s+(?P<word>[a-z][a-z'’-]{1,19})(?![a-z])(?P<rest>.*)$", re.IGNORECASE)
# `I want half a dozen`, `I'd like half a kg`: half of a unit said in words (`_spoken_join`), as `+半打`.
_SPOKEN_HALF = re.compile(
    r"^i(?:\s+(?:want|need|would\s+like|will\s+take)|\s*['’](?:d\s+like|ll\s+take))\s+"
    r"(?P<amount>half\s+(?:an?\s+)?[a-z]+)(?![a-z])(?P<rest>.*)$",
    re.IGNORECASE,
)
# `one for me and one for my mum`: a second person after `N for me` (`_spoken_join`), refused as
# `+1 for me and +1 for my mum` is.
_SPOKEN_SECOND = re.compile(
    rf"^\s*(?:[,，&]|\s|and|plus)+\s*(?P<n>{_EN_NUMBER})\s+(?P<who>for\s+(?:(?:my|our)\s+)?[a-z\u3400-\u9fff]\S{{0,19}}?)"
    # a courtesy after it (`… for my mum please`, `… 谢谢`) as without one
    r"(?:[\s,.!~，。！]+(?:please|pls|plz|thanks?(?:\s+you)?|thx)|[\s,.!~，。！]*(?:谢谢|感谢|多谢)\S{0,3})*"
    r"[\s,.!~，。！]*$",
    re.IGNORECASE,
)
# A bracketed part (`+2 (one for my sister)`, `+1（帮妈妈）`): a note kept whole, never read for a friend.
_BRACKETED = re.compile(r"[(（\[【][^)）\]】]*(?:[)）\]】]|$)")
# A second join in one message (`+1 for me and +1 for my mum`, `+1 +1 帮妈妈`, `+1 我和妈妈各一份`): one
# person per message, asked to send them one by one (`join_one_at_a_time`), nothing joined.
_SECOND_JOIN = re.compile(
    rf"(?:^|(?<=[\s,，、;；&]))(?:\+|加)\s*(?:\d{{1,3}}|{CHINESE_NUMERAL})(?![\d.])(?!\s*\d)"
)
_EACH = re.compile(
    rf"(?:(?:和|跟|与|、)(?P<name>[^\s和跟与、各]{{1,6}}))?各(?:要|来|买|拿)?\s*{NUMBER}"
    r"|(?<![a-z])(?:one|1)\s+each(?![a-z])",
    re.IGNORECASE,
)
_JOINED_BY = re.compile(
    r"[\s,，、;；&]*(?:(?<![a-z])(?:and|plus|also)|和|还有|另外|再)?[\s,，、;；&]*$", re.IGNORECASE
)
# A second item in a join's note (`+1kg lychee +1 durian`, `+1 芒果 加2 大葱`, `+1 芒果 -1 大葱`): its `+N`,
# a word of its own (`要加辣+香菜` has no count: a note).
_SECOND_ITEM = re.compile(
    rf"(?:^|(?<=[\s,，、;；&]))(?:[+＋]|加|-|减)\s*(?:\d{{1,3}}|{CHINESE_NUMERAL})(?![\d.])"
)
# A group buy's number in an item (`+5 #3`)
_NUMBERED = re.compile(r"#\s*\d+")
# `芒果+1 鸡蛋+2`, `大葱加3，鸡蛋加2`: each product glued before its count, two or more, the whole message.
_ITEM_FIRST = (
    r"(?P<word>[^\s\d+＋#,，、;；&][^\s+＋#,，、;；&]{0,11}?)"
    rf"\s*(?:[+＋]|加)\s*(?P<n>{NUMBER})(?P<unit>{_UNIT}|打)?"
)
_ITEMS_FIRST = re.compile(rf"^(?:{_ITEM_FIRST}[\s,，、;；&]*){{2,6}}$", re.IGNORECASE)
_ITEM_FIRST_ONE = re.compile(_ITEM_FIRST, re.IGNORECASE)
# a building's word after its number (`5号楼`, `12栋`, `3单元`, `302室`, `A栋`): an address, a note's word
_ADDRESS = r"(?:\d+|[A-Za-z])(?:号楼|栋|幢|座|单元|室|楼)"
_PLUS_RUN = rf"\+\s*{NUMBER}(?:\s*\+\s*{NUMBER})*"
_HEADS = (
    rf"(?:(?:接龙|跟团|参团|报名)\s*)?(?P<plus>{_PLUS_RUN})",
    rf"加\s*(?P<add>{NUMBER})",
    # `来两份` as `我要两份`, only with units: `来2` alone is chatter
    rf"(?:我?要|我?来(?=\s*{NUMBER}\s*{_UNIT}))\s*(?P<want>{NUMBER})",
    rf"(?:接龙|参团|接)\s*(?P<relay>{NUMBER})",
    # `1份`, `两份`: only a quantity with 份 (a bare `1` is chatter), an address after a comma its note
    # (`2份，5号楼302`; `2份 3号楼` stays talk)
    rf"(?P<portions>{NUMBER})(?=\s*份(?:$|\s*[,，]\s*{_ADDRESS}))",
)
_JOIN = re.compile(
    rf"^(?:{_HAND}\s*)?(?:{'|'.join(_HEADS)})\s*(?P<unit>{_UNIT})?\s*(?:#\s*(?P<id>\d+))?(?P<tail>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_LEAVE = re.compile(
    rf"^(?:-|减)\s*(?P<n>{NUMBER})\s*{_UNIT}?\s*(?:#\s*(?P<id>\d+))?\s*"
    # the option before the friend (`-1 large for Wang`, `-1 大 帮 小王`) or after (`-1 for Wang large`)
    rf"(?:(?P<option_first>[^\s#@]+)\s+(?=(?:{FOR_FRIEND}|for\s)))?"
    rf"(?:{FOR_FRIEND}\s*(?P<friend>\S+)|for\s+(?:(?:my|our)\s+(?=\S))?(?P<friend_en>\S+))?"
    r"(?:\s+(?P<option>[^\s#@]+(?:\s+[^\s#@]+){0,2}))?$",  # an option of words: `-1 egg yolk`
    re.IGNORECASE,
)
# `-1 @Bob`, `-1 #6 @Bob`: a leave naming someone by a mention
_LEAVE_MENTION = re.compile(
    rf"^(?:-|减)\s*(?P<n>{NUMBER})\s*(?:#\s*(?P<id>\d+)\s*)?@(?P<who>[^\s@#]+)\s*(?:#\s*(?P<id2>\d+))?$"
)
# After 我要 / 接, a word that starts with a digit may be an option (`我要两份 5斤`), not chatter.
_OPTION_WORD = re.compile(r"^\d[^\s]*$")
# After 我要两份 / 接 2 份, one word set apart is an option or a note (`我要两份 小`, `我要 2 份 red`), as
# after `+2`; glued on (`我要2个小时才到`), asking or talking (`我要两份 吗`, `我要一个 好吧`) it is chatter.
_WORD_APART = re.compile(r"^[^\s?？!！]{1,12}$")
_TALK_WORD = re.compile(r"[吗呢嘛]|[了啦吧啊呀哦嗯]$")
# `我要12个鸡蛋`: a Chinese word glued to the units, maybe the product's name (`Join.titled`).
_GLUED_WORD = re.compile(r"^[\u3400-\u9fff]{2,12}$")
# `我要 red`: 我要 and one word set apart, no quantity: maybe an option's name (the handler tells).
_OPTION_ALONE = re.compile(r"^我要\s+(?P<word>[^\s\d#+＋?？!！,，.。][^\s?？!！]{0,11})$")
# A friend's count is in pieces (`帮 小王 2份`); `帮 小王 5斤` names a weight: an option (多规格) or a note.
_FRIEND_UNIT = _UNIT.replace("|斤", "")
# `帮我妈也来一份`, `给 @Kim 带一份`, `帮小王再报2份`: a verb before the count says it for the friend (`要` is
# not one: `+1 帮 小王 要三份` stays a count asked in a note)
_FRIEND_VERB = rf"{_VERB_COUNT}?"
_FRIEND = re.compile(
    rf"^(?:{FOR_FRIEND}\s*(?P<zh>[^\s\d+#]+?)|for\s+(?:(?:my|our)\s+(?=[^\s+#]))?(?P<en>[^\s+#]+))"
    rf"\s*(?:{_FRIEND_VERB}(?P<n>{NUMBER})\s*{_FRIEND_UNIT})?(?=\s|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# `+1 @Cat`: a mention alone after the join names the friend it is for, never a note `@Cat`
_MENTION_ALONE = re.compile(r"^@(?P<name>[^\s@#,，。.!！?？]+)$")
# `+1 大盒 帮 小李`, `+1 3号楼 for Tom`: the friend named after an option or note words (a word of its own).
_FRIEND_LATER = re.compile(rf"\s(?=(?:{FOR_FRIEND}|for)\s+\S)", re.IGNORECASE)
# `香草 +1 帮老赵`: an option's word (one, no name's shape) first, then the join naming the friend: as
# `+1 香草 帮 老赵` (the handler tells if the word is an option or a product's; `小王 +1 帮 小李` is talk).
_WORD_THEN_FRIEND = re.compile(
    rf"^(?P<word>[^\s\d+#@,，.。?？!！]{{1,12}})\s*(?P<join>\+\s*\d+\s*(?:{FOR_FRIEND}|for\s).*)$",
    re.IGNORECASE | re.DOTALL,
)
# `+1 香草 帮小王`, `+1 3号楼 给我妈`, `+2 豆沙 帮Kay`: 帮 glued to a short Chinese name (or a capitalised
# Latin one) after the option or note words, as `+1 香草 帮 小王` (a name of talk, `帮忙带`, `给钱了`,
# `帮我拿`, stays the note).
_FRIEND_LATER_GLUED = re.compile(
    rf"\s(?={FOR_FRIEND}(?:[\u3400-\u9fff]{{1,4}}|[A-Z][a-z'’-]{{1,19}})(?:\s|$))"
)
_NOT_GLUED_NAME = re.compile(r"^(?:忙|我(?!妈|爸|姐|哥|弟|妹|老|的|家|同|朋|邻))|[了啦吧吗呢啊呀哦嘛]$")
# `+1 for me`, `+1 帮 我`: the member's own line, no friend's.
_SELF = frozenset({"me", "myself", "我", "我自己", "自己"})
# Words after 帮/给/替/for that name nobody (`+1 帮忙`, `给力 +1`, `帮卖`, `+1 for sure`): no friend's line.
_NO_FRIEND = frozenset({"忙", "帮忙", "力", "卖", "助", "顶", "你", "您", "大家"})
_NO_FRIEND |= {"sure", "real", "now", "all", "both", "everyone", "us", "you", "it", "my", "our"}
# The friend first (`帮小王 +1`, `帮 小王 +2 甜的`, `代小李 加1`, `for Wang +1`): a short name of one word,
# then the join as usual; `帮我 +1` is the member's own line, `帮我看看 +1 好吗`, `帮忙 +1` are chatter.
_NAME_FIRST = re.compile(
    rf"^(?:{FOR_FRIEND}\s*(?P<zh>[^\s\d+#@,，.。、:：;；?？!！()（）]{{1,8}}?)"
    r"|for\s+(?:(?:my|our)\s+(?=[a-z]))?(?P<en>[a-z][^\s\d+#@,，.。?？!！]{0,19})"
    r"(?:\s+(?P<en_name>[a-z][a-z'’-]{0,19}|[\u3400-\u9fff]{1,4}))?)"  # `for my neighbour Bob +1`
    rf"\s*(?P<join>\+.*|加\s*{NUMBER}.*|-\s*{NUMBER}.*|减\s*{NUMBER}.*)$",
    re.IGNORECASE | re.DOTALL,
)
# The quantity a join or leave after the friend's name starts with (`+2`, `加2`, `-1`): the first message
# of two when a second friend follows (`帮小王 +1 帮 小李`).
_HEAD_SAID = re.compile(rf"^(?:\+|加|-|减)\s*{NUMBER}")
# `给我妈 +1`, `+1 帮我爸`: a kinship word after 我 names the friend as the list says it (妈妈), not `我妈`.
_KIN = {
    "妈": "妈妈",
    "妈妈": "妈妈",
    "爸": "爸爸",
    "爸爸": "爸爸",
    "姐": "姐姐",
    "姐姐": "姐姐",
    "哥": "哥哥",
    "哥哥": "哥哥",
    "弟": "弟弟",
    "弟弟": "弟弟",
    "妹": "妹妹",
    "妹妹": "妹妹",
    "老婆": "老婆",
    "老公": "老公",
    "媳妇": "媳妇",
    "儿子": "儿子",
    "女儿": "女儿",
    "闺女": "闺女",
    "爷爷": "爷爷",
    "奶奶": "奶奶",
    "外公": "外公",
    "外婆": "外婆",
    "姥姥": "姥姥",
    "姥爷": "姥爷",
    "婆婆": "婆婆",
    "公公": "公公",
    # not kin, said the same way (`+1 帮我邻居`, `给我朋友 +1`): who the friend is to her
    "邻居": "邻居",
    "朋友": "朋友",
    "同事": "同事",
    "同学": "同学",
}
# `for my neighbour Bob`: a word saying who the friend is to the member, then the friend's name
_ROLES = frozenset(
    {
        "neighbour", "neighbor", "friend", "colleague", "classmate", "roommate", "housemate", "flatmate",
        "cousin", "aunt", "auntie", "aunty", "uncle", "sister", "brother", "sis", "bro", "boss", "mum",
        "mom", "mother", "dad", "father", "son", "daughter", "wife", "husband", "grandma", "grandpa",
        "granny", "nephew", "niece", "helper", "maid", "teacher",
    }
)  # fmt: skip
# Roles that are never the friend's own name (`for my neighbour bob`: bob, in any case), unlike a kinship
# word, itself a name on the list (`for my mum large`: mum's line of large)
_ROLES_ONLY = frozenset(
    {
        "neighbour", "neighbor", "friend", "colleague", "classmate", "roommate", "housemate", "flatmate",
        "boss", "helper", "maid", "teacher",
    }
)  # fmt: skip
# English kinship words (`husband +1`, `my mum +1`, `+1 my mum`): the kin's line as `+1 for my mum` makes it
# (mum); a role that is no kin only after `my` (`my neighbour +1`)
_KIN_EN = (_ROLES - _ROLES_ONLY) | {"hubby", "mummy", "mommy", "daddy", "grandmother", "grandfather"}
_KIN_EN_WORDS = "|".join(sorted(_KIN_EN, key=len, reverse=True))
_ROLES_ONLY_WORDS = "|".join(sorted(_ROLES_ONLY, key=len, reverse=True))
_WHO_EN = rf"(?:my\s+)?(?:{_KIN_EN_WORDS})(?![a-z'’])|my\s+(?:{_ROLES_ONLY_WORDS})(?![a-z'’])"
# a person's name before a 接龙 line's count (`王阿姨 +2`, `小李 2箱`, `张叔 +1`), never a product's or a
# word of talk (`排队 +1`)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金廖贾夏韦方邹孟熊秦邱江尹薛段雷侯史陶贺顾毛郝龚邵钱严武戴孔汤"
)
PERSON = re.compile(
    rf"^(?:[小老阿][{_SURNAMES}]|[{_SURNAMES}](?:姨|叔|姐|哥|伯|嫂|婶|老师)"
    r"|[\u3400-\u9fff]{1,3}(?:阿姨|叔叔|姐姐|哥哥|妈妈|婆婆|奶奶|爷爷|外婆|姥姥))$"
)
# An English name before the count (`Tom +1`: Tom's line, as `+1 for Tom`): one capitalised word, never a
# word of talk a phone capitalises (`Same +1`, `Team +1`)
_EN_NAME = re.compile(r"^[A-Z][a-z'’-]{1,19}$")
_NOT_EN_NAME = frozenset(
    {
        "same", "team", "me", "also", "yes", "yeah", "yep", "yup", "ok", "okay", "agree", "agreed", "plus",
        "another", "one", "two", "all", "everyone", "everybody", "us", "we", "here", "mine", "this", "that",
        "ditto", "sure", "definitely", "nice", "great", "good", "cool", "lol", "haha", "hi", "hello", "hey",
        "morning", "thanks", "thank", "thx", "please", "pls", "plz", "count", "add", "order", "orders",
        "more",        "again", "too", "and", "him", "her", "them", "they", "total", "just", "queue", "line",
        "list", "wow", "yay", "oh", "ah", "so", "then", "now", "today", "tomorrow", "tonight", "yesterday",
        "myself", "ours", "family", "house", "home", "unit", "block", "gate", "tower", "room", "flat",
        "level", "floor", "lobby", "pickup", "delivery", "cash", "paid", "done", "join", "joined", "in",
        "extra", "big", "small", "large", "medium", "first", "second", "last", "next", "new", "old", "still",
        "want", "need", "like", "love", "i", "you", "he", "she", "it", "my", "our", "your", "the", "a", "an",
        "anyone", "someone", "who", "what", "why", "how", "when", "where", "vote", "same here",
    }
)  # fmt: skip


def person_name(word: str) -> bool:
    """Whether `word` before a join's count is a person's name: Chinese of a person's shape (`小李`,
    `王阿姨`) or one capitalised English word that is no word of talk (`Tom`; `Same` is none)."""
    if PERSON.match(word):
        return True
    return bool(_EN_NAME.match(word)) and word.lower() not in _NOT_EN_NAME


_KIN_WORDS = "|".join(sorted(_KIN, key=len, reverse=True))
_KIN_ALONE = "|".join(sorted((word for word in _KIN if len(word) > 1), key=len, reverse=True))
KIN_WORD = rf"(?:我的|我家|我)(?:{_KIN_WORDS})|(?:{_KIN_ALONE})"  # `我妈`, `老婆`: a kinship word alone
# Who a 接龙 line is for, said before its `+N` without 帮 (`我 +2`, `me +2`: her own line; `老公 +1`,
# `我妈 +1`: the kin's line, as `帮我妈 +1`, paid in her order; `@王阿姨 +1`: as `+1 @王阿姨`)
_WHO_FIRST = re.compile(
    rf"^(?P<who>(?:我的|我家|我)(?:{_KIN_WORDS})|(?:{_KIN_ALONE})|我自己|自己|我|{_WHO_EN}|me|myself"
    rf"|@[^\s@#+＋,，]+)\s*(?P<join>[+＋]\s*{NUMBER}(?![\d.,]).*)$",
    re.IGNORECASE | re.DOTALL,
)
# `+1 老公`, `+1 我妈`, `+1 my mum`: a kinship word alone after the join names the friend it is for (as
# `+1 帮我妈`, `+1 for my mum`); a note may follow it (`+1 老公 3号楼`, `+1 my mum gate 3`)
_KIN_AFTER = re.compile(rf"^(?:(?:我的|我家|我)(?:{_KIN_WORDS})|(?:{_KIN_ALONE})|{_WHO_EN})$", re.IGNORECASE)
_KIN_LEAD = re.compile(
    rf"^(?P<kin>(?:我的|我家|我)(?:{_KIN_WORDS})|(?:{_KIN_ALONE})|{_WHO_EN})(?:\s+(?P<rest>\S.*))?$",
    re.IGNORECASE | re.DOTALL,
)
# `-1 @王阿姨`, `-1 #6 @Kim`: the member mentioned's line, as `-1 帮 王阿姨`
_MENTION_LEAVE = re.compile(
    rf"^(?P<head>[-－]\s*{NUMBER}(?:\s*#\s*\d+)?)\s+@(?P<name>[^\s@#,，。.!！?？]+)$", re.IGNORECASE
)
# `老公 -1`, `小王 -1`, `@王阿姨 -1`, `mum -1`, `我 -1`: whose line a leave takes from, said before its count
_WHO_LEAVE = re.compile(
    rf"^(?P<who>(?:我的|我家|我)(?:{_KIN_WORDS})|(?:{_KIN_ALONE})|我自己|自己|我|{_WHO_EN}|me|myself"
    rf"|@[^\s@#+＋\-－,，]+|[^\s@#+＋\-－\d,，]{{2,20}})\s*(?P<leave>[-－]\s*{NUMBER}(?![\d.,]).*)$",
    re.IGNORECASE | re.DOTALL,
)
# `+2条`, `+2串`: a count word glued to the join's number that is no unit here (`_UNIT`): its unit, so a
# group buy sold by the 份 says so (commerce.domain.units.OTHER_COUNT_WORDS), never a note.
_COUNTED_IN = re.compile(
    r"^(?P<unit>[条串打颗根粒枚把束罐桶支块张对双听杯碗提盆棵株扎筐篮板排卷片头尾])(?=[\s#]|$)"
)
# `+1 小 #3`: the group buy's number as a word of its own later in the join (outside brackets).
_ID_APART = re.compile(r"(?:^|(?<=\s))#\s*(?P<id>\d+)(?=\s|$)")
# `+1 x2`, `+1 ×2`, `+1 *2` as the whole rest after a single `+1`: two units, not a note.
_TIMES = re.compile(rf"^[x×*]\s*(?P<n>{NUMBER})$", re.IGNORECASE)
# `+1 thanks Amy!`: a thanks and the name it is said to, at the end, is courtesy as a whole.
_THANKS_NAME = re.compile(
    r"(?:^|\s)(?:(?:thanks?(?:\s+you)?|thx|ty)(?![a-z])|谢谢|感谢|多谢)\s*[,，]?\s*@?[^\s\d,，.。!！]{1,20}[\s,，.。!！~～]*$",
    re.IGNORECASE,
)
_NOTE_WORD = re.compile(r"^(?:备注|note)\s*[:：]?\s*", re.IGNORECASE)
_BRACKETS = re.compile(r"^[(（\[【](?P<inner>.*?)[)）\]】]$")
# A note labelled after a word of its own (`大 备注:要大个的`, `大 (5栋)`; `(5栋) 大`): the word (多规格:
# the option, taken out later) stays, the note is cleaned as it is alone; `large notebook` is no label.
_LABELLED_ANYWHERE = re.compile(r"备注|(?<![a-z])note(?![a-z])|[(（\[【]", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"^(?:备注|note\s*[:：])", re.IGNORECASE)
_COURTESY = re.compile(
    r"(?:谢谢|感谢|多谢|辛苦|麻烦|拜托|帮\s?(?:帮\s?)?忙)(?:了|啦|你|您|亲|团长|大家)*|"
    r"(?<![a-z])(?:thanks?(?:\s+you)?|thx|ty|please|pls|plz)(?![a-z])",  # whole words: not salty's ty
    re.IGNORECASE,
)
# an apology in a join's note (`+2 #3 刚才忘了付 不好意思`): said to the group, no note; with it, the part
# it excuses (`忘了`, `来晚了`, `刚才`, "forgot", "late") is none either (`_without_apology`)
_APOLOGY = re.compile(r"不好意思|抱歉|对不起|sorry|sry|apologi[sz]e|apologies|my bad|oops", re.IGNORECASE)
_EXCUSE = re.compile(r"忘|晚了|来迟|刚才|刚刚|手滑|打错|forgot|late|just now|missed", re.IGNORECASE)
# words that only say "me too, once more": no note (`+1 again`, `+1 too`)
_FILLER = re.compile(
    r"(?:again|too|also|as\s+well|same\s+here|once\s+more)(?:\s+(?:again|too))?", re.IGNORECASE
)
_SYMBOLS = frozenset({"So", "Sk", "Cf", "Mn", "Me"})  # emoji, their skin tones, joiners and selectors
_ADD_AGAIN = re.compile(rf"^加\s*(?P<n>{NUMBER})(?=\s|$)")  # `加1加1`: the same 加N again
_PHONE = re.compile(r"^\+?\s*\d{1,4}[\s-]*\d{5,11}(?!\d)")  # E.164: 15 digits at most
_UNREADABLE = re.compile(rf"^(?:\+\s*[^\s\d]\S{{0,11}}|(?:\+|加)\s*{NUMBER}[.,]\d+{_UNIT}?(?:\s.*)?)$")
_LIST_HEAD = re.compile(r"^\s*#?\s*接龙")
# a numbered line: `4. 阿珍 1盒`, `4、小丽 2盒`, `4) …`, or WeChat's keycap digit `4️⃣ 阿珍 1盒` (rep92 #12)
_LIST_LINE = re.compile(r"^\s*(?P<n>\d{1,4})\s*(?:[.、．)]|\ufe0f?\u20e3)\s*(?P<entry>\S.*)$")
_KEYCAP_TEN = re.compile("^(\\s*)\U0001f51f\ufe0f?\\s*")  # `🔟 阿珍 1盒`: the tenth line, as `10. 阿珍 1盒`


def _list_line(line: str) -> re.Match[str] | None:
    """A pasted list's numbered line (`4. 阿珍 1盒`, `4️⃣ 阿珍 1盒`, `🔟 阿珍 1盒`), else None."""
    return _LIST_LINE.match(_KEYCAP_TEN.sub(r"\g<1>10. ", line, count=1))


# A pasted list's last line after the name: its quantity first (`2份 3号楼`, `+1 3号楼`, `x2`, `2`), or
# after an address only with a unit word or `x`/`+` (`3号楼 2份`, `3号楼502 x2`; `3号楼 502` is all note).
# A weight is never its quantity (`3号楼 5斤`, `3斤 +1`, `2斤`): an option's (多规格), the title's or a
# note, taken from the note as `+1 3斤`'s is; the quantity is then the `+1` (or 1).
_ENTRY_FIRST = re.compile(
    rf"^(?:\+\s*(?P<plus>{NUMBER})|[x×*]\s*(?P<times>{NUMBER})|(?P<units>{NUMBER})(?!\s*斤)\s*(?P<unit>{_FRIEND_UNIT})?)"
    r"(?=\s|$)\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_ENTRY_LAST = re.compile(
    rf"^(?P<rest>.*\S)\s+(?:\+\s*(?P<plus>{NUMBER})|[x×*]\s*(?P<times>{NUMBER})|(?P<units>{NUMBER})\s*(?P<unit>{_FRIEND_UNIT}))$",
    re.IGNORECASE,
)
# A pasted line's quantity in a unit word (`2斤`, `两斤 3号楼`, `3号楼 2箱`, `2 kg`): its `measured` reading.
# beside `_UNIT`'s words; weights convert (`+1kg`, `+500g`, `+5两` on a per-斤 one: commerce.domain.units);
# `两` only set apart (`+2两`, not the numeral of `+1 两个人`)
_WEIGHT_WORD = r"市斤|公斤|千克|kgs?|克|grams?|g(?!\d)|两(?=\s|$)|jin|catt(?:y|ies)"
# (and the count nouns a price may be said per: `30 per tray`, handlers.parsing.terms.KNOWN_UNITS)
_OTHER_UNIT = (
    rf"(?:{_WEIGHT_WORD}|box(?:es)?|bags?|bottles?|packs?|pcs|pieces?|lbs?|jars?|cartons?|trays?|bunch(?:es)?"
    r"|baskets?|punnets?|doz(?:ens?)?)"
)
# (`打` a dozen: `2打`, not the verb of `2打包`)
_MEASURE = rf"(?P<n>{NUMBER})\s*(?P<unit>{_UNIT.replace('份|', '')}|{_OTHER_UNIT}|打(?![\u3400-\u9fff]))"
_MEASURED_FIRST = re.compile(rf"^{_MEASURE}(?![a-z])\s*(?P<rest>.*)$", re.IGNORECASE)
_MEASURED_LAST = re.compile(rf"^(?P<rest>.*\S)\s+{_MEASURE}$", re.IGNORECASE)
# No whole number of a unit (`2.5斤`, `半斤`, `两斤半`, `0.5 kg`; `半打`: half a dozen): its whole part and
# unit, the rest.
_UNIT_WORD = rf"(?P<unit>{_UNIT.replace('份|', '')}|{_OTHER_UNIT}|打)(?![a-z])"
_FRACTIONS = (
    re.compile(rf"^(?P<whole>\d+)\s*[.．]\s*\d+\s*{_UNIT_WORD}\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL),
    # `半斤`, `半打`; in English `half a dozen`, `half dozen`, `half a kg`
    re.compile(rf"^(?:半|half\s+(?:an?\s+)?)\s*{_UNIT_WORD}\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL),
    re.compile(rf"^(?P<whole>{NUMBER})\s*{_UNIT_WORD}\s*半(?P<rest>(?:\s.*)?)$", re.IGNORECASE | re.DOTALL),
)
_FRACTION_LAST = re.compile(
    rf"^(?P<before>.*\S)\s+(?P<amount>(?:\d+\s*[.．]\s*\d+|半)\s*\S+|{NUMBER}\s*斤半)$"
)
# `+1.5斤`, `+半斤`, `加两斤半`, `我要半斤`, `来 2.5斤`: a join whose only quantity is no whole number of a
# unit.
_FRACTION_JOIN = re.compile(
    rf"^(?:{_HAND}\s*)?(?:(?:接龙|跟团|参团|报名)\s*)?(?P<head>\+|加|我?要|我?来)\s*(?P<amount>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# A unit word alone (`+2斤斤`'s second 斤): no note.
_LONE_UNIT = re.compile(rf"^(?:{_UNIT}|{_OTHER_UNIT})$", re.IGNORECASE)
_DOUBLED_UNIT = re.compile(rf"^(?P<unit>{_UNIT}|{_OTHER_UNIT})(?![a-z])(?=\s|#|$)", re.IGNORECASE)
# `+2 kg`, `+2 boxes`: an English unit word right after a join's quantity (`+2斤` has its own: `unit`).
_UNIT_AFTER = re.compile(rf"^(?P<unit>{_OTHER_UNIT})(?![a-z])\s*(?P<rest>.*)$", re.IGNORECASE)
# `I want 2 kg`, `I want 2kg`: the unit word right after the number said (`_spoken_join`).
_SPOKEN_UNIT = re.compile(rf"^\s*(?P<unit>斤|{_OTHER_UNIT})(?![a-z])(?P<rest>.*)$", re.IGNORECASE)
# `+5 kg #11`, `+1000g #11 for my mum`: the group buy's number after an English unit word.
_UNIT_THEN_ID = re.compile(
    rf"^(?P<unit>{_OTHER_UNIT})(?![a-z])\s*#\s*(?P<id>\d+)(?P<rest>.*)$", re.IGNORECASE
)
# `-1 小 #3`, `-1 帮 小王 #3`: a leave naming the group buy last, read as `-1 #3 小`.
_LEAVE_ID_LAST = re.compile(
    rf"^(?P<head>(?:-|减)\s*{NUMBER}\s*{_UNIT}?)\s+(?P<rest>[^#]*[^#\s])\s*#\s*(?P<id>\d+)$", re.IGNORECASE
)
# `-6枚`, `-6颗`, `退6枚`: pieces (eggs) a leave counts, as `-6个` (a word of its own: `-6颗粒` is none);
# said in dozens on a group buy sold by the dozen (commerce.domain.units.DOZEN_PIECE_WORDS), refused elsewhere
EGG_PIECE = r"[枚颗](?![\u3400-\u9fff])"
# `-2kg`, `-1 kg #11`, `减2斤`: a leave's quantity in a unit word (taken apart, then read as `-2 #11`).
_LEAVE_MEASURED = re.compile(
    rf"^(?:-|减)\s*(?P<n>{NUMBER})\s*(?P<unit>{_UNIT}|{_OTHER_UNIT}|{EGG_PIECE}|打(?![\u3400-\u9fff]))(?![a-z])\s*"
    r"(?P<id>#\s*\d+)?(?P<rest>.*)$",
    re.IGNORECASE,
)
# `退2斤`, `退一斤`, `退 1 kg`, `退2份`: a leave said with 退 and a quantity in a unit word (read as `-2斤`;
# `退出` is the leave command, `退` alone chatter); `退1`, `退 1 #2`: a bare number as the whole message
# (or before the group buy's number) is the leave of that many, as `-1` (`退2天再说` stays talk).
_RETURN_MEASURED = re.compile(
    rf"^退\s*(?=(?:{NUMBER}|\d+\s*[.．]\s*\d+|半)\s*(?:{_UNIT}|{_OTHER_UNIT}|{EGG_PIECE}|打)(?![a-z])"
    rf"|\d{{1,3}}\s*(?:#\s*\d+\s*)?$|[一二两三四五六七八九十]\s*(?:#\s*\d+\s*)?$)",
    re.IGNORECASE,
)
# `-1.5kg`, `-半斤`, `减两斤半`: a leave whose quantity is no whole number of a unit.
_FRACTION_LEAVE = re.compile(
    r"^(?:-|减)\s*(?P<amount>(?:\d|半|half\s|[一二两三四五六七八九十]).*)$", re.IGNORECASE
)
# `2kg`, `2 kg please`, `两斤`, `1.5 kg`: a quantity in a unit word alone, courtesy after it aside.
_MEASURED_ALONE = re.compile(
    rf"^(?P<amount>(?:\d+\s*[.．]\s*\d+|{NUMBER}|半|half\s+(?:an?\s+)?)\s*"
    rf"(?:{_UNIT.replace('份|', '')}|{_OTHER_UNIT}|打)(?![a-z])半?)(?P<rest>(?:[\s,，]+.*)?)$",
    re.IGNORECASE,
)
# `#11 +2kg`, `#11 -1`: the group buy's number before the join or leave.
_ID_FIRST = re.compile(r"^#\s*(?P<id>\d+)\s*(?P<join>[+\-].*|[加减]\s*\S.*)$", re.DOTALL)
# A name glued to its quantity (`小王2份`, `小王+1`): the unit or the `+` says where the name ends; a
# numeral glued on without one is the name's own (`李四`, `王五 +1`, `小李88`).
_GLUED_QUANTITY = re.compile(
    rf"^(?:\+\s*(?P<plus>{NUMBER})|(?P<units>\d+|{CHINESE_NUMERAL})\s*{_FRIEND_UNIT})(?:\s|$)"
)
# A weight glued to a name (`张三5斤 +1`: the option 5斤), in digits (`王五斤` is a name).
_GLUED_WEIGHT = re.compile(r"^\d+\s*斤(?:\s|$)")
_CJK = re.compile(r"[\u3400-\u9fff]")
# `+a dozen`, `a dozen please`, `+1 a dozen`: one dozen, read as `+1 dozen`.
# (`half a dozen` stays half of one)
_A_DOZEN = re.compile(
    r"(?:^|(?<=[+-])|(?<=\s))(?P<half>half\s+)?(?:an?|one)\s+(?=doz(?:ens?)?(?![a-z]))", re.IGNORECASE
)
# An amount's words, no language of their own (`+2斤`, `+半斤`, `+两份`, `-1斤`, `两斤`): a numeral, 半, a
# unit word. A join typed with only these is answered in the chat's language, as `+1` is; `加`, `我要`,
# `帮 小王` are Chinese words.
_AMOUNT_CHARS = re.compile(rf"[零〇一二两俩三四五六七八九十百千半]|{_UNIT}|份|打|枚|颗|公斤|千克|克|市斤")


def _chinese_words(text: str) -> bool:
    """Whether `text` has Chinese words beside an amount's (`加2斤`, `我要半斤`: yes; `+2斤`, `+半斤`: no)."""
    return bool(_CJK.search(_AMOUNT_CHARS.sub("", text)))


def _one_dozen(text: str) -> str:
    """`+a dozen`, `a dozen please` as `+1 dozen`, `1 dozen please`; any other text as it is."""
    return _A_DOZEN.sub(lambda said: said.group() if said.group("half") else "1 ", text)


# `+1 個`, `+2個`: the count word in traditional characters, as `+1 个` (a word of its own, after the number
# or apart; `+1 三個人` keeps its words).
_TRADITIONAL_COUNT = re.compile(r"(?:(?<=[\d一二两三四五六七八九十])|(?<=\s))個(?=\s|#|$)")


# `+1,5斤`, `-2,5 kg #2`, `1,5kg`, `+1,5`, `我要1,5斤`: an amount written with a decimal comma (one or two
# digits after it: `+1,200g` groups thousands); read with the point meant (`_decimal_comma`)
_DECIMAL_COMMA = re.compile(
    rf"^(?P<head>(?:[+\-]|加|减|退|我?要|我?来)\s*)?(?P<n>\d+)\s*[,，]\s*(?P<frac>\d{{1,2}})(?![\d,，])"
    rf"(?P<unit>\s*(?:{_UNIT.replace('份|', '')}|{_OTHER_UNIT}|打)(?![a-z]))?(?P<rest>(?:\s.*)?)$",
    re.IGNORECASE | re.DOTALL,
)


_COUNT_AFTER_COMMA = re.compile(r"^\s+(?:more|total|in\s+total)(?![a-z])", re.IGNORECASE)


def _decimal_comma(text: str) -> Join | None:
    """`+1,5斤` (`-1,5 kg`, `1,5kg` alone, `+1,5`): the join or leave of `+1.5斤`, its amount keeping what
    was typed (`Measured.comma`), so the answer says the point meant and never joins it as read; with no
    unit word (`+1,5`) the unit is the group buy's. None when `text` has no such amount."""
    match = _DECIMAL_COMMA.match(text)
    if match is None or (not match.group("head") and not match.group("unit")):
        return None  # `1,5` alone: talk
    if not match.group("unit") and _COUNT_AFTER_COMMA.match(match.group("rest")):
        return None  # `+1, 2 more`: a join and a count asked in its note (`note_counts`), no 1.2
    if not match.group("unit") and match.group("head").strip() not in ("+", "-", "加", "减", "退"):
        return None  # `我要1,5`: talk; `我要1,5斤`, `来1,5斤` as `我要1.5斤`
    head, unit = (match.group("head") or "").strip(), (match.group("unit") or "").strip()
    typed = text[match.start("n") : match.end("unit") if unit else match.end("frac")]  # as typed: `1,5斤`
    pointed = f"{match.group('n')}.{match.group('frac')}"
    if not unit:  # `+1,5 #2`: 1.5 of whatever the group buy is sold in
        numbered = re.search(r"#\s*(\d+)", match.group("rest"))
        group_buy_id = group_buy_number(numbered.group(1)) if numbered is not None else None
        measured = Measured(int(match.group("n")), "", part=pointed, alone=True, comma=typed)
        leave = head in ("-", "减", "退")
        lang = "zh" if head in ("加", "减", "退") else None
        return Join(1, group_buy_id, lang=lang, leave=leave, measured=measured)
    joined = parse_join(f"{head}{pointed}{match.group('unit')}{match.group('rest')}")
    if not isinstance(joined, Join) or joined.measured is None:
        return None
    return replace(joined, measured=replace(joined.measured, comma=typed))


# `+1.5`, `+0.5 #2`, `加1.5`: a join of a decimal with no unit word: of whatever the group buy is sold in
_DECIMAL_POINT = re.compile(r"^(?:[+＋]|加)\s*(?P<n>\d+)\.(?P<frac>\d{1,2})(?:\s*#\s*(?P<id>\d+))?$")


# `+1.5 大盒`, `+0.5 #2 小盒`: a decimal with no unit word, then an option (or a note): as `+1.5`
_DECIMAL_POINT_THEN = re.compile(
    r"^(?P<head>[+＋]|加)\s*(?P<n>\d+)\.(?P<frac>\d{1,2})(?P<rest>(?:\s+|(?=[^\s\d.,]))\S.*)$", re.DOTALL
)


def _option_tried(note: str, text: str) -> bool:
    """Whether the words after `+1.5` read as an option (`大盒`, `large box`, `egg yolk`), not a note
    (`3号楼`) nor a unit (`份`)."""
    if re.fullmatch(rf"{_UNIT}|{_OTHER_UNIT}", note, re.IGNORECASE):
        return False
    words = note.split()
    if len(words) == 2 and all(re.fullmatch(r"[A-Za-z]{3,}", word) for word in words):
        return True  # `large box`, `egg yolk`
    return looks_like_option(note, text)


def _decimal_point(text: str) -> Join | None:
    """`+1.5` (`+0.5 #2`): the join of 1.5 of the unit the group buy is sold in (`Measured.unit` ""), as
    `+1,5` is read (never a count of 份: answered that 份 are whole); `+1.5 大盒` the same, its option
    (or note) read as after `+1` (a unit word after it, `+1.5 kg`, is read as ever). None for another
    text, or a whole amount (`+2.0`)."""
    match = _DECIMAL_POINT.match(text)
    then = _DECIMAL_POINT_THEN.match(text) if match is None else None
    if then is not None and then.group("frac").strip("0"):
        joined = _parse_join(f"{then.group('head')}1{then.group('rest')}")
        if not isinstance(joined, Join) or joined.measured is not None or joined.quantity != 1:
            return None  # `+1.5 kg`: an amount in a unit, read as ever
        if not _option_tried(joined.note, text):
            return None  # `+2.5 3号楼`, `+0.5份`: unreadable, as ever
        pointed = f"{then.group('n')}.{then.group('frac')}"
        return replace(joined, measured=Measured(int(then.group("n")), "", part=pointed, alone=True))
    if match is None or not match.group("frac").strip("0"):
        return None
    pointed = f"{match.group('n')}.{match.group('frac')}"
    group_buy_id = group_buy_number(match.group("id")) if match.group("id") else None
    lang = "zh" if text.startswith("加") else None
    measured = Measured(int(match.group("n")), "", part=pointed, alone=True)
    return Join(1, group_buy_id, lang=lang, measured=measured)


# `要1分`, `我也要2分 #3`: 份 mistyped with its pinyin homophone 分, the whole message (`要1分钟` is talk)
_PORTION_TYPED = re.compile(rf"^(?P<head>我?(?:也|再|还)?要\s*{NUMBER}\s*)分(?=\s*(?:#\s*\d+\s*)?$)")


def parse_join(text: str) -> Join | str | None:
    """The join or leave in `text` (already normalised), `UNREADABLE`, or None for chatter (`_parse_join`);
    a join or change said in a sentence naming the product (`鸡蛋要2打`, `芒果改成1份`: `_sentence`) where
    none of the forms reads it. An emoji glued to its last word is none of it (`_without_glued_emoji`)."""
    text = _without_glued_emoji(text)  # `+2 帮刘姐🙏`: 刘姐's line; `+2，5号楼🙏`: note 5号楼
    text = _PORTION_TYPED.sub(r"\g<head>份", text, count=1)  # `要1分`: 份 typed with its homophone
    text = _reported_for(text)  # `帮赵奶奶报2份 6号楼101`: as `+2份 帮 赵奶奶 6号楼101`
    text = _helped_count(text)  # `帮赵奶奶 2`: as `+2 帮 赵奶奶`
    text = _friend_said_en(text)  # `1 for my sister`, `kaya 2 for me`: as `+1 for my sister`, `+2 kaya`
    text = _HOUSEHOLD.sub("", text, count=1)  # `我家要3盒`: as `要3盒`
    text = _SET_TO_SHORT.sub(r"\g<head>改成", text, count=1)  # `改2份`: as `改成2份`
    friends = _FRIEND_CHANGED.match(text)
    friendly: Join | None = None  # `豆豆不要了`: no person's name, a friend's line only if one is so called
    if friends is not None:  # `赵奶奶改成1份`, `帮 Xiaoli 改成3份`, `赵奶奶不要了` (改成0份): that line set
        n = 0 if friends.group("gone") else parse_int(friends.group("n") or "")
        if n is not None and person_name(friends.group("name")):
            return Join(n, lang="zh", leave=True, set_to=True, note=friends.group("name"), titled=True)
        if n is not None:  # `Join.friend`: the handler reads only her friends' lines so called, else talk
            gone = bool(friends.group("gone"))  # `芒果不要了`: else the product's word, from one on it only
            name = friends.group("name")
            friendly = Join(n, lang="zh", leave=True, set_to=True, friend=name, in_words=gone)
            if text.lstrip()[0] in "帮替给":  # `帮豆豆改成2份`: said whose, never a product's word
                return friendly
    named_set_to = _friend_set_to_en(text)
    if named_set_to is not None:  # `Zhao 1 now`, `make it 1 for Zhao`: as `赵奶奶改成1份`
        return named_set_to
    found = _parse_join(text)
    if isinstance(found, Join):
        _no_number_for_a_friend(found)
    if found is None or found == UNREADABLE:
        found = _sentence(text) or found
    if found is None:
        return (
            _titled_numbered(text)
            or _name_count_note(text)
            or _name_product_count(text)
            or _name_then_word(text)
            or _options_counted(text)
            or friendly
        )
    return found


# `豆沙 2`, `菜 2 肉 3`, `豆沙2`, `豆沙x2`, `豆沙 ×2`, `veg 2 pork 3`, `2 small 1 large`, `2个菜 3个肉`,
# `2 veg and 3 pork`: words each with a bare count, all the words before their counts or all after (rep102 #5)
_COUNTED_TIMES = re.compile(r"(?:(?<=[\s\u3400-\u9fff])|^)[x×*]\s*(?=\d)", re.IGNORECASE)
_COUNTED_RUNS = re.compile(r"\d+|\D+")
_COUNTED_UNIT = re.compile(r"^\s*[份个]")
_COUNTED_TRIM = " ,，、;；&:：.。!！~～"
_COUNTED_JOINER = re.compile(
    r"^(?:(?:and|plus|also)(?![a-z])|和|还有|另外)\s*|\s*(?:(?<![a-z])(?:and|plus)|和|还有)$", re.IGNORECASE
)
_COUNTED_WORD = re.compile(r"^[^\s\d#+＋@?？,，、;；&/()（）]{1,12}(?: [a-z][a-z'’-]*){0,2}$", re.IGNORECASE)
_COUNTED_END = re.compile(rf"(?:[\s,，.。!！~～]*(?:{_COURTESY.pattern}))+[\s,，.。!！~～]*$", re.IGNORECASE)
_COUNTED_GLUED = re.compile(r"[a-z]\d|\d[a-z]", re.IGNORECASE)
MAX_COUNTED = 6


def _counted_word(run: str) -> str:
    """A run of words between counts as its option's name: the unit of the count before it (`个菜`),
    separators and `and` / `和` around it left out ("" when nothing is left)."""
    word = _COUNTED_UNIT.sub("", run).strip(_COUNTED_TRIM)
    for _ in range(2):
        word = _COUNTED_JOINER.sub("", word).strip(_COUNTED_TRIM)
    return word


def _options_counted(text: str) -> Join | None:
    """Words each with a bare count (`豆沙 2`, `veg 2 pork 3`, `2 small 1 large`), the whole message (a
    courtesy and a `#12` aside): a join of each as `+2 豆沙` is (`items`), `counted_options` (the handler
    joins it only where the words are one group buy's options); None for any other text (`明天 10 点`,
    `3号楼 2`, a number alone)."""
    said = _COUNTED_END.sub("", text).strip(_COUNTED_TRIM)
    numbers = list(_NUMBER_APART.finditer(said))
    if len(numbers) > 1:
        return None
    group_buy_id = group_buy_number(numbers[0].group("id")) if numbers else None
    if numbers:
        said = f"{said[: numbers[0].start()]} {said[numbers[0].end() :]}".strip()
    said = _COUNTED_TIMES.sub(" ", said)  # `豆沙x2`, `veg x2`: as `豆沙 2`
    if _COUNTED_GLUED.search(said):  # `paid12`, `veg2`: a Latin word glued to a number is no option's count
        return None
    runs = _COUNTED_RUNS.findall(said)
    if len(runs) < 2:
        return None
    counts_first = runs[0].isdigit()
    if not counts_first and len(runs) % 2 and _counted_word(runs[-1]) == "":
        runs = runs[:-1]  # `豆沙 2份`, `菜2个 肉3个`: the last count's unit
    if len(runs) % 2 or len(runs) > 2 * MAX_COUNTED:
        return None
    pairs = [
        (runs[i], runs[i + 1]) if counts_first else (runs[i + 1], runs[i]) for i in range(0, len(runs), 2)
    ]
    items = []
    for count, run in pairs:
        word = _counted_word(run)
        n = int(count) if len(count) <= 3 and count.isdigit() else 0
        if not n or not _COUNTED_WORD.match(word) or _TALK_WORD.search(word) or is_courtesy(word):
            return None
        items.append((n, word))
    if len({word.casefold() for _, word in items}) != len(items):
        return None
    typed = tuple(f"+{n} {word}" for n, word in items)
    note = " ".join((items[0][1], *typed[1:]))
    stated = len(items) == 1  # `豆沙 2` re-sent as a 接龙 line is her count, never 2 more (as `2 small`)
    return Join(items[0][0], group_buy_id, note=note, items=typed, counted_options=True, stated=stated)


# `Tom +1 vanilla`: a capitalised name, the count, then one word (an option's, maybe a courtesy after it)
_NAME_THEN_WORD = re.compile(
    r"^(?P<name>[A-Z][a-z'’-]{1,19})\s*(?P<count>[+＋]\s*\d{1,3})(?![\d.,])\s+"
    r"(?P<word>[A-Za-z][A-Za-z'’-]{0,19})(?P<end>(?:[\s,.!~]|please|pls|plz|thanks?|thx)*)$"
)


def _name_then_word(text: str) -> Join | None:
    """`Tom +1 vanilla`: as `+1 vanilla for Tom`, the name kept in `named_first` (the handler joins it
    only where the word is an option open here, and asks which option where the name is one: `Vanila
    +1 chocolate`, `handlers.option_question`); None for anything else."""
    found = _NAME_THEN_WORD.match(" ".join(text.split()))
    if found is None or not person_name(found.group("name")) or is_courtesy(found.group("word")):
        return None
    if found.group("name").lower() in _NOT_WHOSE or is_courtesy(found.group("name")):  # `Sorry +1 vanilla`
        return None
    name, count = found.group("name"), found.group("count").replace("＋", "+")
    joined = _parse_join(f"{count} {found.group('word')} for {name}")
    if not isinstance(joined, Join) or joined.friend != name or joined.leave or joined.items:
        return None
    if joined.titled or joined.mentioned or joined.note != found.group("word"):
        return None
    return replace(joined, named_first=name, lang=None)  # names only: the chat's language


# `老陈 鸡蛋2`, `老陈 鸡蛋 2份`, `老陈 鸡蛋+2`, `Eve 鸡蛋×2`: a 接龙 line's name, the product's word and its
# count, as `老陈 +2 鸡蛋` (whose line and which group buy: the handler, `handlers.option_question`)
_NAME_PRODUCT_COUNT = re.compile(
    rf"^(?P<name>[\u3400-\u9fff]{{2,4}}|[A-Z][a-z'’-]{{1,19}})\s+(?P<word>[\u3400-\u9fff]{{1,8}}?)\s*"
    rf"(?P<sign>[+＋x×*]\s*)?(?P<n>\d{{1,3}})(?![\d.])\s*(?P<unit>{_UNIT})?[\s,，.。!！~～]*$",
    re.IGNORECASE,
)


def _name_product_count(text: str) -> Join | None:
    """`老陈 鸡蛋2`, `老陈 鸡蛋 2份`, `老陈 鸡蛋+2`: as `老陈 +2 鸡蛋` (`Join.titled`, the name then the word
    its note: the handler joins the group buy the word names, on the line the name says); None for any
    other text (`明天 下午3`: its words a talk's, `Gate 3`)."""
    found = _NAME_PRODUCT_COUNT.match(" ".join(text.split()))
    if found is None or _TALK_WORD.search(found.group("word")) or is_courtesy(found.group("word")):
        return None
    name = found.group("name")
    if not person_name(name) or name.lower() in _NOT_WHOSE:  # `明天 下午3`: no person's name
        return None
    n = int(found.group("n"))
    if not n:
        return None
    return Join(n, lang="zh", note=f"{name} {found.group('word')}", titled=True)


# `改2份`, `我改两份`, `改1个 #2`: as `改成2份` (`_SET_TO`); `改2个字`, `改3号楼` are talk
_SET_TO_SHORT = re.compile(
    rf"^(?P<head>我?(?:就|只|还是)?(?:要|想)?(?:数量)?)改(?![成为到])(?=\s*{NUMBER}\s*(?:份|个|件|{_COUNTED_SET_TO})"
    r"\s*(?:#\s*\d+)?(?:[\s,.!~，。！～]|谢谢|吧|哈)*$)"
)
# `我家要3盒`, `我们家要两份`: the household's order is hers, as `要3盒`
_HOUSEHOLD = re.compile(rf"^(?:我们家|我家)(?=(?:也|还|再)?要\s*{NUMBER})")
# `帮赵奶奶报2份 6号楼101`, `帮赵奶奶报2盒，6号楼101`: 代报 in words, as `+2份 帮 赵奶奶 6号楼101`
_REPORTED_FOR = re.compile(
    rf"^(?:帮|替|给)\s*(?P<name>[\u3400-\u9fff]{{2,6}}?|[A-Za-z][A-Za-z'’-]{{1,19}})\s*(?:报|订|接龙)\s*"
    rf"(?P<n>{NUMBER})\s*(?P<unit>{_UNIT})?(?:[\s,，、;；]+(?P<note>\S.*))?$"
)
# `赵奶奶改成1份`, `帮 Xiaoli 改成3份`, `Xiaoli 改成3份`: a person's line set to that many (whose: the
# handler, `handlers.group_buys`); `赵奶奶不要了`: set to none
_FRIEND_CHANGED = re.compile(
    rf"^(?:(?:帮|替|给)\s*)?(?P<name>[\u3400-\u9fff]{{2,6}}?|[A-Z][A-Za-z'’-]{{1,19}})\s*"
    rf"(?:(?:改成|改为|换成)\s*(?P<n>{NUMBER})\s*(?:{_UNIT})?|(?P<gone>不要了|不要啦|不要))[\s。.!！~～]*$"
)


# `Zhao 1 now`, `Zhao make it 1`, `make it 1 for Zhao`, `change to 1 for Zhao`: a person's line set to that
# many, as `赵奶奶改成1份` (whose: the handler, `handlers.group_buys`; a friend's line of hers, else talk)
_SET_TO_EN_WORDS = r"(?:make\s+it|change\s+(?:it\s+)?to)"
_FRIEND_SET_TO_EN = re.compile(
    rf"^(?:(?P<name>[A-Za-z][A-Za-z'’-]{{1,19}})\s+(?:{_SET_TO_EN_WORDS}\s+(?P<n>{_EN_NUMBER})|(?P<now>\d{{1,3}})\s+now)"
    rf"|{_SET_TO_EN_WORDS}\s+(?P<later>{_EN_NUMBER})\s+for\s+(?P<whose>[A-Za-z][A-Za-z'’-]{{1,19}}))"
    r"(?![\d.])[\s,.!~]*$",
    re.IGNORECASE,
)


# words before `make it 2` / `2 now` saying how, never whose (`Maybe 2 now`, `Hmm make it 2`)
_NOT_WHOSE = frozenset(
    {
        "actually", "sorry", "oops", "wait", "no", "hmm", "hm", "maybe", "ok", "okay", "so", "just", "then",
        "yes", "yeah", "lol", "hi", "hey", "um", "uh", "erm", "also", "btw", "pls", "please", "oh", "ah",
        "only", "still", "and", "but", "now", "ya", "fine", "alright", "right", "well",
    }
)  # fmt: skip


def _friend_set_to_en(text: str) -> Join | None:
    """`Zhao 1 now`, `Zhao make it 1`, `make it 1 for Zhao` (a capitalised name, or a kinship word after
    `for`: `make it 1 for mum`): that person's line set to that many, as `赵奶奶改成1份` (`titled`, the name
    its note: the handler reads whose line it is); None for anything else (`make it 2 for now`: talk)."""
    said = " ".join(text.split())
    found = _FRIEND_SET_TO_EN.match(said)
    if found is None or (found.group("name") and _MAKE_IT.match(said)):  # `Sorry make it 1`: her own
        return None
    name = found.group("name") or found.group("whose")
    said = found.group("n") or found.group("now") or found.group("later")
    n = _en_count(said)
    kin = kin_name(name) if found.group("whose") else None
    if n is None or not (kin or person_name(name)) or name.lower() in _SELF or name.lower() in _NOT_WHOSE:
        return None
    return Join(n, lang="en", leave=True, set_to=True, heard="en", note=kin or name, titled=True)


def _reported_for(text: str) -> str:
    """`帮赵奶奶报2份 6号楼101`, `帮豆豆报1份` (no person's shape: 帮 and 报 say whose) as `+2份 帮 赵奶奶
    6号楼101`; `帮我报2份`, `帮大家报` and any other text as it is."""
    found = _REPORTED_FOR.match(text.strip())
    if found is None:
        return text
    name = found.group("name")  # `帮豆豆报1份`: 帮 and 报 say it is a 代报, whatever the name looks like
    if name.casefold() in _NO_FRIEND or name.casefold() in _SELF or name.startswith("大家"):
        return text
    if (
        name.startswith("我")
        and name.removeprefix("我的").removeprefix("我家").removeprefix("我") not in _KIN
    ):
        return text
    note = f" {found.group('note')}" if found.group("note") else ""
    return f"+{found.group('n')}{found.group('unit') or ''} 帮 {found.group('name')}{note}"


# `帮赵奶奶 2`, `帮赵奶奶 2份`, `替 Kim 2`: a pasted list's friend line typed alone, as `+2 帮 赵奶奶`
_HELPED_COUNT = re.compile(
    rf"^(?:帮|替)\s*(?P<name>[\u3400-\u9fff]{{2,6}}|[A-Za-z][A-Za-z'’-]{{1,19}})\s*(?P<n>\d{{1,3}})\s*(?P<unit>{_UNIT})?$"
)


# `帮妈妈 小盒1`, `帮陈奶奶 小盒 1`, `帮妈妈 1 小盒`: that line with the option typed (rep92 #5), as
# `+1 帮 妈妈 小盒`
_HELPED_OPTION_COUNT = re.compile(
    rf"^(?:帮|替)\s*(?P<name>[\u3400-\u9fff]{{2,6}}|[A-Za-z][A-Za-z'’-]{{1,19}})\s+"
    rf"(?:(?P<word>[\u3400-\u9fff]{{1,4}}|[A-Za-z]{{1,12}})\s*[×xX*]?\s*(?P<n>\d{{1,3}})\s*(?P<unit>{_UNIT})?"
    rf"|(?P<n2>\d{{1,3}})\s*(?P<unit2>{_UNIT})?\s*(?P<word2>[\u3400-\u9fff]{{1,4}}|[A-Za-z]{{1,12}}))$"
)
# `帮妈妈 问问 1` (talk), `帮 小王 加1`, `帮 Xiaoli 改成3份` (a verb before the count): never an option
_NOT_AN_OPTION = re.compile(r"[要问说看买吗呢吧了么的也都还再和跟加来报订拿带减退共各改换变]")


def _helped_count(text: str) -> str:
    """`帮赵奶奶 2` (a person's name or a kinship word after 帮) as `+2 帮 赵奶奶`; `帮妈妈 小盒1` (an
    option's word with the count) as `+1 帮 妈妈 小盒`; other text as it is."""
    typed = " ".join(text.split())
    found = _HELPED_COUNT.match(typed)
    if found is not None and helped_name(f"帮{found.group('name')}") and int(found.group("n")):
        return f"+{found.group('n')}{found.group('unit') or ''} 帮 {found.group('name')}"
    found = _HELPED_OPTION_COUNT.match(typed)
    if found is None or not helped_name(f"帮{found.group('name')}"):
        return text
    n, unit = found.group("n") or found.group("n2"), found.group("unit") or found.group("unit2") or ""
    word = found.group("word") or found.group("word2")
    if not int(n) or _NOT_AN_OPTION.search(word) or re.fullmatch(_UNIT, word):
        return text
    return f"+{n}{unit} 帮 {found.group('name')} {word}"


# English joins said around a count, the whole message (rep92 #4): `1 for my sister`, `one for my sister
# please`, `for my sister 1` (a role word, `_ROLES`), `kaya 2 for me` (a word, then her own count), `count
# me in for 2 and 1 for my mum` (two people: as `2 for me and 1 for my mum`, asked one at a time)
_COURTESY_EN = r"(?:[\s,.!~]+(?:please|pls|plz|thanks?|thx))*[\s,.!~]*"
_FOR_ROLE_EN = r"for\s+(?:my|our)\s+(?P<role>[a-z]+)"
_COUNT_FOR_ROLE = re.compile(rf"^(?P<n>{_EN_NUMBER})\s+{_FOR_ROLE_EN}{_COURTESY_EN}$", re.IGNORECASE)
_ROLE_THEN_COUNT = re.compile(
    rf"^{_FOR_ROLE_EN}\s*[x×*]?\s*(?P<n>{_EN_NUMBER}){_COURTESY_EN}$", re.IGNORECASE
)
_WORD_COUNT_FOR_ME = re.compile(
    rf"^(?P<word>[a-z][a-z'’-]{{1,19}})\s+(?P<n>{_EN_NUMBER})\s+for\s+me{_COURTESY_EN}$", re.IGNORECASE
)
_IN_FOR_AND_ROLE = re.compile(
    rf"^(?:count\s+me\s+in|(?:i\s*['’]?\s*m|i\s+am)\s+in)\s+for\s+(?P<n>{_EN_NUMBER})\s*(?:,|&|and|plus)\s*"
    rf"(?P<m>{_EN_NUMBER})\s+{_FOR_ROLE_EN}{_COURTESY_EN}$",
    re.IGNORECASE,
)
_NOT_GOODS_EN = frozenset(
    {"count", "me", "i", "im", "and", "plus", "just", "only", "also", "same", "make", "it"}
)


def _friend_said_en(text: str) -> str:
    """`1 for my sister` (and its other orders) as `+1 for my sister`; `kaya 2 for me` as `2 kaya` (a join
    only where the word names the goods or an option open there: `dinner 2 for me` is talk); `count
    me in for 2 and 1 for my mum` as `2 for me and 1 for my mum`; other text as it is."""
    typed = " ".join(text.split())
    found = _COUNT_FOR_ROLE.match(typed) or _ROLE_THEN_COUNT.match(typed)
    if found is not None and found.group("role").lower() in _ROLES:
        return f"+{_en_count(found.group('n'))} for my {found.group('role')}"
    found = _WORD_COUNT_FOR_ME.match(typed)
    if found is not None and found.group("word").lower() not in _NOT_GOODS_EN | set(_EN_COUNTS):
        return f"{_en_count(found.group('n'))} {found.group('word')}"  # as `2 kaya`: `dinner 2 for me` talk
    found = _IN_FOR_AND_ROLE.match(typed)
    if found is not None and found.group("role").lower() in _ROLES:
        return f"{found.group('n')} for me and {found.group('m')} for my {found.group('role')}"
    return text


# `吴姐 +1 9号楼`, `张叔 2份 5号楼`, `张叔 2盒 5号楼`, `小马 1 10号楼`: a one-line 接龙 entry, a name, its
# count (a bare number too, the address after it saying it is a line) and where (`_NOTE_LIKE`): the note
_NAME_COUNT_NOTE = re.compile(
    rf"^(?P<word>[\u3400-\u9fff]{{2,6}}|[A-Z][a-z'’-]{{1,19}})\s*"
    rf"(?P<count>[+＋]\s*{NUMBER}(?:\s*{_UNIT})?|\d{{1,3}}\s*{_UNIT}?)(?![\d.])\s+(?P<note>\S.*)$"
)


# `豆沙 2 咸蛋黄 3`: after a word and its count, another word and its own count (`咸蛋黄3`, `咸蛋黄 3份`)
_SECOND_COUNTED = re.compile(rf"^(?P<word>[\u3400-\u9fff]{{1,6}})\s*(?P<n>\d{{1,3}})\s*(?:{_UNIT})?$")


# One short Chinese word after a name and its count (`小李 +2 豆沙`, `Kay 2 豆沙`): maybe an option's name, a
# join only where one open here is so called (`handlers.option_question`; `小李 +2 好吃` stays talk)
_ZH_WORD_AFTER = re.compile(r"^[\u3400-\u9fff]{1,6}$")


def note_like(note: str) -> bool:
    """Whether the words after a name and its count read as a note of a join (an address: `9号楼`, `3号楼
    502`, `放门口`), not one word that could only be an option's (`豆沙`)."""
    return bool(_NOTE_LIKE.search(note))


def _name_count_note(text: str) -> Join | None:
    """A name, a count and an address on one line (`吴姐 +1 9号楼`): the titled join `吴姐 +1` is, its note
    the address (`Join.titled`, the word then the note: the handler reads whose line the word says);
    None when what follows says no place or asks (`小马 1 个人吗`). The name may be a Latin one before
    Chinese words (`Kay 2 豆沙 3`, s39 #2), and the note one Chinese word, maybe an option's (`小李 +2 豆沙`,
    `Kay 2 豆沙`: the handler joins it only where it names one, s39 #3)."""
    found = _NAME_COUNT_NOTE.match(" ".join(text.replace("？", "?").split()))
    if found is None:
        return None
    note = found.group("note")
    word = found.group("word")
    if word.isascii() and (not person_name(word) or word.lower() in _NOT_WHOSE or not _CJK.search(note)):
        return None  # `Gate 3 block 5`, `Sorry 2 豆沙`: no Latin name before Chinese words
    if note[0] in "号楼栋幢室单" or len(note) > MAX_NOTE:  # `张叔 1 号楼`
        return None
    one_word = _ZH_WORD_AFTER.match(note) and person_name(word) and not is_courtesy(note)
    if not one_word and not _NOTE_LIKE.search(note):  # `小李 +2 豆沙`: an option's word, the handler tells
        return None
    if _TALK_WORD.search(note) or "?" in note:
        return None
    count = found.group("count").lstrip("+＋ ")
    joined = _parse_join(f"+{count} {note}")
    if not isinstance(joined, Join) or joined.leave or joined.friend or joined.items or joined.titled:
        return None
    if joined.note != note and (joined.measured is None or joined.measured.note != note):
        return None
    second = _SECOND_COUNTED.match(note) if not person_name(word) else None
    counted = _options_counted(text) if second is None and not person_name(word) else None
    if counted is not None and len(counted.items) > 2:  # `豆沙 2 咸蛋黄 1 莲蓉 1`: each option its count
        return None
    items: tuple[str, ...] = ()
    if second is not None:  # `豆沙 2 咸蛋黄 3`: two options, each with its count (items, one a message)
        items = (f"+{joined.quantity} {word}", f"+{second.group('n')} {second.group('word')}")
    return replace(joined, note=f"{found.group('word')} {note}", lang="zh", titled=True, items=items)


# A number where a friend's name goes (`+2 for 3 days`, `+2 for three days`, `+2 帮 3`, `+2 帮3`): no name
_NUMBER_NAME = re.compile(
    r"^(?:\d{1,3}|[一二两三四五六七八九十]|one|two|three|four|five|six|seven|eight|nine|ten)$", re.IGNORECASE
)
_HELP_NUMBER = re.compile(r"^(?:帮|给|替|代)\s*(?P<n>\d{1,3}|[一二两三四五六七八九十])(?:\s|$)")


def _no_number_for_a_friend(joined: Join) -> None:
    """A join whose friend's name is only a number (`+2 for 3 days`: a friend "3"; `+2 帮 3`): refused
    with how to name a friend, nothing joined (`join_friend_number`); a leave is left to its own answer."""
    if joined.leave:
        return
    said = joined.friend if _NUMBER_NAME.match(joined.friend or "") else ""
    helped = None if said or joined.friend else _HELP_NUMBER.match(joined.note)
    if not said and helped is None:
        return
    number = f" #{joined.group_buy_id}" if joined.group_buy_id is not None else ""
    raise DomainError(
        "join_friend_number",
        number=said or (helped.group("n") if helped is not None else ""),
        example=f"+{joined.quantity or 1}{number}",
    )


# `+1 #2 for 2`, `+1 for 2 #2 please`: a count after `for`, the whole message, is how many (`+2 #2`), never
# a friend's name; `+1 for Amy` is Amy's line, `+1 for 2pm` stays as it was (`+1 for 2 days`: _NUMBER_NAME)
_PLUS_ONE_FOR_N = re.compile(
    r"^[+＋]\s*1(?![\d.])\s*(?:#\s*(?P<id>\d+))?\s+for\s+(?P<n>\d{1,3})(?![\d.:])"
    r"(?P<end>(?:\s*#\s*\d+)?(?:[\s,.!~]|please|pls|plz|thanks?|thx)*)$",
    re.IGNORECASE,
)
# `+2 for 3`, `+2 #1 for 3`, `+2 for 3 #1`: a count, then a bare number after `for`: no friend called "3",
# nor which count is meant: refused with the forms (`join_for_number`), nothing joined
_PLUS_N_FOR_N = re.compile(
    r"^[+＋]\s*(?P<plus>\d{1,3})(?![\d.])\s*(?:#\s*(?P<id>\d+))?\s+for\s+(?P<n>\d{1,3})(?![\d.:])"
    r"(?:\s*#\s*(?P<after>\d+))?(?:[\s,.!~]|please|pls|plz|thanks?|thx)*$",
    re.IGNORECASE,
)
# `Tom +1 #5`, `小王 +1 #6`, `#5 Tom +1`, `芒果 +1 #2`: the group buy's number, a word of its own
_NUMBER_APART = re.compile(r"(?:^|\s)#\s*(?P<id>\d+)(?=\s|$)")


def _titled_numbered(text: str) -> Join | None:
    """A join whose word before the count names whose line or the product (`Tom +1`, `小王 +1`, `芒果 +1`:
    `Join.titled`), with the group buy's number before or after it (`Tom +1 #5`, `#5 Tom +1`): that join,
    for that group buy (as `+1 #5` is for her own line); None for any other text."""
    numbers = list(_NUMBER_APART.finditer(text))
    if len(numbers) != 1:
        return None
    found = numbers[0]
    joined = parse_join(" ".join(f"{text[: found.start()]} {text[found.end() :]}".split()))
    if not isinstance(joined, Join) or not joined.titled or joined.items or joined.group_buy_id is not None:
        return None
    return replace(joined, group_buy_id=group_buy_number(found.group("id")))


def _parse_join(text: str) -> Join | str | None:
    """The join or leave in `text` (already normalised), `UNREADABLE`, or None for chatter. `我要 red`
    (one word set apart, no quantity) is a join of 1 whose `option` is that word: a join only when a
    group buy open there has that option (the handler tells; else it is chatter, left unanswered); so is
    `我要2 red` (a quantity without units, then one word: `unitless`), `我要2 小时` chatter."""
    if _PHONE.match(text):
        return None
    comma = _decimal_comma(text) or _decimal_point(text)
    if comma is not None:  # `+1,5斤`: as `+1.5斤`, the comma said; `+1.5`: in its unit
        return comma
    text = _one_dozen(text)  # `+a dozen`: `+1 dozen`
    text = _TRADITIONAL_COUNT.sub("个", text)  # `+1 個`: as `+1 个`, never a note
    counted_for = _PLUS_ONE_FOR_N.match(text)  # `+1 #2 for 2`: 2 of #2, never a friend called "2"
    if counted_for is not None and not (counted_for.group("id") and "#" in counted_for.group("end")):
        number = f"#{counted_for.group('id')}" if counted_for.group("id") else ""
        text = " ".join(("+" + counted_for.group("n"), number, counted_for.group("end").strip())).strip()
    for_number = _PLUS_N_FOR_N.match(text)
    for_plus = parse_int(for_number.group("plus")) if for_number is not None else None
    for_after = parse_int(for_number.group("n")) if for_number is not None else None
    if for_number is not None and for_plus and for_after and for_plus > 1:  # `+2 for 3`: no friend called "3"
        at = for_number.group("id") or for_number.group("after")
        if for_number.group("id") and for_number.group("after"):
            return None
        number = f" #{at}" if at else ""
        if for_plus == for_after:  # `+2 for 2`: as `+2`, as `+1 for 1` is
            text = f"+{for_plus}{number}"
        else:
            raise DomainError(
                "join_for_number",
                n=for_plus,
                number=for_after,
                example=f"+{for_plus}{number}",
                counted=f"+{for_after}{number}",
            )
    spoken = _spoken_join(text)
    if spoken is not None:  # `me too`, `count me in`, `I want 2`, `x2`
        return spoken
    set_to = _SET_TO.match(text)
    if set_to is not None:  # `改成2份`, `我只要2份`: her line set to that many
        n = parse_int(set_to.group("n"))
        group_buy_id = group_buy_number(set_to.group("id")) if set_to.group("id") else None
        unit = set_to.group("unit")
        measured = Measured(n, unit) if unit and n is not None else None  # checked against its unit
        return (
            None
            if n is None
            else Join(n, group_buy_id, lang="zh", leave=True, set_to=True, measured=measured)
        )
    part = _set_to_part(text)
    if part is not None:  # `改成1.5kg`: her line set to an amount of no whole number
        return part
    named = _NAME_FIRST.match(text)
    if named is not None:  # `帮小王 +1`: as `+1 帮 小王`
        return _friend_first(named)
    optioned = _WORD_THEN_FRIEND.match(text)
    if optioned is not None:  # `香草 +1 帮老赵`: 老赵's line of 香草
        return _word_then_friend(optioned.group("word"), optioned.group("join"))
    who = _WHO_FIRST.match(text) if _ITEMS_FIRST.match(text) is None else None  # `我+1 小李+1`: items
    if who is not None:  # `我 +2`, `老公 +1`, `@王阿姨 +1`: whose line, then the join as usual
        return _who_first(who.group("who"), who.group("join"))
    leaving_who = _WHO_LEAVE.match(text)
    left = _who_leaves(leaving_who.group("who"), leaving_who.group("leave")) if leaving_who else None
    if left is not None:  # `老公 -1`, `小王 -1`, `@王阿姨 -1`, `mum -1`: that line's leave
        return left
    mentioned = _MENTION_LEAVE.match(text)
    said_for = parse_join(f"{mentioned.group('head')} 帮 {mentioned.group('name')}") if mentioned else None
    if isinstance(said_for, Join) and said_for.leave:  # `-1 @王阿姨`: her line, as `-1 帮 王阿姨`, else
        return replace(said_for, lang=None, mentioned=True)  # another's, refused (handlers.group_buys)
    first = _ID_FIRST.match(text)
    if first is not None:  # `#11 +2kg 3号楼`, `#11 -1`: as `+2kg #11 3号楼`
        return _numbered_first(int(first.group("id")), first.group("join"))
    fraction = _fraction_join(text)
    if fraction is not None:  # `+1.5斤`, `+半斤`, `+两斤半`: no whole number of its unit
        return fraction
    match = _JOIN.match(text)
    if match:
        return _join(match, text) or _unreadable(text)
    listed = _items_first(text)
    if listed is not None:  # `芒果+1 鸡蛋+2`: several items, one message each (handlers.several_items)
        return listed
    bare = _bare_measure(text)
    if bare is not None:  # `2kg`, `2 boxes please`: a join where sold so (the handler tells)
        return bare
    alone = _OPTION_ALONE.match(text)
    if alone and not _TALK_WORD.search(alone.group("word")) and not is_courtesy(alone.group("word")):
        return Join(1, option=alone.group("word"), lang="zh")
    leaving = _RETURN_MEASURED.sub("-", text, count=1)  # `退2斤`, `退 1 kg`: as `-2斤`
    if leaving != text and (_TALK_WORD.search(text) or text.rstrip().endswith(("?", "？"))):
        return None  # `退2斤可以吗`, `退2斤了`: talk about it
    fraction_leave = _fraction_leave(leaving)
    if fraction_leave is not None:  # `-1.5kg`, `-半斤 #2`: no whole number of its unit
        return replace(fraction_leave, lang="zh") if leaving != text else fraction_leave
    weighed = _LEAVE_MEASURED.match(leaving)  # `-2kg`, `-1 kg #11`, `-2斤 帮 小王`: the unit apart
    unit = weighed.group("unit") if weighed is not None and unit_key(weighed.group("unit")) else ""
    said = leaving
    if weighed is not None and unit:
        said = " ".join(("-" + weighed.group("n"), weighed.group("id") or "", weighed.group("rest").strip()))
    said = _LEAVE_ID_LAST.sub(r"\g<head> #\g<id> \g<rest>", " ".join(said.split()))  # `-1 小 #3`
    someone = _LEAVE_MENTION.match(said)
    if someone is not None:  # `-1 @Bob`: a friend's line of hers, else another's (handlers.group_buys)
        count = read_quantity(someone.group("n"))
        number = someone.group("id") or someone.group("id2")
        return Join(
            count or 1,
            group_buy_number(number) if number else None,
            friend=someone.group("who")[:MAX_FRIEND],
            lang="zh" if _chinese_words(text) else None,
            leave=True,
            mentioned=True,
        )
    leave = _LEAVE.match(said)
    if leave:
        quantity = read_quantity(leave.group("n"))
        if quantity is None:
            return None
        friend = friend_name(leave.group("friend") or leave.group("friend_en") or "")[:MAX_FRIEND]
        friend = "" if friend.lower() in _SELF else friend  # `-1 for me`: the member's own line
        group_buy_id = group_buy_number(leave.group("id")) if leave.group("id") else None
        lang = "en" if leave.group("friend_en") else "zh" if _chinese_words(text) else None
        after = leave.group("option") or ""
        role = _role_then_name(friend, after) if leave.group("friend_en") and after else None
        if role is not None:  # `-1 for my neighbour Bob`: Bob's line, never an option "Bob"
            friend, after = role
        elif leave.group("friend_en") and (full := _surname_after(friend, after)):
            friend, after = full  # `-1 for Zhao Wei`: Zhao Wei's line
        if leave.group("option_first") and after:  # two options: not a leave
            return _unreadable(text)
        option = leave.group("option_first") or after
        whose = (kin_name(option) or (option if PERSON.match(option) else None)) if not friend else None
        if whose:  # `-1 我妈`, `-1 王阿姨`, `-1 my mum`: that line, as `-1 帮 我妈`
            friend, option, lang = whose[:MAX_FRIEND], "", "en" if option.isascii() else "zh"
        measured = Measured(quantity, unit) if unit else leave_measure(quantity, option)
        return Join(
            quantity, group_buy_id, friend=friend, lang=lang, leave=True, option=option, measured=measured
        )
    return _unreadable(text)


def _bare_measure(text: str) -> Join | None:
    """`2kg`, `2 kg please`, `两斤`, `1.5kg`: a quantity in a unit word alone (courtesy aside), no `+`:
    `Join.bare`; None for anything else (`I bought 2kg yesterday` is chatter)."""
    read = _MEASURED_ALONE.match(text)
    rest = read.group("rest").strip(" ,，.。!！") if read is not None else ""
    if read is None or (rest and not is_courtesy(rest)):
        return None
    said = read.group("amount")
    lang = None  # `两斤`, `半打 谢谢`: an amount, no words: answered as `+1` is
    fraction = _fraction_first(said)
    if fraction is not None and not fraction.note:  # `1.5kg`: refused where sold in kg
        return Join(1, lang=lang, measured=replace(fraction, alone=True), bare=True)
    whole = measure(said)
    if whole is None or not unit_key(whole.unit):
        return None
    return Join(whole.quantity, lang=lang, measured=whole, bare=True)


def _numbered_first(number: int, said: str) -> Join | str | None:
    """`#11 +2kg`, `#11 -1 帮 小王`: the join or leave after the group buy's number, for that group buy;
    another number after it (`#11 +1 #12`) is chatter."""
    joined = parse_join(said)
    if not isinstance(joined, Join):
        return joined
    group_buy_id = group_buy_number(str(number))
    if joined.group_buy_id not in (None, group_buy_id):
        return None
    return replace(joined, group_buy_id=group_buy_id)


# `3号楼`, `12栋`, `502室`: digits inside a word (an address, a building), a note's word, never a quantity;
# `3号` alone may be the group buy's number or a day, so it is not read so
_DIGITS_IN_WORD = re.compile(r"^\d+(?!号$)[\u3400-\u9fff]\S*$")


def note_word_first(rest: str) -> Join | None:
    """`/join 3号楼 2` (`跟团 3号楼 2份`): a join whose first word has digits inside it (`3号楼`) is a note
    there, not a quantity: the standalone amount last is the quantity (`+2 3号楼`), else one (`/join
    3号楼`: `+1 3号楼`; `/join 3号楼 502`, three digits alone: the room, `+1 3号楼 502`). None when the
    first word is no such word (`2斤`, `2份`, `3`: an amount)."""
    words = rest.split()
    if not words or _DIGITS_IN_WORD.match(words[0]) is None:
        return None
    glued = parse_join(f"+{words[0]}")
    if not isinstance(glued, Join) or glued.measured is not None or not glued.note:
        return None  # `2箱`, `2份`: an amount in a unit
    last = words[-1].lstrip("+＋")
    amount = parse_join(f"+{last}") if len(words) > 1 and last[:1].isdigit() else None
    room = last.isdigit() and len(last) > 2  # `/join 3号楼 502`: the room, not 502 of them
    if isinstance(amount, Join) and not amount.note and not amount.leave and not room:
        noted = parse_join(f"+{last} {' '.join(words[:-1])}")
    else:
        noted = parse_join(f"+1 {rest}")
    return noted if isinstance(noted, Join) and not noted.leave else None


def leave_measure(quantity: int | None, option: str) -> Measured | None:
    """A leave's word that is a quantity in a unit (`-1 2斤`, `退出 2斤`, `/leave 2 kg`): that reading,
    counted on a group buy sold in a unit and without options (where it is an option's name); else
    None. A number before a whole amount (`-1 2斤`) only says "fewer", as `+1 2斤`'s says "me too"."""
    if not option:
        return None
    whole = measure(option)
    if whole is not None:
        return replace(whole, before=quantity or 0)
    return measure(f"{quantity} {option}") if quantity else None


def _set_to_part(text: str) -> Join | None:
    """`改成1.5kg`, `改成半斤 #2`, `改成1.5`, `改成1.5份`: a set-to whose amount is no whole number
    (`Measured.part`, `alone`; no unit word: of the unit the group buy is sold in); None for any other
    text (`改成1.5kg的那种` is talk)."""
    match = _SET_TO_PART.match(text)
    if match is None:
        return None
    amount = match.group("amount").strip()
    group_buy_id = group_buy_number(match.group("id")) if match.group("id") else None
    portions = _PART_PORTIONS.match(amount)
    if portions is not None:  # `改成1.5`, `改成1.5份`: as typed, in the group buy's unit
        said = re.sub(r"\s+", "", portions.group("n"))
        measured = Measured(int(float(said.replace("．", "."))), "", part=said, alone=True)
        return Join(1, group_buy_id, lang="zh", leave=True, set_to=True, measured=measured)
    fraction = _fraction_first(amount)
    if fraction is None or fraction.note:
        return None
    return Join(1, group_buy_id, lang="zh", leave=True, set_to=True, measured=replace(fraction, alone=True))


def _fraction_leave(text: str) -> Join | None:
    """`-1.5kg`, `-半斤`, `减 0.5 kg #2`: a leave whose only quantity is no whole number of a unit
    (`Measured.part`, `alone`): refused on a group buy sold in a unit; None for any other text."""
    match = _FRACTION_LEAVE.match(text)
    if match is None:
        return None
    amount, group_buy_id = match.group("amount"), None
    numbered = re.search(r"#\s*(\d+)", amount)
    if numbered is not None:
        group_buy_id = group_buy_number(numbered.group(1))
        amount = f"{amount[: numbered.start()]} {amount[numbered.end() :]}".strip()
    fraction = _fraction_first(amount)
    if fraction is None or fraction.note:
        return None
    lang = "zh" if _chinese_words(text[: match.start("amount")]) else None  # `减半斤`; `-半斤` none
    return Join(1, group_buy_id, lang=lang, leave=True, measured=replace(fraction, alone=True))


def parse_pasted_list(raw: str, names: Sequence[str] = ()) -> Join | None:
    """A WeChat 接龙 list pasted back with the member's line added: her line's join (the last that names
    her, wherever it is; else the last numbered line, `list_name` the name it starts with), with
    the list's title (`list_title`: with several open, the group buy it names is meant). The member's
    `names` (room alias, display name: as WeChat writes her in the list) are taken off the line first
    (`小李88 2份` is 2 units, `D1 +1 3号楼` 1 with note `3号楼`; also after someone else's name: `王五 李四
    +1`); a line starting otherwise loses its first word (or what comes before a glued quantity:
    `小王2份`). Its quantity is a `+N`, `N份`, `xN` or a number right after the name, never a numeral of
    the name (`李四 +1`, `王五 2斤 +1`: 1) nor a weight (`3斤 +1`: 1 of the option 3斤). It is what her line
    holds in all (`pasted`): re-pasted as she holds it, nothing is added (`services.group_buys.join`)."""
    lines = raw.splitlines()
    if len(lines) < 2:  # a list has its head and a line, a card's list two lines at least: `+1`; but
        return _pasted_card(lines, names)  # `1. 小王 2盒`, her own line first on the list: hers
    head = _LIST_HEAD.match(lines[0])
    if head is None:
        return _pasted_card(lines, names)
    # a list's first line under its title on the `#接龙` line (`#接龙 阳光玫瑰⏎1. Bob 2`): two lines
    titled = bool(lines[0][head.end() :].strip()) and not _PRICED_HEAD.search(lines[0])
    from handlers.parsing.template import header_priced  # here: the template reader imports this module

    # `#接龙 芒果 30元/份 明晚8点截单⏎1. 李姐 1份`: the organiser's template in one line over her first line,
    # for `handlers.pasted_template` to open (a paste-back when its group buy is open)
    if len(lines) < (2 if titled or header_priced(lines[0]) else 3):
        return None
    entries = [m.group("entry") for m in map(_list_line, lines) if m]
    if not entries:
        return None
    said = [" ".join(unicodedata.normalize("NFKC", line).split()) for line in lines if line.strip()]
    counts: list[str] = []  # `2` under the numbered lines: a line of a count and no name (rep83 #1)
    while len(said) > 1 and _COUNT_ALONE.match(said[-1]) and not _list_line(said[-1]):
        counts.insert(0, said.pop())
    if counts and _list_line(said[-1]):
        entries += counts
    title = _list_title(lines[0][head.end() :], lines[1:])
    spelled = [" ".join(unicodedata.normalize("NFKC", entry).split()) for entry in entries]
    hers = [at for at, line in enumerate(spelled) if names_her(line, names)]  # by name, wherever it is
    # `2. 老陈 帮刘姐 1`: her name, then whom for: 刘姐's line, as `+1 帮 刘姐`, never her own (h_x #2)
    friends = {at: found for at in hers if (found := _her_friends_line(spelled[at], names)) is not None}
    if friends:
        hers = [at for at in hers if at not in friends]
        for at, (_, after) in friends.items():
            spelled[at] = after

    def extra_of(at: int) -> tuple[str, str] | None:
        said = _extra_line(spelled[at])
        if at not in friends:
            return said
        return friends[at][0], said[1] if said is not None else "1"

    if not hers and friends:  # only lines for others under her name: the last one joined, for its person
        at = max(friends)
        joined = _line_join(spelled[at], names, hers=False, title=title)
        if joined is None:
            return None
        around = [each for each in range(len(spelled)) if each != at]
        named = tuple(said[0] for said in map(extra_of, around) if said is not None and said[0])
        plain = [spelled[each] for each in around if each not in friends]
        joined = replace(joined, friend=friends[at][0], list_name="", listed=_listed(plain), list_names=named)
        return replace(joined, extra_lines=tuple(filter(None, map(extra_of, around))))
    if not hers:  # `5. 周叔 1⏎6. 赵奶奶 2 周叔代报`: 周叔's line hers, 赵奶奶's his friend's (rep77 #6)
        proxy = _proxy_line(spelled)
        if proxy is not None:
            joined = _line_join(spelled[proxy], names, hers=False, title=title)
            if joined is None:
                return None
            extra = tuple(filter(None, (_extra_line(after) for after in spelled[proxy + 1 :])))
            named = _names(each for at, each in enumerate(spelled) if at != proxy)
            return replace(joined, extra_lines=extra, list_names=named)
    line = spelled[hers[-1]] if hers else spelled[-1]
    off = _own_off(line, names) if hers else ""
    if off:  # `小美 不要了`, `小美 0盒`, `小美 2盒 -1`: never a join of 1, never silence (rep92 #7)
        return Join(1, pasted=True, list_title=title, own_off=off)
    joined = _line_join(line, names, hers=bool(hers), title=title)
    if joined is None:
        return joined
    helped = "" if hers else helped_name(joined.list_name)
    if helped:  # `7. 帮赵奶奶 2`: 赵奶奶's line, a friend's of hers, never a member called 帮赵奶奶 (s36 #4)
        joined = replace(joined, friend=helped, list_name="")
    others = [
        each for at, each in enumerate(spelled) if at not in hers and at not in friends and each is not line
    ]
    named = _names(others) + tuple(name for name, _ in friends.values())
    joined = replace(joined, listed=_listed(others), list_names=named)
    if not hers and helped:  # `2. 陈妈妈 1` above it names none of her names: said, never dropped (rep79 #7)
        return replace(joined, extra_lines=tuple(filter(None, map(_extra_line, others))))
    if not hers:
        return joined
    if len(hers) > 1:  # `2. 张叔 1⏎3. 张叔 1`: the last one counts, and she is told
        read = [_line_join(spelled[at], names, hers=True, title=title) for at in hers]
        products = tuple(item for each in read if each is not None for item in each.products)
        apart = all(each is not None and each.products for each in read)
        if apart and len({word for word, _ in products}) == len(products):  # `小美 大盒 1⏎小美 小盒 2`:
            joined = replace(joined, products=products)  # a line each option (rep88 #7), each joined
        else:
            joined = replace(joined, own_twice=sum(each.quantity for each in read if each is not None))
    above = [at for at in friends if at < hers[-1]]  # her friend's line above her own: said too
    extra = tuple(filter(None, map(extra_of, [*above, *range(hers[-1] + 1, len(spelled))])))
    return replace(joined, extra_lines=extra)


# `老陈 帮刘姐 1`, `老陈 帮隔壁刘姐 1盒`, `Dan for Ann 1`: after her own name, whom the line is for
_HELPED_AFTER = re.compile(
    r"^(?:(?:帮|替)\s*(?P<zh>[\u3400-\u9fff]{2,6}|[A-Za-z][\w'’-]*)|for\s+(?!my\b)(?P<en>[A-Za-z][\w'’-]*))"
    r"(?=\s|\d|$)",
    re.IGNORECASE,
)


def _her_friends_line(line: str, names: Sequence[str]) -> tuple[str, str] | None:
    """A pasted list line starting with one of her `names` and then saying whom it is for (`老陈 帮刘姐
    1`): (that person, the line as that person's own: `刘姐 1`); None for any other line."""
    for name in {" ".join(unicodedata.normalize("NFKC", name).split()) for name in names}:
        if not name or not line.casefold().startswith(name.casefold()):
            continue
        after = _after_name(line, name)
        found = _HELPED_AFTER.match(after or "")
        if after and found is not None and _COUNT_IN.search(after[found.end() :]):
            friend = found.group("zh") or found.group("en")
            return friend, f"{friend} {after[found.end() :].strip()}"
    return None


_COUNT_IN = re.compile(r"\d")


# `帮赵奶奶`, `替 赵奶奶`: a list line's name saying whom it was put down for
_HELPED = re.compile(r"^(?:帮|替)\s*(?P<name>\S{2,20})$")


def helped_name(name: str) -> str:
    """The person a pasted list line's name says it is for (`帮赵奶奶`: 赵奶奶, a person's name or shape,
    or a kinship word); "" for any other name (`帮帮`, `帮主`)."""
    found = _HELPED.match(name.strip())
    if found is None:
        return ""
    person = found.group("name")
    return person if person_name(person) or PERSON.match(person) or kin_name(person) else ""


def _listed(lines: Sequence[str]) -> tuple[tuple[str, str, int], ...]:
    """A pasted list's other lines with a plain count (`张叔 3盒`: 张叔, the line, 3); a line with
    products, a weight or none read is left out."""
    said = []
    for line in lines:
        read = _line_join(line, (), hers=False, title="")
        if read is None or read.products or not read.list_name or _PROXY.search(line):
            continue
        if read.measured is not None and (read.measured.part or grams(read.measured.unit) is not None):
            continue
        quantity = read.measured.quantity if read.measured is not None else read.quantity
        said.append((read.list_name, line, quantity))
    return tuple(said)


# `接龙 芒果 价格 88⏎1. Amy 1`: a head line with a price or a target opens a group buy, never a list's title
_PRICED_HEAD = re.compile(r"价|[¥￥$]|\d\s*(?:元|块)|成团|price|target", re.IGNORECASE)


# a line put down by someone else for its person (`赵奶奶 2 周叔代报 6号楼101`, `赵奶奶 2 帮周叔报`): who did
_PROXY = re.compile(r"(?:^|\s)(?P<by>[^\s\d]{1,8}?)代(?:报|接龙|订)(?=\s|$)")


def _proxy_line(spelled: Sequence[str]) -> int | None:
    """Where the last line is put down by someone for another (`6. 赵奶奶 2 周叔代报`, and any such lines
    before it), the line of the one who did (`5. 周叔 1`): its place; None otherwise."""
    last = _PROXY.search(spelled[-1])
    if last is None:
        return None
    by = last.group("by")
    at = len(spelled) - 1
    while at >= 0 and _PROXY.search(spelled[at]) is not None:
        at -= 1
    if at < 0 or spelled[at].split(" ", 1)[0] != by:
        return None
    return at


def _names(lines: Iterable[str]) -> tuple[str, ...]:
    """Whom each of a pasted list's `lines` is for (`文文妈妈 1`: 文文妈妈, `帮赵奶奶 2`: 赵奶奶), a line
    naming no one left out."""
    return tuple(line[0] for line in map(_extra_line, lines) if line is not None and line[0])


def _extra_line(line: str) -> tuple[str, str] | None:
    """A list line after hers (someone she added, `文文妈妈 1`): (the name it starts with, its amount as
    a join types it, `1`, `2斤`); a line of a count and no name (`6. 2`): ("", its amount); None for
    a line naming no one."""
    read = _line_join(line, (), hers=False, title="")
    name = read.list_name if read is not None else line.split(" ", 1)[0]
    helped = helped_name(name)  # `帮赵奶奶 2 6号楼101`: 赵奶奶's, her address kept
    name = helped or name
    if not name and read is not None and _COUNT_FIRST.match(line):  # `6. 2`: said, never dropped (rep81 #7)
        return "", str(read.quantity)
    if not name:
        return None
    if read is None:
        return name, "1"
    if helped and read.note and read.measured is None and not read.products:
        return name, f"{read.quantity} {read.note}"
    if len(read.products) == 1:  # `小周 芒果2`: `2 芒果`; `帮赵奶奶 小盒 2`: `2 小盒` (the option: rep81 #3)
        word, count = read.products[0]
        return name, f"{count} {word}"
    where = " ".join(_PROXY.sub(" ", read.note).split()) if _PROXY.search(read.note) else ""
    if where and read.measured is None:  # `赵奶奶 2 周叔代报 6号楼101`: `2 6号楼101`, her address kept
        return name, f"{read.quantity} {where}"
    if read.measured is not None and read.measured.unit and not read.measured.part:
        return name, f"{read.measured.quantity}{read.measured.unit}"
    return name, str(read.quantity)


# `接龙 Kay 2斤`: words that say a group buy is being opened (its price, target, deadline), not her line
_OPENING_WORDS = re.compile(r"价|[¥￥元]|成团|截止|截单|price|target|close|deadline", re.IGNORECASE)


def parse_own_line(text: str, names: Sequence[str]) -> Join | None:
    """`接龙 Kay 2斤` from Kay: `接龙`, then her own name (one of `names`) and an amount, none of the words
    that open a group buy (a price, a target): her join line, as a pasted list's (what her line holds in
    all); else None (`接龙 海南贵妃芒 5斤` opens one, and is told to add its price)."""
    said = " ".join(unicodedata.normalize("NFKC", text).split())
    head = _LIST_HEAD.match(said)
    if head is None or "\n" in text.strip() or _OPENING_WORDS.search(said):
        return None
    line = said[head.end() :].strip()
    if not names_her(line, names):
        return None
    entry = _without_glued_emoji(_entry_after_name(line, names))
    if not entry or (_ENTRY_FIRST.match(entry) is None and _measured_entry(entry) is None):
        return None  # no amount first (`接龙 Kay 3号楼`)
    return _line_join(line, names, hers=True, title="")


# The title line of the bot's own card (`🛒 砂糖橘（#11）`, `🛒 Longan (#10)`): its title and number.
_CARD_TITLE = re.compile(r"^\W*(?P<title>\S.*?)\s*[(（]\s*#\s*(?P<id>\d{1,9})\s*[)）]\s*$")


def _pasted_card(lines: Sequence[str], names: Sequence[str]) -> Join | None:
    """The bot's own card list pasted back with her line added, no `#接龙` on top (`1. Bob 1斤\n2. Cat
    1斤\n3. Lee 3斤`, or the whole card text): its numbered lines (`N. name qty`, `N. name ×qty`) end the
    text, at least two, counted 1, 2, 3…, no numbered line before them, and the last names her (one of
    `names`): that line's join, as a pasted 接龙 list's; the card's title line (`🛒 砂糖橘（#11）`)
    names its group buy. Her own first line alone (`1. 小王 2盒`) too. Anything else (the last line
    someone else's, numbers out of order): None."""
    kept = [" ".join(unicodedata.normalize("NFKC", line).split()) for line in lines]
    kept = [line for line in kept if line]
    counts: list[str] = []  # `2` under the numbered lines: a line of a count and no name, said (rep83 #1)
    while len(kept) > 2 and _COUNT_ALONE.match(kept[-1]) and _list_line(kept[-2]):
        counts.insert(0, kept.pop())
    read = [_list_line(line) for line in kept]
    at = len(read)
    while at > 0 and read[at - 1] is not None:
        at -= 1
    entries = [m.group("entry") for m in read[at:] if m is not None]
    counted = [int(m.group("n")) for m in read[at:] if m is not None]
    # one line alone (`1. 小王 2盒`, the first to sign up under the card): only hers, naming her
    lone = len(kept) == 1 and len(entries) == 1 and _lone_line_hers(entries[0], names)
    if (len(entries) < 2 and not lone) or counted != list(range(1, len(entries) + 1)) or any(read[:at]):
        return None
    entries += counts
    nameless = [each for each in entries if (_extra_line(each) or ("-", ""))[0] == ""]
    mine = len(entries) - 1  # her line: the last, or the last naming her (or a friend) above counts alone
    while mine > 0 and entries[mine] in nameless:
        mine -= 1
    if not names_her(entries[mine], names) and not helped_name(entries[mine].split(" ", 1)[0]):
        mine = len(entries) - 1
    line = entries[mine]
    extra = tuple(filter(None, map(_extra_line, entries[mine + 1 :])))
    lang = "zh" if _CJK.search("\n".join(kept)) else None
    card = _CARD_TITLE.match(kept[0]) if at > 0 else None
    title = card.group("title") if card is not None else ""
    group_buy_id = group_buy_number(card.group("id")) if card is not None else None
    helping = _her_friends_line(line, names)  # `2. 老陈 帮刘姐 1`: 刘姐's line, never his own (h_x #2)
    if helping is not None:
        friend, after = helping
        said = _extra_line(after)
        theirs = (friend, said[1] if said is not None else "1")
        own = [
            i
            for i in range(mine)
            if names_her(entries[i], names) and not _her_friends_line(entries[i], names)
        ]
        if (
            own
        ):  # `2. 老陈 2盒⏎3. 老陈 帮刘姐 1盒`: his own line joined, 刘姐's said with the join that adds it
            joined = _line_join(
                entries[own[-1]], names, hers=True, title=title, group_buy_id=group_buy_id, lang=lang
            )
            return None if joined is None else replace(joined, extra_lines=(theirs, *extra))
        other = _line_join(after, (), hers=False, title=title, group_buy_id=group_buy_id, lang=lang)
        return None if other is None else replace(other, friend=friend, list_name="", extra_lines=extra)
    if not names_her(line, names):
        other = _line_join(line, (), hers=False, title=title, group_buy_id=group_buy_id, lang=lang)
        if other is None:
            return None
        helped = helped_name(other.list_name)
        if other.list_name.casefold() == "for":  # `4. for Kim small 2`: Kim's line, as `帮赵奶奶 小盒 2`
            named = _line_join(line[4:], (), hers=False, title=title, group_buy_id=group_buy_id, lang=lang)
            helped = named.list_name if named is not None and person_name(named.list_name) else ""
            other = named if helped and named is not None else other
        if helped:  # `7. 帮赵奶奶 小盒 2`: 赵奶奶's line, a friend's of hers (rep83 #2)
            return replace(other, friend=helped, list_name="", extra_lines=extra)
        if not other.list_name:  # `7. 2`: a line naming nobody is hers, its count kept (rep83 #3)
            return other
        if card is None and not other.products:  # a list copied without the card's title: talk, as ever
            return None
        return replace(other, not_hers=True)  # `4. Kim small 2`: someone else's, nothing joined (rep83 #2)
    joined = _line_join(line, names, hers=True, title=title, group_buy_id=group_buy_id, lang=lang)
    return replace(joined, extra_lines=extra) if joined is not None and extra else joined


# a line of a count alone under a pasted card's numbered lines (`2`, `x2`, `+2`, `2份`)
_COUNT_ALONE = re.compile(rf"^(?:[+x×*]\s*)?\d{{1,3}}\s*(?:{_UNIT})?$", re.IGNORECASE)


def _line_join(
    line: str,
    names: Sequence[str],
    *,
    hers: bool,
    title: str,
    group_buy_id: int | None = None,
    lang: str | None = "zh",
) -> Join | None:
    """The join a pasted list's line says (`hers`: it names her; else `list_name` is whose it says)."""
    entry = _entry_after_name(line, names)
    # the last line names no name of hers: whose it says it is (`张叔 3斤`: 张叔), never another member's
    named = "" if hers else line[: len(line) - len(entry)].strip()
    entry = _without_glued_emoji(entry)  # `老陈 3🙏`, `Eve 2盒🥚`: 3, 2盒, as `3 🙏` is
    products = _products(entry)
    read = _ENTRY_FIRST.match(entry) or _ENTRY_LAST.match(entry)
    if products or read is None:  # `芒果1 鸡蛋1`: read as before too, a word naming none open here
        return Join(
            1,
            group_buy_id,
            note=_note(entry),
            lang=lang,
            list_title=title,
            pasted=True,
            measured=None if products else _measured_entry(entry),
            list_name=named,
            products=products,
        )
    raw_quantity = read.group("plus") or read.group("times") or read.group("units")
    quantity = parse_int(raw_quantity)
    if quantity is None or quantity == 0:
        return None
    note = _note(read.group("rest"))
    unit = read.group("unit") if read.group("units") else None  # `2箱`: a unit word (`2份` none)
    measured = Measured(quantity, unit, note) if unit and unit != "份" else None
    after = _UNIT_AFTER.match(read.group("rest")) if read.group("units") and not unit else None
    if after:  # `2 kg 3号楼`
        measured = Measured(quantity, after.group("unit"), _note(after.group("rest")))
    elif measured is None and (later := _measured_entry(read.group("rest"))) is not None:  # `+1 2.5斤`
        measured = replace(later, before=quantity)
    return Join(
        quantity,
        group_buy_id,
        note=note,
        lang=lang,
        list_title=title,
        pasted=True,
        measured=measured,
        list_name=named,
    )


# A pasted line's products, each with its count glued or after it (`芒果1`, `芒果2 鸡蛋1`, `芒果 x2`,
# `鸡蛋2份`): a Chinese word of two characters or more, never a unit word or a number's
_PRODUCT_COUNT = re.compile(
    rf"(?P<word>[\u3400-\u9fff]{{2,12}}?|[A-Za-z]{{3,12}})\s*[x×*]?\s*(?P<n>\d{{1,3}})\s*(?:{_UNIT})?"
)


def _products(entry: str) -> tuple[tuple[str, int], ...]:
    """`芒果1 鸡蛋2`: each (product word, count) of a pasted line, the whole line read so; else ()."""
    found: list[tuple[str, int]] = []
    at, said = 0, entry.strip()
    while at < len(said):
        read = _PRODUCT_COUNT.match(said, at)
        if read is None or not int(read.group("n")):
            return ()
        found.append((read.group("word"), int(read.group("n"))))
        at = read.end()
        while at < len(said) and said[at] in " ,，、;；":
            at += 1
    return tuple(found)


def _fraction(text: str) -> Measured | None:
    """`2.5斤 3号楼`, `半斤`, `两斤半`, `0.5 kg`, `3号楼 2.5斤`: no whole number of a unit
    (`Measured.part`), the rest its note; else None."""
    first = _fraction_first(text)
    if first is not None:
        return first
    last = _FRACTION_LAST.match(text.strip())  # `3号楼 2.5斤`
    found = _fraction_first(last.group("amount")) if last is not None else None
    if last is None or found is None:
        return None
    return Measured(found.quantity, found.unit, _note(last.group("before")), part=found.part)


def _fraction_first(text: str) -> Measured | None:
    """`2.5斤 3号楼`, `半斤`, `两斤半`: the amount first, the rest its note; else None."""
    for form in _FRACTIONS:
        read = form.match(text.strip())
        if read is None:
            continue
        whole = read.groupdict().get("whole")
        unit, rest = read.group("unit"), read.group("rest")
        said = read.string[: read.start("rest")].strip()
        part = " ".join(said.split()) if unit.isascii() else "".join(said.split())
        return Measured((parse_int(whole) or 0) if whole else 0, unit, _note(rest), part=part)
    return None


def _measured_entry(entry: str) -> Measured | None:
    """A pasted line whose only quantity is in a weight or another unit word (`2斤`, `3号楼 两斤`,
    `2 kg`), or no whole number of one (`2.5斤`, `半斤`: `Measured.part`): that reading (counted, or
    refused, on a group buy sold by it), else None."""
    fraction = _fraction(entry)
    if fraction is not None:
        return fraction
    read = _MEASURED_FIRST.match(entry) or _MEASURED_LAST.match(entry)
    quantity = parse_int(read.group("n")) if read else None
    if read is None or not quantity:
        return None
    return Measured(quantity, read.group("unit"), _note(read.group("rest")))


def measure(word: str) -> Measured | None:
    """`2斤`, `两斤`, `2 kg` alone: a whole quantity in a unit word (`候补 2斤`), else None."""
    read = _MEASURED_FIRST.match(" ".join(unicodedata.normalize("NFKC", word).split()))
    quantity = parse_int(read.group("n")) if read is not None and not read.group("rest") else None
    return None if read is None or not quantity else Measured(quantity, read.group("unit"))


def amount_word(word: str) -> Measured | None:
    """A quantity in a unit word, one word (`2斤`, `1kg`, `两斤`), or no whole number of one (`半斤`,
    `2.5斤`, `两斤半`: `Measured.part`): how `代报 王阿姨 2斤` says how much; None for any other word
    (`2`, `2份`, `3号楼`)."""
    said = _one_dozen(" ".join(unicodedata.normalize("NFKC", word).split()))  # `a dozen`: 1 dozen
    fraction = _fraction_first(said)
    if fraction is not None:
        return None if fraction.note else fraction
    whole = measure(said)
    return whole if whole is not None and unit_key(whole.unit) else None


def _list_title(after_head: str, lines: Sequence[str]) -> str:
    """A pasted list's title: what follows `#接龙` on its line, else the first line before the entries."""
    for line in (after_head, *lines):
        if _list_line(line):
            return ""
        said = " ".join(unicodedata.normalize("NFKC", line).split()).strip(" :：")
        if said:
            return said[:MAX_NOTE]
    return ""


# a list line starting with its count, no name before it (`5. 2`, `5. +2`, `5. 2份 3号楼`, `5. x2`)
_COUNT_FIRST = re.compile(r"^\s*(?:[+x×*]\s*)?\d", re.IGNORECASE)


# `(送 2) Kay 1`: a bracketed note before a list line's name
_LEAD_BRACKET = re.compile(r"^\s*(?P<note>[(（\[【][^)）\]】]+[)）\]】])\s*(?P<rest>\S.*)$")


def _entry_after_name(entry: str, names: Sequence[str]) -> str:
    """A list line without the name it starts with: one of the member's `names` where it does (the
    longest; also after another name, `王五 李四 +1`), else what comes before a glued quantity
    (`小王2份`, `李四+1`), else the first word. A bracketed note before the name (`(送 2) Kay 1`) is kept,
    after the count: `1 (送 2)`."""
    lead = _LEAD_BRACKET.match(entry)
    if lead is not None:
        kept = _entry_after_name(lead.group("rest"), names)
        if kept:
            return f"{kept} {lead.group('note')}"
    spelled = {" ".join(unicodedata.normalize("NFKC", name).split()) for name in names}
    for name in sorted(filter(None, spelled), key=len, reverse=True):
        after = _after_name(entry, name)
        if after is not None:
            return after
    if _COUNT_FIRST.match(entry) and _ENTRY_FIRST.match(entry):  # `5. 2`: no name, her count (rep81 #7)
        return entry.strip()
    first = entry.split(" ", 1)[0]
    for cut in range(1, len(first)):
        if _glued_quantity(entry[cut:]) or _GLUED_WEIGHT.match(entry[cut:]):
            return entry[cut:].strip()
    return entry.split(" ", 1)[1] if " " in entry else ""


# her pasted line saying less or none: a leave's word (`不要了`, `不跟了`, `取消`, `退出`), a count of 0
# (`0盒`, `x0`), or a minus after her count (`2盒 -1`)
_OFF_WORDS = re.compile(
    r"(?:^|\s)(?:不要了?|不跟了|取消了?|退出了?)\s*$|(?:^|\s)[-－]\s*\d{1,3}\s*\S{0,2}$"
    r"|^(?:[x×*]\s*)?0\s*(?:份|盒|个|箱|斤|袋|瓶|包|只|kg|g)?$",
    re.IGNORECASE,
)


def _own_off(line: str, names: Sequence[str]) -> str:
    """Her pasted line's words after her name when they say less or none (`不要了`, `0盒`, `2盒 -1`); ""
    otherwise."""
    for name in names:
        spelled = " ".join(unicodedata.normalize("NFKC", name).split())
        after = _after_name(line, spelled) if spelled else None
        if after is not None:
            return after if _OFF_WORDS.search(after) else ""
    return ""


def _lone_line_hers(entry: str, names: Sequence[str]) -> bool:
    """`1. 小王 2盒`, `1. 张阿姨` typed alone: her name, then nothing or a count first (`1. 张阿姨 今天不在家`
    is talk, never a join with a note)."""
    spelled = {" ".join(unicodedata.normalize("NFKC", name).split()) for name in names}
    after = [_after_name(entry, name) for name in spelled if name]
    return any(rest is not None and (not rest or _COUNT_FIRST.match(rest)) for rest in after)


def names_her(line: str, names: Sequence[str]) -> bool:
    """Whether a list line starts with one of the member's `names` (or has it after another name)."""
    spelled = {" ".join(unicodedata.normalize("NFKC", name).split()) for name in names}
    return any(_after_name(line, name) is not None for name in spelled if name)


def _after_name(entry: str, name: str) -> str | None:
    """What follows the member's `name` in a list line, where it is a word of its own (or glued to a
    quantity or a weight: `小李2份`, `小李5斤`); None when the line does not name her."""
    folded, key = entry.casefold(), name.casefold()
    at = folded.find(key)
    while at >= 0:
        after = entry[at + len(name) :]
        glued = _glued_quantity(after) or _GLUED_WEIGHT.match(after)
        if (at == 0 or entry[at - 1].isspace()) and (not after or after[0].isspace() or glued):
            return after.strip()
        at = folded.find(key, at + 1)
    return None


def _glued_quantity(text: str) -> bool:
    """Whether `text` starts with a quantity that may be glued to a name: a `+N` or `N份` (a numeral
    without either is the name's: `李四`, `小李88`)."""
    glued = _GLUED_QUANTITY.match(text)
    return glued is not None and bool(parse_int(glued.group("plus") or glued.group("units")))


# `+1, 2 more`, `+1,要三份`, `+2，5号楼` (a number glued to a building's word: an address); never `+1,5`
_COMMA_APART = re.compile(rf"^[,，](?:\s+\S|[^\d\s.,，]|{_ADDRESS})")
# `要2份 豆沙`: 要 alone before the count (never 我要): the count she wants of it (`Join.stated`)
_WANT_STATED = re.compile(r"^\s*要\s*$")


def _join(match: re.Match[str], text: str) -> Join | None:
    groups = match.groupdict()
    if groups["plus"]:
        parts = [read_quantity(p) for p in groups["plus"].replace(" ", "").split("+") if p]
        if any(p is None for p in parts):
            return None
        quantity = sum(p for p in parts if p is not None)
    else:
        parsed = read_quantity(groups["add"] or groups["want"] or groups["relay"] or groups["portions"])
        if parsed is None:
            return None
        quantity = parsed
    tail = groups["tail"].strip()
    if _COMMA_APART.match(tail):  # `me too +1, 2 more`: the note after a comma set apart
        tail = tail[1:].strip()
    if tail[:1] in (".", ","):  # `+1.5`: not a quantity we can read
        return None
    again = _ADD_AGAIN.match(tail) if groups["add"] else None
    if again is not None and read_quantity(again.group("n")) == quantity:  # `加1加1`: said twice, once
        tail = tail[again.end() :].strip()
    doubled = _DOUBLED_UNIT.match(tail) if groups["unit"] and not groups["id"] else None
    if doubled is not None and unit_key(doubled.group("unit")) == unit_key(groups["unit"]):
        tail = tail[doubled.end() :].strip()  # `+2斤斤 #2`: the unit typed twice
    numbered = _UNIT_THEN_ID.match(tail) if not groups["id"] else None
    if numbered is not None:  # `+5 kg #11 for my mum`: the number is the group buy's, never a note
        tail = f"{numbered.group('unit')} {numbered.group('rest').strip()}".strip()
    # `加1`, `我要两份`: Chinese words; `+2斤`, `+两份`: an amount only, answered as `+1` is
    friend, lang = "", "zh" if _chinese_words(text[: match.start("tail")]) else None
    masked = _BRACKETED.sub(_masked, tail)  # `+2 (one for my sister)`: a note, no friend in it
    found, before, at = _FRIEND.match(masked), "", 0
    if not found and (later_friend := _FRIEND_LATER.search(masked)):  # `+1 大盒 帮 小李`
        at = later_friend.end()
        found = _FRIEND.match(masked[at:])
        before = tail[: later_friend.start()].strip() if found else ""
    if not found and (bang := _FRIEND_LATER_GLUED.search(masked)):  # `+1 香草 帮小王`: as `帮 小王`
        glued_name = _FRIEND.match(masked[bang.end() :])
        if glued_name and not _NOT_GLUED_NAME.search(glued_name.group("zh") or ""):
            found, at, before = glued_name, bang.end(), tail[: bang.start()].strip()
    if found and (found.group("zh") or found.group("en")).lower() in _NO_FRIEND:
        found = None  # `+1 帮忙`, `+1 for sure`: no friend's line, the words a note (or courtesy)
    _one_person(match, text, parts if groups["plus"] else [quantity], found)
    mention = _MENTION_ALONE.match(masked.strip()) if not found else None
    if mention is not None:  # `+1 @Cat`: Cat's line (the organiser or herself named: her own, the handler)
        friend, tail = mention.group("name"), ""
    kin = _KIN_LEAD.match(masked.strip()) if not found and mention is None else None
    if kin is not None:  # `+1 老公 3号楼`, `+1 my mum`: the kin's line (老公, mum), the rest its note
        friend, lang = kin_name(kin.group("kin")) or "", "en" if kin.group("kin").isascii() else "zh"
        tail = tail.strip()[kin.end("kin") :].strip()
    if found:
        friend = friend_name(found.group("zh") or found.group("en"))  # `给我妈`: 妈妈
        friend = "" if friend.lower() in _SELF else friend  # `+1 for me`, `+1 帮 我`: the own line
        lang = "en" if found.group("en") else "zh"
        if found.group("n"):
            quantity = read_quantity(found.group("n")) or quantity
        rest = tail[at + found.start("rest") :].strip()
        if found.group("en") and not found.group("n") and (named := _role_then_name(friend, rest)):
            friend, rest = named  # `+1 for my neighbour Bob`: Bob, never "neighbour" with the note Bob
        elif found.group("en") and not found.group("n") and (full := _surname_after(friend, rest)):
            friend, rest = full  # `+1 for Zhao Wei`: Zhao Wei's line, never Zhao's with the note Wei
        tail = f"{before} {rest}".strip()
    typed_id = groups["id"] or (numbered.group("id") if numbered is not None else None)
    group_buy_id = group_buy_number(typed_id) if typed_id else None
    if group_buy_id is None and (later := re.match(r"^#\s*(\d+)\s*(.*)$", tail)):
        group_buy_id, tail = group_buy_number(later.group(1)), later.group(2)
    numbers = list(_ID_APART.finditer(_BRACKETED.sub(_masked, tail))) if group_buy_id is None else []
    if len(numbers) == 1:  # `+1 小 #3`, `+1 3号楼 #3`: the group buy's, wherever it stands (never a note)
        group_buy_id = group_buy_number(numbers[0].group("id"))
        tail = f"{tail[: numbers[0].start()]} {tail[numbers[0].end() :]}".strip()
    if group_buy_id is None and (weighed := _UNIT_THEN_ID.match(tail)):  # `+2 kg for my mum #3`
        group_buy_id = group_buy_number(weighed.group("id"))
        tail = f"{weighed.group('unit')} {weighed.group('rest').strip()}".strip()
    times = _TIMES.match(tail.strip())
    if times and quantity == 1 and groups["plus"] and not friend:  # `+1 x2`: two units
        quantity, tail = read_quantity(times.group("n")) or quantity, ""
    # (`+2打 帮 小王`: the count word before the friend)
    glued = not (groups["unit"] or groups["id"] or (found and not before))
    counted = _COUNTED_IN.match(groups["tail"]) if glued else None
    if counted is not None:  # `+2条` on one sold by the 份: another unit (commerce: refused), never a note
        tail = tail[len(counted.group("unit")) :].strip()
    note = _note(tail)
    measured = _measured_join(match, quantity, tail, friend=bool(found and found.group("n")))
    if counted is not None and measured is None:
        measured = Measured(quantity, counted.group("unit"), note)
    if measured is not None and _LONE_UNIT.match(measured.note):  # `+2斤斤`: the unit, never a note
        unit = measured.unit if unit_key(measured.note) == unit_key(measured.unit) else measured.note
        measured, note = replace(measured, unit=unit, note=""), ""  # `+2斤箱`: 2箱, as the last word says
    typed_plus = groups["plus"] or groups["add"]
    unit_after = measured is not None and not measured.note and bool(_UNIT_AFTER.match(tail.strip()))
    if unit_after:  # `我要2公斤`, `+2 pcs`: as `我要两斤`, `+2个`, the unit word no note
        note = ""
    unitless = False
    titled = False
    if note and not typed_plus and not _labelled(tail) and not _OPTION_WORD.match(note):
        if _word_glued_to_units(match, note, measured):  # `我要12个鸡蛋`: the product's word, or chatter
            titled = True
        elif not _word_after_units(match, note):  # `我要两份 小`: a word apart after the units, as `+2 小`
            return None  # `我要2个小时才到` is chatter: after 我要 / 接, a labelled note (or an option) only
        else:
            unitless = not match.group("unit")  # `我要2 red` / `我要2 小时`: an option's name, or chatter
    # `要2份 豆沙`: a count stated, her count of it (as `豆沙 2`), never 2 more (`我要…` stays a join)
    wanted = bool(groups["want"]) and _WANT_STATED.search(text[: match.start("want")]) is not None
    stated = wanted and note != "" and " " not in note
    return Join(
        quantity,
        group_buy_id,
        friend=friend,
        note=note,
        lang=lang,
        unitless=unitless,
        measured=measured,
        titled=titled,
        items=_second_item(text, match.start("tail")),
        mentioned=mention is not None,
        stated=stated and not friend,
    )


def _friend_first(named: re.Match[str]) -> Join | str | None:
    """`帮小王 +2 甜的`, `for Wang +1`: the join after the friend's name read as usual, for that friend
    (`帮我 +1`: the member's own line). A name that is no name (`帮忙`, `帮我看看`, `给力`, `for sure`), a
    second friend or a question (`帮小王 +1 可以吗？`) is chatter: None."""
    name = named.group("zh") or named.group("en")
    zh = named.group("zh") is not None
    if named.group("en_name"):  # `for my neighbour Bob +1`: Bob; two words of no role are talk
        if name.lower() not in _ROLES or not _role_name(name, named.group("en_name")):
            return None
        name = named.group("en_name")
    if name.lower() in _NO_FRIEND or _TALK_WORD.search(name) or is_courtesy(name):
        return None
    name = friend_name(name)  # `给我妈 +1`: 妈妈
    if zh and name.startswith("我") and name not in _SELF:  # `帮我看看 +1`: talk
        return None
    said = named.group("join")
    joined = parse_join(said)
    if not isinstance(joined, Join):
        return joined  # `帮小王 +1.5`: the join's hint; `帮小王 加油`: chatter
    if joined.friend or _FRIEND_LATER.search(said):  # two friends: `帮小王 +1 帮 小李`
        if joined.leave or not joined.friend or _TALK_WORD.search(joined.note):
            return None
        head = _HEAD_SAID.match(said)
        first = f"{head.group() if head else '+1'} {'帮 ' if zh else 'for '}{name}"
        raise DomainError("join_one_at_a_time", first=first, second=said.strip())
    if _TALK_WORD.search(joined.note) or said.rstrip().endswith(("?", "？")):
        return None
    friend = "" if name.lower() in _SELF else name
    return replace(joined, friend=friend, lang="zh" if zh else "en")


def _word_then_friend(word: str, said: str) -> Join | None:
    """`香草 +1 帮老赵`, `Vanilla +1 for Tom`: the friend's join with the word first as its option or product
    word (`titled`, as `香草 +1` is); a word that is a name (`小王 +1 帮 小李`: two people), kin or talk, or
    a join with a note or a second item too, is chatter: None."""
    # a capitalised English word may be an option (`Vanilla`): `titled` lets it join only where it names
    # one open here, else it stays talk (`Amy +1 for Tom`)
    if PERSON.match(word) or kin_name(word) or word.lower() in _SELF or _TALK_WORD.search(word):
        return None
    joined = parse_join(said)
    if not isinstance(joined, Join) or not joined.friend or joined.leave or joined.note:
        return None
    if joined.items or joined.titled or joined.mentioned or joined.measured is not None:
        return None
    return replace(joined, note=word, titled=True)


def _who_first(who: str, said: str) -> Join | str | None:
    """`我 +2` (her own line), `老公 +1` / `我妈 +1` (the kin's line: 老公, 妈妈), `@王阿姨 +1` (the member
    mentioned, as `+1 @王阿姨`): the join after the word read as usual, for whom it names; a join naming
    a friend too, several items or a question is chatter: None."""
    joined = parse_join(said)
    if not isinstance(joined, Join):
        return joined  # `我 +1.5`: the join's hint
    if joined.leave or joined.friend or joined.items or joined.titled or joined.mentioned:
        return None
    if _TALK_WORD.search(joined.note) or said.rstrip().endswith(("?", "？")):
        return None
    if who.lower() in _SELF:  # `me +1` tells no language: answered as `+1` is
        return replace(joined, lang=None if who.isascii() else "zh")
    if who.startswith("@"):
        return replace(joined, friend=who[1:], mentioned=True)
    return replace(joined, friend=kin_name(who) or who, lang="en" if who.isascii() else "zh")


# words after a role that say what, not who (`for my friend large`: the option large)
_NOT_A_NAME = frozenset(
    {
        "small", "medium", "large", "big", "mini", "regular", "sweet", "salty", "spicy", "mild", "hot",
        "cold", "plain", "original", "extra", "too", "also", "please", "pls", "thanks", "and", "or", "at",
        "from", "in", "on", "the", "a", "an", "gate", "block", "unit", "flat", "room", "tower",
    }
)  # fmt: skip
# the name after such a word: a word (`Bob`, `Mrs Tan` its first word; in lower case only after a role of
# `_ROLES_ONLY`), or Chinese
_ROLE_NAME = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z'’-]{0,19}|[\u3400-\u9fff]{1,4})(?=[\s,，.。!！]|$)(?P<rest>.*)$", re.DOTALL
)


# `小美`, `老王`, `阿珍`: a Chinese name as friends call each other, never a size or a pack (`小盒`, `小份`)
_CHINESE_NICKNAME = re.compile(
    r"^[小老阿][\u4e00-\u9fff]{1,2}$(?<![盒份杯号包袋箱瓶罐块只个斤装款码的碗套件支条片])"
)


def _role_name(role: str, name: str) -> bool:
    """Whether `name` after the role word `role` is the friend's name: capitalised after any, Chinese or
    in lower case after a role that is no name itself (`neighbour 小王`, `neighbour bob`), unless a word
    of what (`large`); after a kinship word, which names her, a Chinese word is what she wants (`for Mum
    咸蛋黄`: Mum's line of 咸蛋黄, rep81 #5)."""
    if not name.isascii():  # `for my sister 小美`: 小美 is her name, as `帮小美` is (a 小盒 never)
        return role.lower() in _ROLES_ONLY or _CHINESE_NICKNAME.match(name) is not None
    if name[0].isupper():
        return True
    return role.lower() in _ROLES_ONLY and name.lower() not in _NOT_A_NAME


def _surname_after(name: str, rest: str) -> tuple[str, str] | None:
    """(the friend, the rest) of `for Zhao Wei gate 3`: one Latin name then a capitalised word that is
    no word of talk nor size (`for Tom Large`, `for Amy Thanks` stay Tom's, Amy's: `person_name`), the two
    one name, `Zhao Wei` (an option or the product so named is split back off: the service); None else."""
    first, _, after = rest.strip().partition(" ")
    if not name.isascii() or " " in name or not first or not person_name(first):
        return None
    if name.lower() in _ROLES or len(name) + 1 + len(first) > MAX_FRIEND:
        return None
    return f"{name} {first}", after.strip(" ,，")


def _role_then_name(role: str, rest: str) -> tuple[str, str] | None:
    """(the friend, the rest) of `for my neighbour Bob gate B`: after a role word (`_ROLES`), a name
    (capitalised or Chinese, `for my neighbour bob` too: `for my mum large` is mum's line of large); None
    when no name follows."""
    if role.lower() not in _ROLES or not rest:
        return None
    named = _ROLE_NAME.match(rest)  # `for my mum large`: mum's line of the option large
    if named is None or not _role_name(role, named.group("name")):
        return None
    if is_courtesy(named.group("name")) or named.group("name").lower() in _NO_FRIEND:
        return None
    return named.group("name"), named.group("rest").strip(" ,，")


# `帮我同事小王`: after 我 a word saying who the friend is to her, then the name (小王); alone, that word
# (同事)
_ROLES_ZH = ("同事", "朋友", "邻居", "同学", "闺蜜", "室友", "舍友", "老乡", "领导", "老板", "表姐", "表妹")


def friend_name(name: str) -> str:
    """The friend's name as the list shows it: a kinship word after 我 (or 我的, 我家) without it (`我妈`:
    妈妈, `我老婆`: 老婆), a role word after it the name it is followed by (`我同事小王`: 小王; alone,
    `我同事`: 同事); a mention without its `@` (`@Kim`: Kim); any other name as it is, an exclamation or a
    full stop after it aside (`+1 帮 小王！`, `+1 for Wang!`: 小王, Wang, whom `-1 帮 小王` then finds), and
    so an emoji glued to it (`帮刘姐🙏 +2`, `+2 帮刘姐😊 5号楼`: 刘姐)."""
    name = _without_glued_emoji(name)
    name = name.rstrip("!！~～.。") or name
    name = name[1:] if name.startswith("@") and len(name) > 1 else name
    for mine in ("我的", "我家", "我"):
        if name.startswith(mine) and name[len(mine) :] in _KIN:
            return _KIN[name[len(mine) :]]
        role = (
            next((r for r in _ROLES_ZH if name.startswith(mine + r)), None) if name.startswith(mine) else None
        )
        if role is not None:
            return name[len(mine + role) :] or role
    return name


def kin_name(word: str) -> str | None:
    """The friend a kinship word names as the list says it (`我妈`: 妈妈, `老公`: 老公, `my mum`: mum, as
    `+1 for my mum`), else None."""
    if not _KIN_AFTER.match(word):
        return None
    if word.isascii():
        return " ".join(word.split()[1:] if word.lower().startswith("my ") else word.split()).lower()
    return friend_name(word)


def _who_leaves(who: str, said: str) -> Join | None:
    """`老公 -1`: a leave whose line is named before its count, a kinship word (老公, mum), a mention or a
    person's name (`小王 -1`, `Tom -1`) the friend's line, as `-1 帮 老公`; `我 -1` her own; None for any
    other word (talk)."""
    named_first = ""
    if who.lower() in _SELF:
        friend = ""
    elif who.startswith("@") and len(who) > 1:
        friend = friend_name(who)
    else:
        kin = kin_name(who)
        friend = kin or (who if person_name(who) else "")
        if not kin and not _TALK_WORD.search(who) and not is_courtesy(who):
            named_first = who  # `Vanilla -1`, `香草 -1`: an option's name, if one here has it
        if not friend and not named_first:
            return None
    left = parse_join(said)
    if not isinstance(left, Join) or not left.leave or left.friend or left.set_to:
        return None
    if left.option and not friend:  # `香草 -1 大盒`: no option of that name
        return None
    lang = left.lang if who.lower() in _SELF and who.isascii() else "en" if who.isascii() else "zh"
    lang = lang if friend else None  # `温度 -1` may be talk: no language told until it is an option's
    mentioned = who.startswith("@")
    return replace(left, friend=friend[:MAX_FRIEND], lang=lang, mentioned=mentioned, named_first=named_first)


def _masked(part: re.Match[str]) -> str:
    """A bracketed part hidden from the friend's search, its length kept (positions map to the text)."""
    return " " + "#" * (len(part.group()) - 1)


def _one_person(
    match: re.Match[str], text: str, parts: Sequence[int | None], found: re.Match[str] | None
) -> None:
    """Refuse a message joining for more than one person (`join_one_at_a_time`, nothing joined), with
    the two messages to send instead: `+1 +1 帮妈妈` (+1, +1 帮妈妈), `+1 for me and +1 for my mum`
    (+1 for me, +1 for my mum), `+1 我和妈妈各一份` (+1, +1 帮 妈妈). Brackets are a note: not read."""
    start, masked = match.start("tail"), _BRACKETED.sub(_masked, text)
    named = (found.group("zh") or found.group("en")).lower() if found is not None else ""
    counts = [part or 0 for part in parts]
    if len(counts) > 1 and named and named not in _SELF:
        second = f"+{sum(counts[1:])} {text[start:].strip()}"
        raise DomainError("join_one_at_a_time", first=f"+{counts[0]}", second=second)
    again = _SECOND_JOIN.search(masked, start)
    after = masked[again.end() :].strip() if again is not None else ""
    if again is not None and (found is not None or _FRIEND.match(after) or _FRIEND_LATER.search(after)):
        first = _JOINED_BY.sub("", text[: again.start()]).strip()
        raise DomainError("join_one_at_a_time", first=first, second=text[again.start() :].strip())
    each = _EACH.search(masked, start)
    if each is not None and sum(counts) < 2:  # `+1 我和妈妈各一份`; `+2 我和妈妈各一份` is 2 on her line
        zh = bool(_CJK.search(each.group()))
        second = f"+1 帮 {each.group('name') or '小王'}" if zh else "+1 for Wang"
        raise DomainError("join_one_at_a_time", first=f"+{counts[0] or 1}", second=second)


def _items_first(text: str) -> Join | None:
    """`芒果+1 鸡蛋+2`: products each before its count, the whole message: a join of the first whose
    `items` are the messages to send (`+1 芒果`, `+2 鸡蛋`), `items_first`; None for any other text."""
    if _ITEMS_FIRST.match(text) is None:
        return None
    items, counts = [], []
    for item in _ITEM_FIRST_ONE.finditer(text):
        n = read_quantity(item.group("n"))
        if not n:
            return None
        counts.append(n)
        items.append(f"+{n}{item.group('unit') or ''} {item.group('word')}")
    lang = "zh" if _CJK.search(text) else None
    note = items[0].split(" ", 1)[1]
    return Join(counts[0], note=note, lang=lang, items=tuple(items), items_first=True)


def _second_item(text: str, start: int) -> tuple[str, ...]:
    """`+1kg lychee +1 durian` (the tail from `start`): the first item as typed and the rest (`+1kg
    lychee`, `+1 durian`) when a second `+N` / `加N` / `-N` follows words of the note; else ()."""
    masked = _BRACKETED.sub(_masked, text)
    second = _SECOND_ITEM.search(masked, start)
    if second is None:
        return ()
    numbered = _NUMBERED.search(masked[: second.start()]) and _NUMBERED.search(masked[second.start() :])
    if not masked[start : second.start()].strip() and not numbered:
        return ()  # `+1 +1`, `加1加1 要三份`: no item before it (`+2 #1 +5 #3`: each names its own)
    return (_JOINED_BY.sub("", text[: second.start()]).strip(), text[second.start() :].strip())


def _spoken_join(text: str) -> Join | None:
    """`me too`, `Me too! +1`, `count me in please`, `I'm in`, `one for me`, `I want 2`, `me too x2`, `x2
    #3`: a join said in English words, the whole message (`Join.in_words`); anything more is talk: None."""
    still = _STILL.match(text)
    if still is not None:  # `can I still order 1?`: answered as a join, told when it closed
        counted = still.group("n")
        n = int(counted) if counted and counted.isdigit() else _en_count(counted) if counted else 1
        return Join(n or 1, in_words=True, heard="en", still=True)
    still_zh = _STILL_ZH.match(text)
    asked = still_zh is not None and (still_zh.group("asked") or "不" in text or text.rstrip()[-1] in "?？")
    if still_zh is not None and asked:  # `还能要一份吗？`: a question, never `还可以跟` said alone
        n = parse_int(still_zh.group("n")) if still_zh.group("n") else 1
        return Join(n or 1, lang="zh", in_words=True, still=True)
    said_zh = _SPOKEN_ZH.match(text)
    if said_zh is not None:  # `我也要`, `算我一个`: as `me too`, answered as `+1` is
        numbers = re.findall(r"#\s*(\d+)", said_zh.group("rest"))
        if len(numbers) > 1:
            return None
        group_buy_id = group_buy_number(numbers[0]) if numbers else None
        return Join(1, group_buy_id, lang="zh", in_words=True)
    for_friend = _FRIEND_SAID.match(text)
    if for_friend is not None:  # `帮我同事小王也报一份 #2`: as `+1 #2 帮 小王`
        numbers = re.findall(r"#\s*(\d+)", for_friend.group("rest"))
        name, n = for_friend.group("name"), read_quantity(for_friend.group("n"))
        if len(numbers) > 1 or not n or name in _NO_FRIEND:
            return None
        friend = friend_name(name)
        group_buy_id = group_buy_number(numbers[0]) if numbers else None
        return Join(n, group_buy_id, friend="" if friend in _SELF else friend, lang="zh", in_words=True)
    numbered = _SPOKEN_NUMBERED.match(text)
    if numbered is not None:  # `#2 please`, `#2 x2 please`, `one for #2 please`: as `2 please` is
        return _spoken_numbered(numbered)
    said = _SPOKEN.match(text)
    if said is None:
        return _spoken_half(text)
    counted = said.group("mine") or said.group("want") or said.group("times") or said.group("infor")
    counted = counted or said.group("plus") or said.group("asked")
    quantity = _en_count(counted) if counted else None
    group_buy_id, rest, at = None, said.group("rest"), 0
    weighed = _SPOKEN_UNIT.match(rest) if said.group("want") else None
    if weighed is not None:  # `I want 2 kg`, `I want 2kg`: as `+2 kg`
        rest = weighed.group("rest")
    goods = _SPOKEN_GOODS.match(rest) if said.group("want") and weighed is None else None
    if goods is not None and (is_courtesy(goods.group("word")) or (_en_count(said.group("want")) or 0) < 2):
        goods = None  # `I want 2 please`; `I want one egg` stays talk (`+1 eggs` is a dozen)
    if goods is not None:  # `I want 12 eggs`: as `+12 eggs`, where the word names the product
        rest = goods.group("rest")
    counted_after = _SPOKEN_COUNTED_AFTER.match(rest) if counted is None else None
    units = _counted_units(counted_after)
    if counted_after is not None and units is not None:  # `count me in, 2 jars please`: as `+2 jars`
        quantity, weighed, rest = units.quantity, None, counted_after.group("rest")
    friended = _SPOKEN_FOR.match(rest) if counted is None and units is None else None
    if friended is not None:  # `count me in for my mum`: as `+1 for my mum`, said in words
        return _spoken_for(friended)
    other = _SPOKEN_SECOND.match(rest) if said.group("mine") else None
    if other is not None:  # `one for me and one for my mum`: two people, one message each
        first, second = (
            text[: said.start("rest")].strip(),
            f"+{_en_count(other.group('n'))} {other.group('who')}",
        )
        raise DomainError("join_one_at_a_time", first=first, second=second)
    times_after = False  # `me too x2`: a count stated after agreement (a typed `+2` after it adds)
    while at < len(rest):
        extra = _SPOKEN_EXTRA.match(rest, at)
        if extra is None:
            return None  # `me too, so good`, `I want 2 boxes`: talk (or another form)
        at = extra.end()
        more = extra.group("plus") or extra.group("times")
        if more is not None:
            if quantity is not None:
                return None  # `one for me +2`: which?
            quantity = _en_count(more)
            times_after = extra.group("times") is not None and said.group("times") is None
        elif extra.group("id") is not None:
            if group_buy_id is not None:
                return None
            group_buy_id = group_buy_number(extra.group("id"))
    if quantity == 0:
        return None
    heard = None if said.group("times") else "en"  # English words (`count me in`), not `x2` (`Join.heard`)
    # a count stated without "more" (`I want 2`, `I'm in for 2`, `2 please`, `me too x2`, `x2` alone; no
    # `+2` after): from one already holding her line, an echo or asked, never more added (handlers.echoes)
    stating = said.group("want") or said.group("infor") or said.group("asked") or said.group("times")
    stated = (stating is not None and quantity == _en_count(stating)) or times_after
    if goods is not None and quantity:
        note = goods.group("word")
        return Join(quantity, group_buy_id, note=note, in_words=True, heard=heard, titled=True, stated=stated)
    if weighed is not None and quantity:
        measured = Measured(quantity, weighed.group("unit"))
        return Join(quantity, group_buy_id, in_words=True, measured=measured, heard=heard)
    if units is not None:
        return Join(units.quantity, group_buy_id, in_words=True, measured=units, heard=heard)
    return Join(quantity or 1, group_buy_id, in_words=True, heard=heard, stated=stated)  # as `+1` is


def _spoken_numbered(found: re.Match[str]) -> Join | None:
    """`#2 please`, `#2 x2 please`, `#2 2 pls`, `one for #2 please`: a join of group buy 2 said in English
    words (`Join.in_words`, `heard` English, as `2 please` is); `#2` with no courtesy after it is no join
    said in words (None: read as before)."""
    courtesy = re.search(r"(?:please|pls|plz)(?![a-z])", found.group("rest"), re.IGNORECASE)
    if found.group("for_id") is None and courtesy is None:
        return None
    counted = found.group("n") or found.group("times") or found.group("nfor")
    quantity = _en_count(counted) if counted else 1
    if not quantity:
        return None
    group_buy_id = group_buy_number(found.group("id") or found.group("for_id"))
    return Join(quantity, group_buy_id, in_words=True, heard="en")


def _spoken_for(found: re.Match[str]) -> Join | None:
    """`count me in for my mum`, `me too for my neighbour Bob #2 please`: the join `+1 for my mum` reads,
    said in words (`Join.in_words`, `heard` English); None (talk) when the role word is none of `_ROLES`
    (`for my birthday`) or more than the friend, a `#id`, a count or courtesy follows (`for my mum, she
    loves them`)."""
    role = found.group("role")
    if role is not None and role.lower() not in _ROLES:
        return None
    joined = _parse_join(f"+1 {found.group('who').rstrip(' ,.!~')}")  # `… for my Mum!`: Mum
    if not isinstance(joined, Join) or joined.leave or not joined.friend or joined.note or joined.items:
        return None
    return replace(joined, in_words=True, heard="en")


def _counted_units(found: re.Match[str] | None) -> Measured | None:
    """`2 jars` after `count me in, `: the amount with its unit words as `+2 jars` reads them; None when
    the word is no unit (`2 days late`, `2 eggs`: talk)."""
    n = _en_count(found.group("n")) if found is not None else None
    if found is None or not n:
        return None
    joined = _parse_join(f"+{n} {found.group('unit')}")
    if not isinstance(joined, Join) or joined.note or joined.measured is None or joined.measured.note:
        return None
    return joined.measured


def _spoken_half(text: str) -> Join | None:
    """`I want half a dozen`, `I want half a dozen #3 please`: half of a unit said in words, a join as
    `+半打` is (refused or answered where it is sold); None for anything else."""
    said = _SPOKEN_HALF.match(text)
    fraction = _fraction_first(said.group("amount")) if said is not None else None
    if said is None or fraction is None:
        return None
    group_buy_id, rest, at = None, said.group("rest"), 0
    while at < len(rest):
        extra = _SPOKEN_EXTRA.match(rest, at)
        if extra is None or extra.group("plus") or extra.group("times"):
            return None  # `I want half a dozen eggs for my mum`: talk
        if extra.group("id") is not None:
            if group_buy_id is not None:
                return None
            group_buy_id = group_buy_number(extra.group("id"))
        at = extra.end()
    measured = replace(fraction, alone=True)
    return Join(1, group_buy_id, in_words=True, measured=measured, heard="en")


def _en_count(said: str) -> int | None:
    return _EN_COUNTS.get(said.lower()) or read_quantity(said)


def _fraction_join(text: str) -> Join | None:
    """`+1.5斤`, `+半斤`, `加两斤半 3号楼`, `+0.5 kg #2`: a join whose only quantity is no whole number of
    a unit (`Measured.part`, `alone`): refused on a group buy sold in a unit, unreadable on one sold by
    the 份, never rounded; None for any other text."""
    match = _FRACTION_JOIN.match(text)
    said = match.group("head") not in ("+", "加") if match is not None else False  # `我要半斤`, `来半斤`
    if match is None or (match.group("head") == "加" and match.group("amount").startswith("半")):
        return None  # `加半斤` reads as talk (`再加半斤糖`); `+半斤` is a join
    amount, group_buy_id = match.group("amount"), None
    numbered = re.search(r"#\s*(\d+)", amount)
    if numbered is not None:
        group_buy_id = group_buy_number(numbered.group(1))
        amount = f"{amount[: numbered.start()]} {amount[numbered.end() :]}".strip()
    fraction = _fraction_first(amount)
    if fraction is None:
        return None
    glued = _fraction_first(amount.split()[0]) if said else None
    if glued is not None and glued.note:
        return None  # `我要半斤糖`: talk; `我要半斤 3号楼` a join
    lang = "zh" if _chinese_words(text[: match.start("amount")]) else None  # `我要半斤`; `+半斤` none
    friend, note = "", fraction.note
    found = _FRIEND.match(note)  # `+0.5kg 帮 小王`, `+half a dozen for Wang`: 小王's line, never a note
    if found is not None and (found.group("zh") or found.group("en")).lower() not in _NO_FRIEND:
        friend = friend_name(found.group("zh") or found.group("en"))
        friend = "" if friend.lower() in _SELF else friend
        lang, note = "en" if found.group("en") else "zh", _note(found.group("rest"))
    measured = replace(fraction, note=note, alone=True)
    return Join(1, group_buy_id, friend=friend, note=note, lang=lang, measured=measured)


def _measured_join(match: re.Match[str], quantity: int, tail: str, *, friend: bool) -> Measured | None:
    """`+2斤`, `我要两斤`, `+2 kg`: the join's quantity with the unit word typed after it; None without
    one (or with `份`, or a friend's own count: `+1 帮 小王 2份`). `+1 2斤`, `+1 半斤`, `+1 3号楼 2.5斤`: the
    quantity in a unit word after the join's own (`Measured.before`), counted (or refused) on a group buy
    sold in a unit, a note on one sold by the 份."""
    if friend:
        return None
    unit = match.group("unit")
    if unit and unit != "份":
        if tail.strip().startswith("半"):  # `我要两斤半`: no whole number of 斤
            return Measured(quantity, unit, _note(tail.strip()[1:]), part=f"{quantity}{unit}半")
        return Measured(quantity, unit, _note(tail))
    after = _UNIT_AFTER.match(tail.strip())
    if after:
        return Measured(quantity, after.group("unit"), _note(after.group("rest")))
    later = _measured_entry(tail.strip())
    return replace(later, before=quantity) if later is not None else None


def is_courtesy(text: str) -> bool:
    """`please`, `谢谢团长`: said to be polite, never a name or a note."""
    return bool(_COURTESY.fullmatch(text.strip()))


def _word_after_units(match: re.Match[str], note: str) -> bool:
    """`我要两份 小`, `我要2 red`: the quantity (with its units, `份`, or none), then one word set apart: an
    option or a note, as `+2 小`, `+2 red` (without units only an option's: `Join.unitless`)."""
    counted = "unit" if match.group("unit") else "want" if match.group("want") else "relay"
    apart = match.string[match.end(counted) :][:1].isspace() or match.group("tail")[:1].isspace()
    return apart and bool(_WORD_APART.match(note)) and not _TALK_WORD.search(note)


def _word_glued_to_units(match: re.Match[str], note: str, measured: Measured | None) -> bool:
    """`我要12个鸡蛋`, `来6个鸡蛋`: 我要 / 来 and a quantity in a unit word, then one Chinese word glued on
    (`Join.titled`: a join where it names the product); `我要两份鸡蛋` (no unit), `我要12个 鸡蛋` (apart)
    are read otherwise."""
    glued = not match.group("tail")[:1].isspace()
    said = measured is not None and bool(match.group("want")) and measured.note == note
    return glued and said and bool(_GLUED_WORD.match(note)) and not _TALK_WORD.search(note)


def note_labelled(text: str) -> bool:
    """Whether a join labels or brackets a note anywhere (`+1 小 备注 2`, `+1 小 (2)`): its words are the
    note as typed, a number in them never the option's count."""
    return bool(_LABELLED_ANYWHERE.search(text))


def _labelled(tail: str) -> bool:
    return bool(_NOTE_WORD.match(tail) or _BRACKETS.match(tail.strip()))


def _note(tail: str) -> str:
    """The note in what follows the quantity, without courtesy, brackets or a `备注:` label (also after a
    word of its own, the option of a group buy with options: `大 备注:要大个的`, `大 (5栋)`)."""
    tail = _THANKS_NAME.sub("", tail.strip())  # `+1 thanks Amy!`, `+1 gate 3 thanks Amy`
    tail = _word_apart_from_note(tail.strip())
    note = _NOTE_WORD.sub("", tail)
    bracketed = _BRACKETS.match(note)
    if bracketed:
        note = bracketed.group("inner")
    note = _without_apology(note)
    note = _COURTESY.sub(" ", note)
    note = " ".join(note.split()).strip(" ,，.。!！~～、;；:：-")
    if _FILLER.fullmatch(note):  # `+1 #6 again pls`: said, never written on the order
        return ""
    while note and unicodedata.category(note[-1]) in _SYMBOLS:  # `＋２小盒🍑🍑`: courtesy, no note's
        note = note[:-1].rstrip(" ,，.。!！~～、;；:：-")  # `gate B, 🙏`: gate B
    if not any(_is_word(char) for char in note):
        return ""  # emoji and punctuation only: `+1 🥚`, `+1 🙏`
    return note


def _without_apology(note: str) -> str:
    """`刚才忘了付 不好意思` -> ``, `3号楼 抱歉来晚了` -> `3号楼`, "gate 3, sorry I forgot" -> `gate 3`: an
    apology is said to the group, never written on the order, and so is what it is said for (a part
    that says forgot, late, just now, a slip); without an apology the note is as typed."""
    if not _APOLOGY.search(note):
        return note
    kept: list[str] = []
    for clause in re.split(r"([,，。;；!！~～、]+)", note):
        parts = [clause] if clause.isascii() else clause.split(" ")
        for part in parts:
            if not (_APOLOGY.search(part) or _EXCUSE.search(part)):
                kept.append(part)
    return " ".join(" ".join(kept).split())


def _word_apart_from_note(tail: str) -> str:
    """`大 备注:要大个的` -> `大 要大个的`, `(5栋) 大` -> `5栋 大`: one word set apart from a labelled note
    (`_LABEL_AFTER`, brackets) and that note cleaned, courtesy after it dropped (`大 (5栋) 谢谢`); any
    other tail as it is."""
    if _labelled(tail):
        return tail
    said = tail.split()
    while len(said) > 2 and is_courtesy(said[-1]):
        said.pop()
    kept = " ".join(said)
    words = kept.split(maxsplit=1)
    if len(words) == 2 and (_LABEL_AFTER.match(words[1]) or _BRACKETS.match(words[1])):
        return f"{words[0]} {_note(words[1])}"
    words = kept.rsplit(maxsplit=1)
    if len(words) == 2 and _BRACKETS.match(words[0]):
        return f"{_note(words[0])} {words[1]}"
    return tail


def _is_word(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"


def _without_glued_emoji(text: str) -> str:
    """`3🙏`, `帮刘姐😊`, `2盒❤️`: `text` without the emoji glued to its last word (courtesy: never part of
    the count, the friend's name or the note, as `3 🙏` set apart is none of them); any other text as it
    is (`+🙏`, `+1 🙏`: the emoji no word's)."""
    said = text.rstrip()
    end = len(said)
    while end and unicodedata.category(said[end - 1]) in _SYMBOLS:
        end -= 1
    if not end or not _is_word(said[end - 1]):
        return text
    if not any(unicodedata.category(char) in ("So", "Sk") for char in said[end:]):
        return text  # a combining mark of a word's own (no emoji)
    return said[:end]


def _unreadable(text: str) -> str | None:
    return UNREADABLE if _UNREADABLE.match(text) else None


# A join or change said in a sentence naming the product, the whole message (`_sentence`): the product's
# word and an amount with its unit word (`鸡蛋要2打`, `要2打鸡蛋`, `2份桃子`, `我要一份芒果`, `鸡蛋 +1`), or a
# change of one's line (`芒果改成1份`, `我不要芒果了，改成一份`); in English `I want 2kg of lychees`, `2kg
# lychees please`. Read as `+2打 鸡蛋` / `改成1份 #N` only where the word names a group buy open there
# (`Join.titled`: the handler tells); `鸡蛋要涨价了`, `芒果改天再说`, `明天要2个` are talk.
_PRODUCT_ZH = r"[\u3400-\u9fff]{2,8}"
_AMOUNT_ZH = (  # `2打`, `一份`, `1kg`; `半打`, `1.5斤`, `两斤半` (no whole number: refused as `+半打` is)
    rf"(?:{NUMBER}(?:\.\d+)?|半)\s*(?:份|打|个|件|箱|盒|袋|瓶|包|斤|公斤|千克|克|kg|g)(?![a-z])半?"
)
_WANT_ZH = r"我?(?:也|再|还)?(?:要|来)"  # `要`, `我也要`, `再来`
_SENTENCE_END = (  # courtesy after it, in English too (`梨+2 pls`, `鸡蛋+1 thanks`)
    r"(?P<end>(?:[\s,.!~，。！～]|谢谢|感谢|多谢|团长|亲|吧|哈|(?<![a-z])(?:please|pls|plz|thanks?|thx)(?![a-z]))*)$"
)
_WORD_WANTS = re.compile(
    rf"^(?P<word>{_PRODUCT_ZH}?)\s*(?P<want>{_WANT_ZH})?\s*(?P<amount>{_AMOUNT_ZH}){_SENTENCE_END}"
)
_WANTS_WORD = re.compile(rf"^{_WANT_ZH}\s*(?P<amount>{_AMOUNT_ZH})\s*(?P<word>{_PRODUCT_ZH}?){_SENTENCE_END}")
# `我也要阳光玫瑰`, `我还要芒果`: "me too" with the product's word, one of it (`我也要去` is talk: no product)
_AMOUNTISH = re.compile(
    r"份|个|斤|盒|[一二两三四五六七八九十]"
)  # `我也要一份小的`: an amount's, not `_TOO_WORD`
_TOO_WORD = re.compile(rf"^我?(?:也|还)要(?P<word>{_PRODUCT_ZH}){_SENTENCE_END}")
# `2份桃子` without 要 (as `桃子要两份`): the word after the amount, no command's (`_NO_VERB_NOT_PRODUCT`)
_AMOUNT_WORD = re.compile(rf"^(?P<amount>{_AMOUNT_ZH})\s*(?P<word>{_PRODUCT_ZH}?){_SENTENCE_END}")
_WORD_PLUS = re.compile(  # `梨+2`: a product of one character too, its `+N` saying it is a join
    rf"^(?P<word>[\u3400-\u9fff]{{1,8}}?)\s*(?P<amount>[+＋]\s*\d{{1,3}}(?!\d)(?:\s*(?:份|打|个|件|箱|盒|袋|瓶|包|斤))?)"
    rf"{_SENTENCE_END}"
)
_WORD_SET_TO = re.compile(
    rf"^(?:我?不要(?P<dropped>{_PRODUCT_ZH}?)了?[\s,，。;；]*)?(?P<word>{_PRODUCT_ZH}?)?\s*"
    rf"我?(?:改成|改为|换成)\s*(?P<n>{NUMBER})\s*(?:份|个|件|(?P<unit>{_COUNTED_SET_TO}))?{_SENTENCE_END}"
)
# `改成1份 小盒`: the word after the count (rep88 #6), as `小盒改成1份`
_SET_TO_WORD_AFTER = re.compile(
    rf"^我?(?:改成|改为|换成)\s*(?P<n>{NUMBER})\s*(?:份|个|件|(?P<unit>{_COUNTED_SET_TO}))?\s*"
    rf"(?P<word>{_PRODUCT_ZH}){_SENTENCE_END}"
)
# `芒果 2份` without 要: never a command's word before the amount (`候补 2打`, `退出 2斤`, `跟团 半打`)
_NO_VERB_NOT_PRODUCT = re.compile(
    r"改|换|退|候补|跟团|接龙|报名|参团|减|加|要|来|共|总|第|每|价|库存|限购|成团|截止"
)
# nor a question (`多少钱一份`, `几点要2份`) nor a person (`他要3份`)
_WORD_NOT_PRODUCT = re.compile(
    r"^[我你他她它要来不改也再还]|[了吗呢吧啊呀我也再还]$|多少|几|怎|什么|哪|谁|钱"
)
_MEASURED_GOODS = re.compile(
    r"^\s*(?:of\s+)?(?:the\s+)?(?P<word>[a-z][a-z'’-]{1,19})(?![a-z])(?P<rest>.*)$", re.IGNORECASE
)
_SPOKEN_DECIMAL = re.compile(
    r"^i(?:\s+(?:want|need|would\s+like|will\s+take)|\s*['’](?:d\s+like|ll\s+take))\s+"
    rf"(?P<amount>\d+\.\d+\s*(?:{_OTHER_UNIT}|斤|打))(?![a-z])(?P<rest>.*)$",
    re.IGNORECASE,
)
# a word after `make it 3` (`make it 3 veg`): no courtesy nor an ending said after it (`instead`)
_SET_WORD = r"(?!(?:please|pls|plz|thanks?|thx|instead|then|sorry)(?![a-z]))[a-z][a-z'’-]{1,19}"
# (a Chinese unit word too, `make it 2 斤`, as an English chat types the card's unit)
_COUNTED_EN = (
    r"kgs?|jin|catty|box(?:es)?|pieces?|pcs|jars?|packs?|bags?|bottles?|trays?|bunch(?:es)?|dozen"
    rf"|{_COUNTED_ZH}"
)
_MAKE_IT = re.compile(
    r"^(?:(?:actually|ok(?:ay)?|sorry|oh|no|wait|oops)[\s,.!]*)*(?:(?:please|pls)\s+)?"
    rf"(?:make\s+it|change\s+(?:it\s+|mine\s+)?to|make\s+mine|i\s+(?:only|just)\s+(?:need|want))\s+"
    rf"(?P<n>{_EN_NUMBER})(?![\d.])\s*(?P<unit>{_COUNTED_EN})?(?![a-z])"
    # `make it 3 veg`: her line of that option (as `小盒改成3份`), or of the product named
    rf"(?:\s+(?:of\s+)?(?:the\s+)?(?P<word>{_SET_WORD}(?:\s+{_SET_WORD})?))?"
    r"(?:\s*#\s*(?P<id>\d+))?"  # `make it 4 #1`: that group buy's line
    r"(?P<end>(?:[\s,.!~]|please|pls|plz|instead|then|thanks?|thx|sorry)*)$",
    re.IGNORECASE,
)
# `make it 1.5kg`, `make it 1.5`: a set-to of no whole number (`Measured.part`), as `改成1.5kg` (rep102 #4)
_MAKE_IT_PART = re.compile(
    r"^(?:(?:actually|ok(?:ay)?|sorry|oh|no|wait|oops)[\s,.!]*)*(?:(?:please|pls)\s+)?"
    rf"(?:make\s+it|change\s+(?:it\s+|mine\s+)?to|make\s+mine|i\s+(?:only|just)\s+(?:need|want))\s+"
    rf"(?P<n>\d+\.\d+)\s*(?P<unit>{_COUNTED_EN})?(?![a-z])(?:\s*#\s*(?P<id>\d+))?"
    r"(?:[\s,.!~]|please|pls|plz|instead|then|thanks?|thx|sorry)*$",
    re.IGNORECASE,
)


# `要2份桃子、芒果`, `要2份桃子，芒果`, `要2份桃子/芒果`: products listed as with 和 (`要2份桃子和芒果`)
_LISTED = re.compile(r"(?<=[\u3400-\u9fff])\s*[、,/]\s*(?=[\u3400-\u9fff])")
# `鸡蛋 2打，大葱5斤，芒果再加一份`: several sentences naming a product each, one message
_SENTENCE_APART = re.compile(r"\s*[,、;；/]\s*")
_ADDED = re.compile(r"(?:再|还)?加(?=\s*(?:\d|[零〇一二两俩三四五六七八九十半]))")  # `芒果再加一份`


def _sentence(text: str) -> Join | None:
    """A join or change said in a sentence naming the product (see `_WORD_WANTS`): the join it reads as
    (`titled`, the word its note), else None. Products listed with 、 , / read as with 和 (`要2份桃子、
    芒果`: the handler tells them apart); several such sentences in one message (`鸡蛋 2打，大葱5斤，芒果
    再加一份`) are its `items`, as `芒果+1 鸡蛋+2` (`items_first`: handlers.several_items)."""
    said = " ".join(text.split())
    while said and unicodedata.category(said[-1]) in _SYMBOLS:  # `…要１份 谢谢团长😊`: courtesy
        said = said[:-1].rstrip()
    said = _ADDRESSED.sub("", said, count=1)  # `@Amy 我要2份阳光玫瑰`: said to the organiser
    listed = _LISTED.sub("和", said)
    for sentence in dict.fromkeys((said, listed)):
        joined = _product_sentence(sentence)
        if joined is not None:
            return joined
    set_to = _WORD_SET_TO.match(said)
    if set_to is not None:
        words = {word for word in (set_to.group("dropped"), set_to.group("word")) if word}
        n = parse_int(set_to.group("n"))
        if len(words) == 1 and n is not None and _product_word(word := words.pop()):
            measured = _set_to_measured(n, set_to.group("unit"))  # `大盒改成2斤`: checked against its unit
            return Join(n, lang="zh", leave=True, set_to=True, note=word, titled=True, measured=measured)
    after = _SET_TO_WORD_AFTER.match(said)  # `改成1份 小盒`: as `小盒改成1份`
    n = parse_int(after.group("n")) if after is not None else None
    if after is not None and n is not None and _product_word(after.group("word")):
        measured = _set_to_measured(n, after.group("unit"))
        word = after.group("word")
        return Join(n, lang="zh", leave=True, set_to=True, note=word, titled=True, measured=measured)
    return _sentences(said) or _with_note(said) or _spoken_sentence(said)


def _set_to_measured(n: int, unit: str | None) -> Measured | None:
    """A set-to's amount said in a unit word (`改成2斤`, `改成2kg`): read against the group buy's unit."""
    return Measured(n, unit) if unit else None


# `@Amy 我要2份阳光玫瑰`: a sentence addressed to someone first (a product's word still has to follow)
_ADDRESSED = re.compile(r"^@\S{1,32}\s+(?=\S)")
# after an order in a sentence (`芒果要三份，送到3号楼502`): a part saying where (`三号楼的`, `送到3号楼502`)
_NOTE_LIKE = re.compile(r"\d|[楼栋幢室]|单元|送到|送去|放在|放到|放门口|自提")
# a question about the pickup after it (`明天能取吗`): left for the pickup's own answer, no note
_PICKUP_ASKED = re.compile(r"(?:取|提货|自提|送|到货|什么时候|几点).*(?:吗|么|呢|\?)$")


def _without_symbols(part: str) -> str:
    """A part of a sentence without its emoji (`谢谢😊`: `谢谢`) and the punctuation around it."""
    kept = "".join(c for c in part if unicodedata.category(c) not in ("So", "Sk", "Cf", "Mn"))
    return kept.strip(" .。!！~～")


def _with_note(said: str) -> Join | None:
    """`芒果要三份，送到3号楼502，谢谢😊`, `草莓要一盒，三号楼的，明天能取吗`: an order in a sentence
    (`_product_sentence`) then parts saying where (`_NOTE_LIKE`: its note), a courtesy or a question
    about the pickup (left out); any other part (`芒果要三份，太贵了`) keeps it all talk: None."""
    parts = [kept for part in _SENTENCE_APART.split(said) if (kept := _without_symbols(part))]
    if len(parts) < 2:
        return None
    joined = _product_sentence(parts[0])
    if joined is None or joined.items or joined.leave:
        return None
    notes: list[str] = []
    for part in parts[1:]:
        if _courtesy_only(part) or _PICKUP_ASKED.search(part):
            continue
        if not _NOTE_LIKE.search(part) or _product_sentence(part) is not None or "?" in part:
            return None
        notes.append(part)
    measured = joined.measured
    if measured is not None and notes:  # `草莓要一盒`: `+1盒 草莓`, its note after the amount
        measured = replace(measured, note=" ".join((measured.note, *notes)).strip())
    stated = joined.stated and not notes  # `要2份豆沙，3号楼`: a note with it, a join as ever
    return replace(joined, note=" ".join((joined.note, *notes)), measured=measured, stated=stated)


def _product_sentence(said: str) -> Join | None:
    """`鸡蛋要2打`, `要2份桃子`, `芒果+1`, `2份桃子`: the titled join the sentence reads as, else None."""
    for form in (_WORD_WANTS, _WANTS_WORD, _WORD_PLUS, _AMOUNT_WORD):
        found = form.match(said)
        if found is None or not _product_word(found.group("word")):
            continue
        if (
            form is _AMOUNT_WORD or (form is _WORD_WANTS and not found.group("want"))
        ) and _NO_VERB_NOT_PRODUCT.search(found.group("word")):
            continue
        amount = found.group("amount").lstrip("+＋ ")
        joined = _parse_join(f"+{amount} {found.group('word')}")
        word = found.group("word")
        if isinstance(joined, Join) and not joined.leave and word in (joined.note, _measured_note(joined)):
            stated = form is _WANTS_WORD and _WANT_STATED.match(said[: found.start("amount")]) is not None
            return replace(joined, note=word, lang="zh", titled=True, stated=stated)  # `要2份豆沙`: her count
    too = _TOO_WORD.match(said)  # `我也要阳光玫瑰`: one of it, as `+1 阳光玫瑰`
    word = too.group("word") if too is not None else ""
    if word and _product_word(word) and not _WORD_NOT_PRODUCT.search(word) and not _AMOUNTISH.search(word):
        return Join(1, lang="zh", note=word, titled=True)
    return None


def _sentences(said: str) -> Join | None:
    """`鸡蛋 2打，大葱5斤，芒果再加一份`: two to six sentences each naming a product and its amount (a
    courtesy after them aside), one message: a join of the first whose `items` are the joins to send
    (`+2打 鸡蛋`, `+5斤 大葱`, `+1 芒果`), `items_first`; None for any other text."""
    parts = [part for part in _SENTENCE_APART.split(said) if part.strip(" .。!！~～")]
    while parts and _courtesy_only(parts[-1]):
        parts.pop()
    if not 2 <= len(parts) <= 6:
        return None
    read = [_product_sentence(_ADDED.sub("要", part, count=1)) for part in parts]
    joins = [joined for joined in read if joined is not None and not joined.items]
    if len(joins) < len(parts):
        return None
    items = tuple(f"+{_amount_said(joined)} {joined.note}" for joined in joins)
    return Join(joins[0].quantity, note=joins[0].note, lang="zh", items=items, items_first=True)


def _amount_said(joined: Join) -> str:
    """`2打`, `5斤`, `1` (份 is no unit): the amount of a sentence's join as `+N` writes it."""
    measured = joined.measured
    if measured is None or not unit_key(measured.unit):
        return str(joined.quantity)
    return f"{measured.part or measured.quantity}{measured.unit}"


def _measured_note(join: Join) -> str:
    return join.measured.note if join.measured is not None else ""


def _product_word(word: str | None) -> bool:
    return bool(word) and not _WORD_NOT_PRODUCT.search(word or "") and not is_courtesy(word or "")


# `durian +1`, `kaya +2`, `me too durian`: the product's English word then the `+N` (as `鸡蛋 +1`), or
# after `me too`; a join (`titled`) only where the word names a group buy open there
_EN_GOODS = r"(?P<word>[a-z][a-z'’-]{1,19}(?:\s+[a-z][a-z'’-]{1,19})?)"
_EN_END = r"(?P<end>(?:[\s,.!~]|please|pls|plz|thanks?|thx)*)$"
_EN_WORD_PLUS = re.compile(rf"^{_EN_GOODS}\s*(?P<amount>[+＋]\s*\d{{1,3}})(?!\d){_EN_END}", re.IGNORECASE)
_EN_ME_TOO = re.compile(rf"^me\s+too[\s,!.~]*(?:for\s+)?(?:the\s+)?{_EN_GOODS}{_EN_END}", re.IGNORECASE)
_NOT_GOODS = frozenset(
    {"me", "too", "i", "im", "plus", "and", "or", "also", "for", "count", "in", "add", "join", "the", "one",
     "x", "ok", "okay", "yes", "same", "again", "more", "pls", "please", "thanks", "thx", "sorry", "wait"}
)  # fmt: skip


# `put me down for the large`, `put me down for 2 small`, `sign me up for 2`, `put me down` (rep64 1): a
# join asked to be written on the list; `2 small`, `2 small box please` (rep64 3): a count, then a word,
# alone. A word is a join of it (`titled`: only where it names an option or product open there, else
# talk), none a join as `count me in` / `I'll take 2` are.
_NOT_COURTESY = r"(?!(?:please|pls|plz|thanks?|thx)(?![a-z]))"
_EN_GOODS_WORD = rf"{_NOT_COURTESY}[a-z][a-z'’-]{{1,19}}"
_EN_GOODS_WORDS = rf"(?P<word>{_EN_GOODS_WORD}(?:\s+{_EN_GOODS_WORD})?)"
_PUT_ME_DOWN = re.compile(
    r"^(?:please\s+)?(?:put|sign|write)\s+me\s+(?:down|up)(?:\s+(?:for|as))?"
    rf"(?:\s+(?:(?P<n>{_EN_NUMBER})|the|an?)(?![a-z]))?(?:\s+{_EN_GOODS_WORDS})?{_EN_END}",
    re.IGNORECASE,
)
_COUNT_THEN_WORD = re.compile(rf"^(?P<n>{_EN_NUMBER})\s+{_EN_GOODS_WORDS}{_EN_END}", re.IGNORECASE)
# `count me in, 2 veg please`, `count me in for 2 veg`, `me too, 2 small` (rep86 6): the words of a join, then
# the count and its word: as `2 veg please` (`_COUNT_THEN_WORD`)
_AGREED_THEN_COUNT = re.compile(
    r"^(?:me\s+too|count\s+me\s+in|i\s*['’]?\s*m\s+in|i\s+am\s+in|same\s+for\s+me)[\s,!.~]*(?:for\s+)?"
    rf"(?=(?:{_EN_NUMBER})\s)",
    re.IGNORECASE,
)


def _put_me_down(said: str) -> Join | None:
    """`put me down for the large`, `put me down for 2 small`, `2 small`: a join of the word (`titled`),
    `put me down (for 2)` a join said in words; None for anything else."""
    put = _PUT_ME_DOWN.match(said)
    agreed = _AGREED_THEN_COUNT.match(said)
    found = put or _COUNT_THEN_WORD.match(said[agreed.end() :] if agreed is not None else said)
    if found is None:
        return None
    quantity = _en_count(found.group("n")) if found.group("n") else 1
    if not quantity:
        return None
    if found.group("word") is None:  # `put me down`: agreement, as `me too` (handlers.echoes)
        return Join(quantity, in_words=True, heard="en", stated=found.group("n") is not None)
    word = " ".join(found.group("word").split())
    if any(part.casefold() in _NOT_GOODS for part in word.split()) or is_courtesy(word):
        return None
    return Join(quantity, note=word, in_words=True, heard="en", titled=True, stated=True)


def _english_titled(said: str) -> Join | None:
    """`durian +1`, `kaya +2`, `me too durian`: a join of the product named (`titled`), else None."""
    plus = _EN_WORD_PLUS.match(said)
    too = None if plus is not None else _EN_ME_TOO.match(said)
    found = plus or too
    if found is None:
        return None
    word = " ".join(found.group("word").split())
    if any(part.casefold() in _NOT_GOODS for part in word.split()) or is_courtesy(word):
        return None
    quantity = read_quantity(found.group("amount").lstrip("+＋ ")) if plus is not None else 1
    if not quantity:
        return None
    if too is not None:
        return Join(quantity, note=word, in_words=True, heard="en", titled=True)
    return Join(quantity, note=word, titled=True)


def _spoken_sentence(said: str) -> Join | None:
    """`I want 2kg of lychees`, `2kg lychees please` (the product's word after the amount: `titled`),
    `I want 1.5 kg` (as `+1.5 kg`), `actually make it 1`, `change to 3` (as `改成1份`), `durian +1`
    (`_english_titled`); None for anything else."""
    titled = _english_titled(said)
    if titled is not None:
        return titled
    put = _put_me_down(said)
    if put is not None:  # `put me down for the large`, `2 small`
        return put
    make_it = _MAKE_IT.match(said)
    if make_it is not None:
        n = _en_count(make_it.group("n"))
        unit = make_it.group("unit")
        measured = (
            Measured(n, unit) if unit and n is not None else None
        )  # `make it 3kg`: checked against its unit
        group_buy_id = group_buy_number(make_it.group("id")) if make_it.group("id") else None
        if n is None:
            return None
        word = " ".join((make_it.group("word") or "").split())
        if word and (unit or any(part.casefold() in _NOT_GOODS for part in word.split())):
            return None  # `make it 3kg more`, `make it 2 for me`: talk
        if word:  # `make it 3 veg`: the option (or product) the word names, else talk (handlers.group_buys)
            return Join(
                n, group_buy_id, lang="en", leave=True, set_to=True, heard="en", note=word, titled=True
            )
        return Join(n, group_buy_id, lang="en", leave=True, set_to=True, heard="en", measured=measured)
    part = _MAKE_IT_PART.match(said)
    if part is not None:  # `make it 1.5kg`: counted where it comes to whole units, else answered
        unit, amount = part.group("unit") or "", part.group("n")
        typed = f"{amount} {unit}" if unit.isascii() and unit else f"{amount}{unit}"
        measured = Measured(int(float(amount)), unit, part=typed, alone=True)
        group_buy_id = group_buy_number(part.group("id")) if part.group("id") else None
        return Join(1, group_buy_id, lang="en", leave=True, set_to=True, heard="en", measured=measured)
    decimal = _SPOKEN_DECIMAL.match(said)
    if decimal is not None and _courtesy_only(decimal.group("rest")):
        joined = _parse_join(f"+{decimal.group('amount')}")
        return replace(joined, in_words=True, heard="en") if isinstance(joined, Join) else None
    wants = _SPOKEN.match(said)
    weighed = _SPOKEN_UNIT.match(wants.group("rest")) if wants is not None and wants.group("want") else None
    if wants is not None and weighed is not None:  # `I want 2kg of lychees`
        goods = _MEASURED_GOODS.match(weighed.group("rest"))
        quantity = _en_count(wants.group("want"))
        if goods is None or quantity is None or is_courtesy(goods.group("word")):
            return None
        if not _courtesy_only(goods.group("rest")):
            return None
        measured = Measured(quantity, weighed.group("unit"))
        note = goods.group("word")
        return Join(quantity, note=note, in_words=True, heard="en", measured=measured, titled=True)
    alone = _MEASURED_ALONE.match(said)
    goods = _MEASURED_GOODS.match(alone.group("rest")) if alone is not None else None
    if alone is not None and goods is not None and not is_courtesy(goods.group("word")):  # `2kg lychees`
        whole = measure(alone.group("amount"))
        if whole is None or not unit_key(whole.unit) or not _courtesy_only(goods.group("rest")):
            return None
        return Join(whole.quantity, note=goods.group("word"), measured=whole, titled=True)
    return None


def _courtesy_only(rest: str) -> bool:
    words = rest.strip(" ,，.。!！~～")
    return not words or is_courtesy(words)
