"""Review 35, finding 3: May joined Durian with Ned's code first; later Ned joined with May's. After both
paid, neither earned anything: the loop rule refused Ned too, though he brought May first. The rule is
about the sharer's earlier orders: Ned keeps his commission on May's order, May earns none on Ned's,
whichever order is paid first."""

from __future__ import annotations

import re

import pytest

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": ("接龙 榴莲 价格 120", "佣金 5%", "分享", "截单", "已收", "我的收益"),
    "en": ("/groupbuy Durian price 120", "/commission 5%", "/share", "/close", "/paid", "/earnings"),
}
NED = {
    "zh": "你的分享收益：\n待入账：¥6\n可提现：¥0\n#1-1 榴莲（May）："
    "¥6，待入账：May 提货后可提现，最晚 11月30日 周一 14:00",
    "en": "Your earnings from sharing:\nHeld: ¥6\nYours to withdraw: ¥0\n#1-1 Durian "
    "(May): ¥6, held until May picks it up, or Mon 30 Nov 14:00 at the latest",
}
MAY = {"zh": "待入账：¥0", "en": "Held: ¥0"}


async def _code(chat: Chat, member: str, lang: str) -> str:
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say(member, WORDS[lang][2], language=lang)))
    assert found is not None
    return found.group(0)


async def _each_brought_the_other(lang: str) -> Chat:
    clock = FakeClock()
    chat = fake_chat(clock=clock, default_language=lang)
    opening, rate, _, close, *_ = WORDS[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("amy", rate, language=lang)
    await chat.say("may", f"+1 {await _code(chat, 'ned', lang)}", language=lang)  # Ned brought May first
    clock.advance(hours=2)
    await chat.say("ned", f"+1 {await _code(chat, 'may', lang)}", language=lang)
    await chat.say("amy", close, language=lang)
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("paid", ["1-1 1-2", "1-2 1-1"])
async def test_ned_who_brought_may_first_keeps_his_commission(lang: str, paid: str) -> None:
    chat = await _each_brought_the_other(lang)
    for number in paid.split():  # one by one, in either order
        await chat.say("amy", f"{WORDS[lang][4]} {number}", language=lang)

    earnings = WORDS[lang][5]
    assert chat.private(await chat.say("ned", earnings, language=lang))["ned"] == NED[lang]
    may = chat.private(await chat.say("may", earnings, language=lang))["may"]
    assert MAY[lang] in may and "Ned" not in may
