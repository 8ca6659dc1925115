"""`/find mango` (the README's own example) found nothing though a note said "The mangoes were great",
`/find avocado` missed "Avocados were creamy", and `搜 甜` missed 贵妃芒超甜 (jieba keeps 超甜 one word):
English words are now indexed and searched singular, and a note's Chinese words with each character."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_search_finds_english_plurals_and_one_chinese_character(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "Amy", "种草 The mangoes were great, very sweet")
        await api.say("家庭群", "Amy", "种草 Avocados were creamy and ripe")
        await api.say("家庭群", "阿强", "种草 贵妃芒超甜，孩子爱吃")
        await api.say("家庭群", "丽丽", "种草 楼下的咖啡不错")

        for search, note, count in [  # and, below it, 贵妃芒 (session 19: a kind of mango, by its head 芒)
            ("/find mango", "The mangoes were great", 2),
            ("/search mango", "The mangoes were great", 2),
            ("/find avocado", "Avocados were creamy", 1),
            (
                "搜 甜",
                "贵妃芒超甜",
                2,
            ),  # and, below it, "very sweet" (session 18: a quality in either language)
        ]:
            [found] = (await api.say("家庭群", "小红", search))["replies"]
            assert note in found["text"], search
            assert "咖啡" not in found["text"] and found["text"].count("#") == count, search
