"""Whose line a name before a 接龙 line's count says (`王阿姨 +2`, `小李 +2`, `小王 +1 小李 +1`): her own
(her display name or her name in this group), a person's (a friend's line, as `+2 帮 小李`), or none
(talk, or a product's word: `排队 +1`, `芒果+1`). Read by handlers.option_question (one line) and
handlers.several_items (several names on one line: one person a message)."""

from __future__ import annotations

import re

from handlers.types import Request

# a name before a 接龙 line's count that is a person's (`王阿姨 +2`, `小李 2箱`, `张叔 +1`), never a
# product's or a word of talk (`排队 +1`)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
    "卢姜崔钟谭陆汪范金廖贾夏韦方邹孟熊秦邱江尹薛段雷侯史陶贺顾毛郝龚邵钱严武戴孔汤"
)
_PERSON = re.compile(
    rf"^(?:[小老阿][{_SURNAMES}]|[{_SURNAMES}](?:姨|叔|姐|哥|伯|嫂|婶|老师)"
    r"|[\u3400-\u9fff]{1,3}(?:阿姨|叔叔|姐姐|哥哥|妈妈|婆婆|奶奶|爷爷|外婆|姥姥))$"
)


def line_name(request: Request, word: str) -> str | None:
    """Whose line `word` before a join's count says: "" for her own (her display name or her name in
    this group), the friend's name for a person's (`小李`: as `+2 帮 小李`); None for any other word."""
    if " " in word or not word:
        return None
    own = {" ".join(n.split()).casefold() for n in (request.display_name, request.alias or "") if n}
    if word.casefold() in own:
        return ""
    return word if _PERSON.match(word) else None
