"""`搜索 芒果` quoted a note on 光芒 (light) as a mango note, and `搜索 包子` a note on 面包 (bread): the head
rule (`芒果` finds 贵妃芒 by 芒) took any word ending with the head. A common word that merely ends with it
(光芒, 面包, 钱包, 樱桃…) is no longer the product; 贵妃芒, 小笼包 and the product word itself still are, and
Ask (`问 包子多少钱`) no longer takes a 法式面包 group buy for the 包子 asked about."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_a_search_for_a_product_finds_no_word_that_merely_ends_with_its_head(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "小美", "接龙 海南贵妃芒 5斤 价格 88")
        await api.say("家庭群", "阿强", "种草 #1 贵妃芒皮薄肉厚")
        await api.say("家庭群", "丽丽", "种草 夕阳的光芒照进厨房，拍照很好看")
        await api.say("家庭群", "小红", "种草 楼下新开的面包店，法式面包很香")
        await api.say("家庭群", "小兰", "种草 小笼包皮薄汁多")

        [mangoes] = (await api.say("家庭群", "小王", "搜索 芒果"))["replies"]
        assert "皮薄肉厚" in mangoes["text"] and "光芒" not in mangoes["text"]

        [buns] = (await api.say("家庭群", "小王", "搜索 包子"))["replies"]
        assert "小笼包皮薄汁多" in buns["text"] and "面包" not in buns["text"]

        [bread] = (await api.say("家庭群", "小王", "搜索 面包"))["replies"]
        assert "法式面包很香" in bread["text"]

        await api.say("家庭群", "小红", "接龙 法式面包 2个 价格 20")
        [price] = (await api.say("家庭群", "小王", "问 包子多少钱"))["replies"]
        # no 包子 is open: each open one answers under its own title (session 16: a question naming none of
        # several open answers each), so 法式面包's price is never given as 包子's
        assert price["text"].splitlines() == [
            "海南贵妃芒 5斤（#1）：当前 ¥88/份。",
            "法式面包 2个（#2）：当前 ¥20/份。",
        ]
        [mango] = (await api.say("家庭群", "小王", "问 芒果多少钱"))["replies"]
        assert "¥88" in mango["text"]
