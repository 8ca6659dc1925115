"""s28 #5: a member's report of a note (`举报 2 广告`) reached the admins' queue but told no admin: it
waited until one happened to look. The first report of a note now tells each of the bot's admins
(TUAN_ADMINS) privately, once, which note of which group and why, with the console's moderation queue
to go to; never who reported it, and nothing in the group. Later reports of it tell them nothing."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(lang: str) -> Chat:
    chat = fake_chat(
        FakeUnitOfWorkFactory(),
        default_language=lang,
        payout_admins=frozenset({"root", "kim"}),
        console_url="https://shop.example/",
    )
    if lang == "zh":
        await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
        await chat.say("sam", "种草 #1 我家的芒果更好，想要的来找我")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("sam", "/note #1 mine are better, come to me for them")
    return chat


async def test_the_first_report_tells_each_admin_privately_once() -> None:
    chat = await _chat("zh")

    reported = await chat.say("hu", "举报 1 广告")

    assert all(r.private_to for r in reported)  # nothing said in the group
    told = Chat.private(reported)
    assert set(told) == {"hu", "root", "kim"}
    assert told["root"] == (
        "🚩 笔记 #1（Sam：“我家的芒果更好，想要的来找我”）有人举报了，等管理员处理："
        "后台笔记审核 https://shop.example/moderation，或私聊我发 待审笔记。\n举报原因：广告"
    )
    assert "Hu" not in told["root"] and "hu" not in told["root"]  # never who reported
    assert told["kim"] == told["root"]
    again = await chat.say("lee", "举报 1 骗子")  # a second member's: in the queue, no admin told again
    assert set(Chat.private(again)) == {"lee"}


async def test_an_admin_reporting_is_not_told_her_own_report() -> None:
    chat = await _chat("zh")

    reported = await chat.say("kim", "举报 1")

    assert set(Chat.private(reported)) == {"kim", "root"}
    assert "举报原因" not in Chat.private(reported)["root"]


async def test_in_english() -> None:
    chat = await _chat("en")

    reported = await chat.say("hu", "/report 1 spam")

    assert Chat.private(reported)["root"] == (
        "🚩 Note #1 (Sam: “mine are better, come to me for them”) was reported and waits for an admin: "
        "the console's moderation queue, https://shop.example/moderation, or send me /flags here."
        "\nReason given: spam"
    )


async def test_reported_privately_it_names_the_notes_group() -> None:
    chat = await _chat("zh")
    chat.title = "幸福小区"
    await chat.say("hu", "+1")  # the group (and its name, as the platform says it) now known for Hu

    reported = await chat.say("hu", "举报 1", private=True)

    assert Chat.private(reported)["root"].startswith("🚩「幸福小区」的笔记 #1（Sam：")
