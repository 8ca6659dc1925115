"""`问 有人买过芒果吗` after 海南贵妃芒 closed (no mangoes open) was answered "这个我答不上来：团购里没有
记着", and `/ask anyone tried the mangoes` the same in English: Ask looked only at what is open, and
with nothing open `问 芒果多少钱` got the price of the newest group buy, 榴莲. It now names the chat's
newest closed group buy the question names, who bought it, that it has closed and that its organiser can
open it again (`/copy`); a question about another product is not answered with it, and with the product
open again the open one is what Ask speaks of."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_question_about_a_closed_group_buys_product_hears_of_it(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "小美", "接龙 海南贵妃芒 5斤 价格 88")
        await api.say("家庭群", "阿强", "+1")
        await api.say("家庭群", "丽丽", "+2")
        await api.say("家庭群", "小美", "截单")
        await api.say("家庭群", "小美", "已收 1-1 1-2")  # who bought it: who paid
        await api.say("家庭群", "小美", "接龙 榴莲 价格 120")
        await api.say("家庭群", "阿强", "+1")
        await api.say("家庭群", "小美", "截单")

        [price] = (await api.say("家庭群", "小红", "问 芒果多少钱"))["replies"]
        assert price["text"] == "海南贵妃芒 5斤（#1）成交价 ¥88/份。", "not the newest one's, 榴莲"

        await api.say("家庭群", "小美", "接龙 阿克苏苹果 价格 60")
        [asked] = (await api.say("家庭群", "小红", "问 有人买过芒果吗"))["replies"]
        assert asked["text"].startswith(
            "本群开过 海南贵妃芒 5斤（#1），已经截单了：阿强、丽丽 跟过这个团。"
            "想再买的话，请 @团长 小美 再开一团。"
        )
        assert asked["buttons"], "the question can still go to the organiser"

        [grapes] = (await api.say("家庭群", "小红", "问 有人买过葡萄吗"))["replies"]
        assert "芒" not in grapes["text"]

        await api.say("Family", "Amy", "/groupbuy Mangoes 5kg price 88")
        await api.say("Family", "Bob", "+1")
        await api.say("Family", "Amy", "/close")
        await api.say("Family", "Amy", "/paid 4-1")

        [tried] = (await api.say("Family", "Cat", "/ask anyone tried the mangoes"))["replies"]
        assert tried["text"].startswith(
            "Mangoes 5kg (#4) ran here and has closed: Bob ordered it. "
            "To buy again, ask the organiser, Amy, to open another round."
        )
        [durian] = (await api.say("Family", "Cat", "/ask anyone tried the durian"))["replies"]
        assert "Mangoes" not in durian["text"]

        await api.say("Family", "Amy", "/copy #4")
        [again] = (await api.say("Family", "Cat", "/ask anyone tried the mangoes"))["replies"]
        assert "ran here" not in again["text"]
