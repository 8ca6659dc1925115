"""Session 27 (rep39 #9): Sam's flagged ad told Sam privately "Why: their only note in this
group in 30 days…": the third person, to the author herself. The reasons told to the note's author (held
for review, or hidden with no reason of the admin's) now speak to her ("your only note…", zh
"30 天内你的笔记在本群只有这一条"), while the admins' queue keeps the third person."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

CASES = {
    "en": (
        (
            "/note the apples downstairs are crisp",
            "/note great shoe repair guy downstairs, call +65 9123 4567",
        ),
        "Your note #2 is posted, but marked ⚠️ Unverified until the group's admins have a look. "
        "Why: your only note in this group in 30 days, offers a contact to buy through elsewhere "
        '(a handle, a number, "DM me"). '
        "Until then the digest, search and answers leave it out; if it is fine, an admin takes the mark off.",
        ("/flags", "their only note in this group in 30 days"),
        ("/hide 2", "Why: your only note in this group in 30 days, offers a contact"),
    ),
    "zh": (
        ("种草 楼下水果店的苹果很脆", "种草 推荐楼下的修鞋师傅，便宜手艺好 电话 13512345678"),
        "你的笔记 #2 已发出，但先标了 ⚠️ 未验证，要等群管理员看过。"
        "原因：30 天内你的笔记在本群只有这一条、留联系方式拉人私下交易（微信、手机号、“私聊我”）。"
        "在那之前精选、搜索和问答都不会列出它；管理员看过没问题就会去掉这个标记。",
        ("待审笔记", "30 天内在本群只发过这一条笔记"),
        ("隐藏 2", "原因：30 天内你的笔记在本群只有这一条、留联系方式"),
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_author_reads_your_and_the_admins_their(lang: str) -> None:
    (honest, ad), held, (queue, admins_read), (hide, author_reads) = CASES[lang]
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"eve"}
    await chat.say("bob", honest, language=lang)

    posted = await chat.say("sam", ad, language=lang)

    assert Chat.private(posted) == {"sam": held}
    assert admins_read in Chat.private(await chat.say("eve", queue, language=lang))["eve"]
    assert author_reads in Chat.private(await chat.say("eve", hide, language=lang))["sam"]
