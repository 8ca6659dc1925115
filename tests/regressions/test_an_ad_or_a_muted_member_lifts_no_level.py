"""Session 26, task R1 (review 36, finding 2): Sam, who never bought, posted an ad
(`加我微信 sam888 全网最低价`, flagged ⚠️ 未验证); friends liked it and joined through its card's
Join, and Sam's next notes read "笔记 #13 · Sam · 达人". He stayed 达人 after an admin hid his notes
and muted him, and as a muted member his like and comment made Dan 达人. Now likes on, and joins
through, a flagged or hidden note lift nobody; a member whose note an admin hid, or whom an admin
muted, shows no level until unhidden / unmuted; and a muted member's likes and comments lift no one."""

from __future__ import annotations

from bot.bootstrap import reputation_after_payment
from commerce.domain.events import OrderPaid
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

AD = "贵妃芒太好吃了！！强烈推荐😍😍 加我微信 sam888 全网最低价，找我买更便宜"


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def paid(factory: FakeUnitOfWorkFactory, chat: Chat, buyers: list[str]) -> None:
    await chat.say("amy", "截单")
    for seq, buyer in enumerate(buyers, start=1):
        await chat.say("amy", f"已收 1-{seq}")
        await reputation_after_payment(factory)(OrderPaid(order_id=seq, group_buy_id=1, buyer_id=buyer))  # type: ignore[arg-type]


async def test_likes_and_joins_through_a_flagged_ad_make_its_author_no_insider() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 海南贵妃芒 价格 30")
    await chat.say("sam", f"种草 #1 {AD}")
    assert "⚠️ 未验证" in await head(chat, 1)
    for member in ("hu", "kim", "fay"):
        await chat.say(member, "赞 1")
    for member in ("bob", "cat", "eve"):
        await chat.tap(member, "nt:join:1")  # through the ad's card
    await paid(factory, chat, ["bob", "cat", "eve"])
    await chat.say("sam", "种草 #1 这家芒果可以")

    assert await head(chat, 2) == "笔记 #2 · Sam"  # no level; the ad's Join brought nobody of his
    assert "达人" not in chat.said(await chat.say("zoe", "笔记 2"))
    assert factory.state.trust.get(("family", "sam"), 1.0) == 1.0


async def honest_insider(lang: str = "zh") -> tuple[FakeUnitOfWorkFactory, Chat]:
    """Dan bought the mangoes and wrote a note three friends liked: 达人 / Insider."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang)
    chat.admins = {"amy"}
    zh = lang == "zh"
    await chat.say("amy", "接龙 芒果 价格 30" if zh else "/groupbuy Mangoes price 30")
    await chat.say("dan", "+1")
    await chat.say("amy", "截单" if zh else "/close")
    await chat.say("amy", "已收 @Dan" if zh else "/paid @Dan")
    await chat.say("dan", "种草 #1 芒果很甜，汁多" if zh else "/note #1 sweet juicy mangoes")
    await chat.say("dan", "种草 #1 第二批也不错" if zh else "/note #1 the second box was good too")
    for member in ("bob", "cat", "eve"):
        await chat.say(member, "赞 1" if zh else "/like 1")
    return factory, chat


async def test_a_hidden_note_or_a_mute_takes_the_level_away_until_undone() -> None:
    _, chat = await honest_insider()
    assert await head(chat, 1) == "笔记 #1 · Dan · 达人 ✅ 已购买"

    replies = await chat.say("amy", "隐藏 2 假装买过")
    assert -1 in [reply.card_of for reply in replies]  # his other card is refreshed
    assert "达人" not in await head(chat, 1)
    await chat.say("amy", "取消隐藏 2")
    assert await head(chat, 1) == "笔记 #1 · Dan · 达人 ✅ 已购买"

    replies = await chat.say("amy", "禁言 Dan 发广告")
    assert -1 in [reply.card_of for reply in replies]
    assert await head(chat, 1) == "笔记 #1 · Dan ✅ 已购买"
    assert "达人" not in chat.said(await chat.say("zoe", "笔记 1"))
    await chat.say("amy", "解除禁言 Dan")
    assert await head(chat, 1) == "笔记 #1 · Dan · 达人 ✅ 已购买"


async def test_in_english_too() -> None:
    _, chat = await honest_insider("en")
    assert await head(chat, 1) == "Note #1 · Dan · Insider ✅ Verified purchase"
    await chat.say("amy", "/mute @Dan ads")
    assert await head(chat, 1) == "Note #1 · Dan ✅ Verified purchase"
    await chat.say("amy", "/unmute @Dan")
    assert await head(chat, 1) == "Note #1 · Dan · Insider ✅ Verified purchase"


async def test_a_muted_members_likes_and_comments_lift_nobody() -> None:
    factory, chat = await honest_insider()  # Dan, an insider, likes and comments on Cat's note
    await chat.say("cat", "种草 早上的面包店不错")
    await chat.say("amy", "禁言 Dan 发广告")
    await chat.say("dan", "赞 3")
    await chat.say("dan", "评论 3 确实不错")
    await chat.say("bob", "赞 1")  # a like elsewhere recomputes the chat

    assert factory.state.trust.get(("family", "cat"), 1.0) == 1.0
    await chat.say("amy", "解除禁言 Dan")
    assert factory.state.trust[("family", "cat")] > 1.0  # his word counts again
