"""After `摘要 开`, a payment (`已收 1-1`) and likes (`赞 1`, the card's 👍) no longer refreshed Bob's note
card already in the chat (still 👍 1, no ✅) while `笔记 1` showed 👍 3 ✅: in digest mode the payment's and
the likes' refreshes skipped the whole chat. A card shown before keeps refreshing in digest mode (a
refresh still posts no card that was never shown). And `摘要 开` from a plain member was accepted where
no group buy ran: only the chat's admins and whoever organised a group buy here may, the others are told
who may."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

CHAT = "jia"


async def note_cards(api: PlaygroundApi, note_id: int) -> list[dict[str, object]]:
    return [m for m in await api.messages(CHAT) if m["card_of"] == -note_id]


async def test_a_note_card_shown_before_digest_mode_shows_payment_and_likes(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say(CHAT, "小美", "接龙 烟台苹果 5斤 价格 40")
        await api.say(CHAT, "Bob", "+1")
        await api.say(CHAT, "Bob", "种草 #1 烟台苹果脆甜，推荐")  # its card is posted: no digest mode yet
        await api.say(CHAT, "Cat", "赞 1")
        await api.say(CHAT, "小美", "摘要 开")
        await api.say(CHAT, "小美", "截单")
        await api.say(CHAT, "小美", "已收 1-1")  # Bob paid: his note is a verified purchase
        await api.say(CHAT, "Dan", "赞 1")
        [card] = await note_cards(api, 1)
        body = {"chat": CHAT, "user": "Eve", "message_id": card["message_id"], "data": "nt:like:1"}
        tapped = await api.client.post("/api/buttons", json=body)
        assert tapped.status_code == 200, tapped.text

        [card] = await note_cards(api, 1)  # the same card, edited: none posted anew
        text = str(card["text"])
        assert text.startswith("笔记 #1 · Bob") and "✅ 已购买" in text.splitlines()[0], text
        assert "👍 3 · 💬 0" in text, text

        await api.say(CHAT, "Cat", "种草 苹果真不错")  # taken in digest mode: told privately, no card
        await api.say(CHAT, "Dan", "赞 2")
        assert await note_cards(api, 2) == []


async def test_a_plain_member_cannot_switch_digest_mode(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        [refused] = (await api.say(CHAT, "Bob", "摘要 开"))["replies"]
        assert refused["text"] == "摘要模式由群管理员或在本群组织过团购的人来开关。没有改动。"

        await api.say(CHAT, "小美", "接龙 烟台苹果 5斤 价格 40")
        await api.say(CHAT, "小美", "截单")  # closed: she still organised one here
        [refused] = (await api.say(CHAT, "Bob", "摘要 开"))["replies"]
        assert refused["text"] == "摘要模式由群管理员或在本群组织过团购的人（小美）来开关。没有改动。"
        [switched] = (await api.say(CHAT, "小美", "摘要 开"))["replies"]
        assert str(switched["text"]).startswith("📰 摘要模式已开启")
