"""`搜索 芒果` answered "no note here mentions 芒果" in a chat whose notes were all on 海南贵妃芒 (贵妃芒 is a
芒果: people name a product by its head, 芒, and its kind, 果). A search word of two characters whose second
only says the kind (芒果, 橙子) now also finds the notes with a word it heads (贵妃芒, 脐橙), in their text or
their group buy's title, below the notes that say the word itself; 芒种 has 芒 but is no mango."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.playground_api import playground_api


async def test_search_finds_a_product_by_its_short_name(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("家庭群", "小美", "接龙 海南贵妃芒 5斤 价格 88")
        await api.say("家庭群", "阿强", "种草 #1 皮薄肉厚，孩子爱吃")
        await api.say("家庭群", "丽丽", "种草 芒种前后的荔枝最好吃")
        await api.say("家庭群", "小红", "种草 赣南脐橙很甜")

        [found] = (await api.say("家庭群", "小王", "搜索 芒果"))["replies"]
        assert "#1" in found["text"] and "皮薄肉厚" in found["text"]
        assert "荔枝" not in found["text"] and "脐橙" not in found["text"]

        [oranges] = (await api.say("家庭群", "小王", "搜 橙子"))["replies"]
        assert "赣南脐橙很甜" in oranges["text"] and "皮薄肉厚" not in oranges["text"]

        await api.say("家庭群", "丽丽", "种草 这次的芒果超甜")
        [both] = (await api.say("家庭群", "小王", "搜索 芒果"))["replies"]
        assert both["text"].index("这次的芒果超甜") < both["text"].index("皮薄肉厚")

        [sweet] = (await api.say("家庭群", "小王", "搜索 芒果 孩子"))["replies"]
        assert "皮薄肉厚" in sweet["text"] and "芒果超甜" not in sweet["text"]

        [nothing] = (await api.say("家庭群", "小王", "搜索 面膜"))["replies"]
        assert "面膜" in nothing["text"] and "#" not in nothing["text"]
