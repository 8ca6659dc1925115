"""How notes (种草) are written: `/note #12 …`, `种草 …`, `笔记 3`, `#种草 …` (a photo's caption),
`赞 3` / `/like 3`, `取消赞 3`, `评论 3 …`, and a reply to a note card.

Command words come through the registry; this module says when a bare Chinese word is a command
(`种草 这款面膜` is, `种草了吗` is talk; `赞 3` is, `赞一个` is talk) and reads the arguments. A note's text
is taken from what the member typed, not from the normalised command (its lines and punctuation stay).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commerce.domain.ask_relevance import products_named
from commerce.domain.errors import DomainError
from handlers.parsing.numbers import bounded_int, group_buy_number, shown

COMMANDS = frozenset({"note", "like", "unlike", "comment", "delete_note", "edit_note", "link_note"})
# `删除笔记 11`, `撤回笔记 #11`, `/deletenote 笔记 11`: the note's number alone
_DELETE = re.compile(r"^(?:(?:笔记|(?i:note))\s*)?[#＃]?\s*(?P<id>\d+)$")
# `修改笔记 3 …`, `/editnote 3 …`: a number first, then maybe the new words
_EDIT = re.compile(r"^[#＃]?\s*(?P<id>\d+)(?:\s|$)")
# a note whose words are only numbers (`笔记 3 #2`, `种草 #2 3`): a number meant for something else
_ONLY_NUMBERS = re.compile(r"^[#＃\d\s,，、.。:：]+$")
# what a number glued to Chinese counts or measures (`#3个`, `#3斤`, `#3号楼`): no group buy's number
_COUNTS = "[个份斤克两盒箱袋包瓶罐只件颗粒枚块元毛号楼栋次遍天周月年岁人位折]|公斤|千克|单元"
_HASHTAG = re.compile(r"^\s*[#＃]\s*(?P<tag>种草|note)(?![\w])[\s:：]*", re.IGNORECASE)
_WORD = re.compile(r"^\s*(?:[/／]\s*)?(?:note|种草|笔记|comment|评论)(?:@\S+)?[\s:：]*", re.IGNORECASE)
# `#12 好吃`, or glued to its words (`#3凤梨香得很`, as typed on a phone): a number then a word of its own.
# A count or a unit glued to it (`#3个`, `#3斤`, `#3号楼`) is no group buy's number: the note keeps it as
# its words (and may still be linked by the title it names); so is one glued to Latin (`#3rd time`).
_GLUED = rf"(?=[^\W\d_A-Za-z０-９Ａ-Ｚａ-ｚ])(?!{_COUNTS})"  # a Chinese word, no count, after the number
_LINK = re.compile(rf"^[#＃]\s*(?P<id>\d+)(?:\s+|$|[:：,，、!！。~～]\s*|{_GLUED})")
_NUMBER = re.compile(r"^[#＃]?\s*(?P<id>\d+)$")
_COMMENT = re.compile(r"^[#＃]?\s*(?P<id>\d+)(?:\s+|[:：]\s*)(?P<text>\S.*)?$", re.DOTALL)
_PLANTING = re.compile(r"^\s*(?:[/／]\s*)?种草")  # `种草 #12 …` links a group buy; `笔记 3` shows a note
# `笔记 3 #2`, `种草 3 关联 #2`, `/note 3 to #2`: note 3 linked to group buy 2 (the note's number bare:
# `种草 #3 …` is a note on group buy 3)
_LINK_NOTE = re.compile(
    r"^(?P<id>\d+)\s*(?:关联到?|(?i:link(?:ed)?(?:\s+to)?|to)|->|→)?\s*[#＃]\s*(?P<to>\d+)\s*[。.!！]?$"
)
_HEADER = re.compile(r"^(?:笔记|Note) #(?P<id>\d+)(?:\s|$)")
# A note linked in a sentence, the whole message: `link my note to the avocado group buy`, `link note 3 to
# #2`, `把笔记1挂到牛油果团`, `把我的笔记关联到 #2`: the note's number if said, and what names the group buy
_LINK_ASKED_EN = re.compile(
    r"^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:link|attach|connect|tie)\s+"
    r"(?:(?:my|the|this)\s+)?note\s*(?:[#＃]?\s*(?P<id>\d{1,9}))?\s+(?:to|with|on)\s+(?P<to>\S.*?)"
    r"(?:\s+(?:please|pls|thanks|thx))?[\s.!?]*$",
    re.IGNORECASE,
)
_LINK_ASKED_ZH = re.compile(
    r"^(?:请|麻烦)?(?:帮我)?(?:把|将)(?:我的|我那条|我这条|这条|那条)?(?:笔记|种草)\s*(?:[#＃]?\s*(?P<id>\d{1,9}))?\s*"
    r"(?:挂到|挂在|挂上|关联到|关联|链接到|绑定到|绑到)\s*(?P<to>\S.*?)"
    r"(?:上面|上去|上)?(?:吧|吗|谢谢)?[\s。.!！~～]*$"
)
# what a sentence names as the group buy: its number (`#2`, `group buy 2`, `2号团`, `团2`) …
_GROUP_BUY_NUMBER = re.compile(
    r"^(?:(?i:group\s*-?\s*buy)|团购|团)?\s*[#＃]?\s*(?P<id>\d{1,9})\s*(?:号?团购?)?$"
)
# … else its product's words, without the articles and the words for a group buy
_TARGET_EN = re.compile(
    r"^(?:(?:the|my|our|this|that)\s+)?(?P<words>.+?)(?:\s+(?:group\s*-?\s*buy|buy|one))?$", re.IGNORECASE
)
_TARGET_ZH = re.compile(r"^(?:这个|那个)?(?P<words>.+?)(?:的)?(?:团购|团)?$")
# `/linknote 3 #2`, `/linknote 3 to avocado`: the note's number first, then what names the group buy
_LINK_ARGS = re.compile(
    r"^(?:(?:笔记|(?i:note))\s*)?(?:[#＃]?\s*(?P<id>\d{1,9})\b)?\s*(?:(?i:to)\s+|关联到?|挂到|->|→)?\s*(?P<to>.*)$"
)


@dataclass(frozen=True)
class Posting:
    """What `/note …` asks: show note `show` (`笔记 3`), link a note to a group buy (`笔记 3 #2`), or
    post `text` linked to `group_buy_id`."""

    text: str = ""
    group_buy_id: int | None = None
    show: int | None = None
    link: tuple[int, int] | None = None  # (note, group buy): `笔记 3 #2` links note 3 to group buy 2


def hashtag(text: str) -> str | None:
    """The language of a message starting with `#种草` / `#note` (a note's hashtag), else None."""
    found = _HASHTAG.match(text)
    if found is None:
        return None
    return "zh" if found.group("tag") == "种草" else "en"


def fits_bare(name: str, after_word: str, rest: str) -> bool:
    """Whether a Chinese word typed without a slash is the command: `种草 …` (apart), `赞 3`, `评论 3 …`."""
    if name == "note":
        # `种草 …`, `种草：…`, `种草#3 …` (`＃`, a full-width space: normalised to these); `种草#好物` is talk
        glued = after_word == "#" and rest[1:2].isdigit()
        return (after_word in (" ", ":") or glued) and bool(rest)  # `种草 #4 甜吗？` asks: answered as Ask
    if name in ("like", "unlike"):  # `赞 abc` (a lone Latin word for the number): its form is explained
        return bool(_NUMBER.match(rest) or (after_word == " " and not_a_number(rest)))
    if name == "delete_note":  # `删除笔记了吗` is talk
        return bool(_DELETE.match(rest))
    if name == "edit_note":  # `修改笔记 3 …`; `修改笔记的时候` is talk
        return bool(_EDIT.match(rest))
    return bool(_COMMENT.match(rest) or _NUMBER.match(rest))  # `评论 3` alone: its form is explained


def posting(raw: str) -> Posting:
    """The note in what the member typed (`/note #12 好吃`, `种草 …`, `#种草 …`), or the note to show."""
    body = _HASHTAG.sub("", raw, count=1) if _HASHTAG.match(raw) else _WORD.sub("", raw, count=1)
    body = body.strip()
    planting = _PLANTING.match(raw) is not None or _HASHTAG.match(raw) is not None
    # `note 1.`, `笔记 1。`: the number, a stop after it (never a 种草's: `种草 #1 ！！！` is a note of marks)
    shown = _NUMBER.match(body if planting else body.rstrip(" !！。.~～"))
    if shown is not None and planting and body.startswith(("#", "＃")):  # `种草 #12` and no text yet
        return Posting(group_buy_id=group_buy_number(shown.group("id")))
    if shown is not None:
        return Posting(show=_note_number(shown.group("id")))
    linking = _LINK_NOTE.match(body)
    if linking is not None:
        return Posting(link=(_note_number(linking.group("id")), group_buy_number(linking.group("to"))))
    linked = _LINK.match(body)
    if linked is None:
        return Posting(text=body)
    return Posting(text=body[linked.end() :].strip(), group_buy_id=group_buy_number(linked.group("id")))


def note_number(rest: str) -> int | None:
    """The note a `赞 3` / `/unlike #3` names; None when there is none (its form is explained)."""
    found = _NUMBER.match(rest.strip())
    return None if found is None else _note_number(found.group("id"))


# what `赞 abc` puts where the note's number goes: one Latin word, no praise (`赞 ok`, `赞 nice` are talk)
_NOT_A_NUMBER = re.compile(r"^[#＃]?[A-Za-z][A-Za-z0-9]{0,11}$")
_PRAISE = frozenset(
    {"ok", "okay", "good", "nice", "great", "cool", "yes", "yeah", "lol", "haha", "wow", "top"}
)


def not_a_number(rest: str) -> str:
    """The word typed where `赞 3` has the note's number (`赞 abc` -> `abc`); "" when it is none such."""
    word = rest.strip()
    if not _NOT_A_NUMBER.match(word) or word.lstrip("#＃").lower() in _PRAISE:
        return ""
    return word


def comment(raw: str) -> tuple[int, str]:
    """`评论 3 同感` -> (3, `同感`), read from what was typed; no number: the form is explained; a number
    and no words (`comment 2`): told the words are missing (rep76 #11)."""
    body = _WORD.sub("", raw, count=1).strip()
    found = _COMMENT.match(body)
    if found is None:
        alone = _NUMBER.match(body.rstrip(":："))
        if alone is not None:
            raise DomainError("comment_no_words", id=_note_number(alone.group("id")))
        raise DomainError("comment_usage")
    text = (found.group("text") or "").strip()
    if not text:
        raise DomainError("comment_no_words", id=_note_number(found.group("id")))
    return _note_number(found.group("id")), text


def replied_note(quoted: str | None) -> int | None:
    """The note whose card a message replies to (its first line reads `笔记 #3` / `Note #3`)."""
    if not quoted:
        return None
    found = _HEADER.match(quoted.strip())
    return None if found is None else _note_number(found.group("id"))


def _note_number(digits: str) -> int:
    """A note's number; one too long to name anything is refused as a note that does not exist."""
    number = bounded_int(digits)
    if number is None:
        raise DomainError("note_not_found", id=shown(digits))
    return number


def deleted_note(rest: str) -> int | None:
    """The note `删除笔记 11` / `/deletenote #11` names; None: its form is explained."""
    found = _DELETE.match(rest.strip())
    return None if found is None else _note_number(found.group("id"))


def edited_note(rest: str) -> int | None:
    """The note `修改笔记 3 …` / `/editnote 3 …` names; None: its form is explained."""
    found = _EDIT.match(rest.strip())
    return None if found is None else _note_number(found.group("id"))


# `笔记 abc`, `笔记 #3a`, `/note 3b`: a note's number mistyped (`笔记 3` shows note 3), no note to post: after
# 笔记 a short word of Latin letters or digits, after any note word one mixing both
_MISTYPED_NUMBER = re.compile(
    r"^\s*(?:(?P<zh>笔记)|(?:[/／]\s*)?(?:note|笔记)(?:@\S+)?)\s*[:：]?\s*[#＃]?\s*(?P<word>[A-Za-z0-9]{1,5})\s*$",
    re.IGNORECASE,
)


def mistyped_number(raw: str) -> str | None:
    """`笔记 abc` (`笔记 #3a`, `/note 3b`): the word typed where a note's number goes; None for a number
    (`笔记 3`: the note shown) or a note's words (`笔记 好吃`, `/note yum`)."""
    found = _MISTYPED_NUMBER.match(raw)
    if found is None or found.group("word").isdigit():
        return None
    word = found.group("word")
    mixed = any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
    return word if found.group("zh") or mixed else None


# `种草 这个好用 👆`, `如图，这款绝了`: a note pointing at a picture (`request.photo` none: it never came)
_POINTER = re.compile(
    r"[👆☝⬆👇⬇↑]|如图|上图|下图|看图|见图|图中|(?:pic(?:ture)?|photo)s?\s+(?:above|below)"
    r"|see\s+(?:the\s+)?(?:pic(?:ture)?|photo)",
    re.IGNORECASE,
)
# what such a note names the product with when it names none: this, it (`这个好用`, `this is great`)
_THIS = re.compile(r"这|那个|那款|它|(?<![a-z])(?:this|that|these|those|it)(?![a-z])", re.IGNORECASE)


def points_at_a_picture(text: str) -> bool:
    """Whether a note's words point at a picture (`👆`, `如图`, `see photo`) and say the product only as
    `这个` / `this` (`种草 这个好用 👆`): with no photo sent, nothing says what it is about."""
    if _POINTER.search(text) is None:
        return False
    words = _POINTER.sub(" ", text)
    return _THIS.search(words) is not None and not products_named(words)


# `笔记 1 开团 价格 30`: a note's number, then words (rep87 #2)
_NUMBER_THEN_WORDS = re.compile(r"^(?P<id>\d{1,9})\s+\S")


def number_then_words(raw: str) -> int | None:
    """`笔记 1 开团 价格 30`, `/note 1 great`: the number a note typed with `笔记` / `note` (never `种草`,
    `#种草`: a recommendation's words) opens with, a space after it; None otherwise. Whether it is a note
    here (a command meant, no note posted) is the handler's to say."""
    if _PLANTING.match(raw) is not None or _HASHTAG.match(raw) is not None:
        return None
    found = _NUMBER_THEN_WORDS.match(_WORD.sub("", raw, count=1).strip())
    return None if found is None else bounded_int(found.group("id"))


def hashed(raw: str) -> bool:
    """Whether the number of `/note #2` (no words) was typed with its `#`, as a group buy's is."""
    return _WORD.sub("", raw, count=1).strip().startswith(("#", "＃"))


def only_numbers(text: str) -> int | None:
    """A note's words that are only numbers (`3 #2`): the first, the note meant to be read; else None."""
    if not _ONLY_NUMBERS.match(text):
        return None
    first = re.search(r"\d+", text)
    return None if first is None else _note_number(first.group(0))


def link_asked(text: str) -> tuple[str, str, str] | None:
    """A note's link asked in a sentence (the whole message): (its language, the note's number or "",
    what names the group buy); None: no such sentence."""
    for lang, form in (("en", _LINK_ASKED_EN), ("zh", _LINK_ASKED_ZH)):
        found = form.match(text.strip())
        if found is not None:
            return lang, found.group("id") or "", found.group("to").strip()
    return None


def link_args(rest: str) -> tuple[int | None, str]:
    """`/linknote 3 #2` -> (3, `#2`); `/linknote avocado` -> (None, `avocado`)."""
    found = _LINK_ARGS.match(rest.strip())
    if found is None:
        return None, rest.strip()
    number = found.group("id")
    return (None if number is None else _note_number(number)), found.group("to").strip()


def group_buy_named(target: str) -> tuple[int | None, str]:
    """What a link's sentence names as the group buy: its number (`#2`, `2号团`: (2, "")), else the words
    of its product (`the avocado group buy`: (None, `avocado`); `牛油果团`: (None, `牛油果`))."""
    numbered = _GROUP_BUY_NUMBER.match(target.strip())
    if numbered is not None:
        return group_buy_number(numbered.group("id")), ""
    form = _TARGET_ZH if re.search(r"[\u3400-\u9fff]", target) else _TARGET_EN
    found = form.match(target.strip())
    return None, (target.strip() if found is None else found.group("words").strip())
