"""Session 9: in her private chat with the bot Amy could `/edit #6`, `/add #6`, `/remove #6` and
`/remind #6`, but `/close #6` answered "There is no group buy #6 in this chat" (`截单 #6`: "这个群里没有团购
#6"); `代报 王阿姨 2` there was shown a 修改 example and `已收 @Bob` "本群里没有叫 Bob 的成员".
Now `/close #6` closes her own group buy (the group is told, she reads her summary), a command needing
the number shows its own form with `#12`, and a name in private says to write the order number or
send it in the group."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_an_organiser_closes_from_her_private_chat(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [("amy", "/groupbuy Mangoes price 20"), ("bob", "+1")]:
            await api.say("family", user, text)

        answer = await api.say("amy", "amy", "/close #1")

        said = [(r["chat"], r["text"]) for r in answer["replies"] if r["text"] and r["card_of"] is None]
        closed = (
            "✅ Mangoes (#1) succeeded at ¥20 each: 1 order, 1 unit. Ask the organiser Amy how to pay, "
            "then send /ipaid with your order number (e.g. /ipaid 1-1); they confirm it. "
            "Each buyer's order was sent in a private message; anyone I cannot message is told in the group."
        )
        assert ("family", closed) in said
        assert (  # hers is the organiser's summary, not the buyers' announcement (review Y3)
            "amy",
            "Closed: Mangoes (#1) succeeded at ¥20 each: 1 order, 1 unit, ¥20 to collect. The group was told "
            "and each "
            "buyer's order was sent privately "
            "(anyone I cannot message is told in the group). "
            "When a buyer pays you, confirm it with /paid and the order "
            "number (e.g. /paid 1-1), here or in the group."
            "\nNo way to pay is set, so buyers have to ask you: set it "
            "with /payment #1 PayPal you@example.com "
            "(your own method and account); each buyer who owes is told."
            "\nNo pickup is set: set it with /pickup #1 Gate 3 tomorrow 17:00 (your own place and time).",
        ) in said
        assert any(chat == "bob" and text.startswith("Your order #1-1") for chat, text in said)
        assert "✅ Succeeded at ¥20 each: 1 unit" in (await api.card("family", 1))["text"]


async def test_private_answers_name_what_a_private_chat_needs(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        for user, text in [("amy", "接龙 芒果 价格 20"), ("bob", "+1")]:
            await api.say("family", user, text)

        async def answer(text: str) -> str:
            [reply] = (await api.say("amy", "amy", text))["replies"]
            return str(reply["text"])

        assert (
            await answer("代报 王阿姨 2")
            == "私聊里请写团号，例如：代报 #1 王阿姨 2（团号在卡片标题里）。没有任何改动。"
        )
        assert await answer("截单") == "私聊里请写团号，例如：截单 #1（团号在卡片标题里）。没有任何改动。"
        # Bob joined, no order yet (session 16, gc 2): he has none, not "no buyer called Bob" (s22 G)
        assert await answer("已收 @Bob") == "Bob 在你的团里没有订单，没有任何改动。例如：已收 12-3"
