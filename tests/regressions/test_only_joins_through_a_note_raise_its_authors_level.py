"""Eve's note about group buy #2 had 👍 0 · 💬 0, yet after Bob, Dan and Cat joined #2 through another
member's share code, `笔记 1` showed "Eve · 达人 ✅ 已购买": every buyer after the note counted as one it
led to. `笔记帮助` says a level comes from friends liking your verified note, or joining through it: only
a join through the note (its Join, the author's code or link) counts for its author."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import PlaygroundApi, playground_api
from tests.unit.bot.test_playground_notes import tap


def texts(response: dict[str, Any]) -> list[str]:
    return [r["text"] for r in response["replies"] if r["text"]]


async def shown(api: PlaygroundApi, note: int) -> str:
    [text] = [t for t in texts(await api.say("family", "zoe", f"笔记 {note}")) if t.startswith("笔记")]
    return text.splitlines()[0]


async def test_only_joins_through_a_note_raise_its_authors_level(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 30")
        await api.say("family", "eve", "+1")
        await api.say("family", "amy", "截单")
        await api.say("family", "amy", "已收 1-1")  # Eve bought the mangoes: her note is ✅
        await api.say("family", "amy", "接龙 芒果 价格 28")  # #2
        [card] = (await api.say("family", "eve", "种草 #2 芒果很甜"))["replies"]
        [shared] = [t for t in texts(await api.say("family", "fay", "分享 #2")) if "团2-" in t]
        code = shared[shared.index("团2-") :].split()[0]
        for buyer in ("bob", "dan", "cat"):  # through Fay's code, not Eve's note
            await api.say("family", buyer, f"+1 {code}")
        await api.say("family", "gus", "+1 #2")  # nor any note at all
        await api.say("family", "fay", "种草 楼下新开的面包店不错")  # note #2, about no group buy
        await api.say("family", "kim", "赞 2")  # a like: the chat's trust is recomputed

        assert await shown(api, 1) == "笔记 #1 · Eve ✅ 已购买"

        for friend in ("hal", "ivy", "jon"):  # through Eve's note's Join
            await tap(api, friend, card, "nt:join:1")
        await api.say("family", "lea", "赞 2")

        assert await shown(api, 1) == "笔记 #1 · Eve · 达人 ✅ 已购买"
