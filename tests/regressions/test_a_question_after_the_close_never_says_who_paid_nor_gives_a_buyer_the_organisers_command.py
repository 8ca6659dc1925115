"""rep46 #14: a latecomer's `@Tuan 还有芒果吗` after 芒果 closed was answered "…已经截单了，
还没有人付款。想再买的话，团长 Lijie 发“再开一团 #5”…": it told the group nobody had paid, and
gave a buyer the organiser's command.
Now the answer names who ordered it (as the card listed them), never who has or has not paid, and tells
a buyer to ask the organiser; only the organiser is given the command."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_in_chinese_a_latecomer_is_told_to_ask_the_organiser_and_nothing_of_paying(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("小区群", "Lijie", "接龙 芒果 价格 20")
        await api.say("小区群", "王阿姨", "+1")
        await api.say("小区群", "Lijie", "截单")

        [asked] = (await api.say("小区群", "小红", "问 还有芒果吗"))["replies"]
        [own] = (await api.say("小区群", "Lijie", "问 还有芒果吗"))["replies"]

        first = asked["text"].split("\n")[0]
        assert (
            first
            == "本群开过 芒果（#1），已经截单了：王阿姨 跟过这个团。想再买的话，请 @团长 Lijie 再开一团。"
        )
        assert "付款" not in asked["text"] and "再开一团 #" not in asked["text"]
        assert own["text"].split("\n")[0].endswith("要重新开团就发“再开一团 #1”。")


async def test_in_english_a_latecomer_is_told_to_ask_the_organiser_and_nothing_of_paying(
    tmp_path: Path,
) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("Picnic", "Ben", "/groupbuy Mangoes price 20")
        await api.say("Picnic", "Jo", "+1")
        await api.say("Picnic", "Ben", "/close")

        [asked] = (await api.say("Picnic", "Kim", "/ask anyone tried the mangoes"))["replies"]

        first = asked["text"].split("\n")[0]
        assert first == (
            "Mangoes (#1) ran here and has closed: Jo ordered it. "
            "To buy again, ask the organiser, Ben, to open another round."
        )
        assert "paid" not in asked["text"] and "/copy" not in asked["text"]
