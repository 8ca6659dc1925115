"""Review 80 #10: Amy organises a group buy that paid a sharer commission. Her bare `/payouts` in private
lists it, but `/payouts` in her group, or `/payouts #1` in private, got only the admins' refusal, `Only the
bot's admins decide payouts. Nothing was changed.`, with no hint that the bare command privately is hers.
Now the refusal says where to look; one who organised nothing that paid commission reads it as before."""

from __future__ import annotations

import re

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")
HINTED = {
    "en": "Only the bot's admins decide payouts. Nothing was changed. To see the commission your group buys "
    "paid sharers and help-sellers, send /payouts alone in a private chat with me.",
    "zh": "只有机器人的管理员可以审核提现，没有任何改动。想看你开的团付给分享者和帮卖团长的佣金，"
    "请私聊我，只发“提现审核”。",
}
PLAIN = {
    "en": "Only the bot's admins decide payouts. Nothing was changed.",
    "zh": "只有机器人的管理员可以审核提现，没有任何改动。",
}
OPEN = {"en": ("/groupbuy Durian price 30", "/commission 50%", "/share", "/close #1", "/paid 1-1"),
        "zh": ("接龙 榴莲 价格 30", "佣金 50%", "分享", "截单 #1", "已收 1-1")}  # fmt: skip
ASKED = {"en": ("/payouts", "/payouts #1"), "zh": ("提现审核", "提现审核 #1")}


async def _shared(lang: str) -> Chat:
    opened, rate, share, close, paid = OPEN[lang]
    chat = fake_chat(default_language=lang, payout_admins=frozenset({"eve"}))
    await chat.say("amy", opened)
    await chat.say("amy", rate)
    code = CODE.search(chat.shared(await chat.say("mei", share)))
    assert code is not None
    await chat.say("bob", f"+1 {code.group(0)}")
    await chat.say("amy", close, private=True)
    await chat.say("amy", paid)
    return chat


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_her_payouts_in_the_group_or_with_a_number_point_to_the_bare_command(lang: str) -> None:
    chat = await _shared(lang)
    bare, numbered = ASKED[lang]

    assert chat.said(await chat.say("amy", bare)) == HINTED[lang]  # in her group
    assert chat.said(await chat.say("amy", numbered, private=True)) == HINTED[lang]
    listed = chat.said(await chat.say("amy", bare, private=True))
    assert listed.startswith(("Commission your group buys paid", "你开的团付给分享者"))
    # a member who organised nothing: the refusal as before, no hint
    assert chat.said(await chat.say("bob", bare)) == PLAIN[lang]
