"""With the `ai` extra (the playground's reranker), `is the tea nice?` / `is the tea worth it?` sent
privately got "No note in your groups answers that." and `/ask is the tea good?` in the group "I can't
answer that…", though `/search tea` found Amy's "Lovely tea, brewed it at 80 degrees" and `how is the
tea?` quoted it: its meaning scored just under the floor. A question that only asks what friends think
of a product (README: "is X good?") is answered with a friend's note on it."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

import tests.unit.bot.playground_api as playground
from bot.rerank import E5Reranker
from handlers.app import ChatApp
from tests.unit.bot.playground_api import playground_api, said_in

AMY = "Note #1 Amy: “Lovely tea, brewed it at 80 degrees”"
AMY_ON_TEA = "Note #1 Amy on 西湖龙井 250g (#1): “Lovely tea, brewed it at 80 degrees”"  # in private


async def test_is_the_product_good_quotes_a_friends_note_on_it(
    tmp_path: Path, e5: E5Reranker, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_e5 = functools.partial(ChatApp, reranker=e5)  # as `make playground` runs it
    monkeypatch.setattr(playground, "ChatApp", with_e5)
    async with playground_api(tmp_path) as api:
        await api.say("neighbours", "eve", "接龙 西湖龙井 250g 价格 68 截止 2小时")
        await api.say("neighbours", "amy", "/note #1 Lovely tea, brewed it at 80 degrees")
        await api.say("neighbours", "hal", "+1")

        for question in ("is the tea good?", "is the tea nice?", "is the tea worth it?", "how is the tea?"):
            [answer] = said_in(await api.say("hal", "hal", question), "hal")
            assert answer.startswith(f"What friends said:\n{AMY_ON_TEA}\n"), question
        for question in ("/ask is the tea good?", "/ask is the tea nice?"):
            [answer] = said_in(await api.say("neighbours", "hal", question), "neighbours")
            assert answer.startswith(f"What friends said:\n{AMY}\n"), question
        [nothing] = said_in(await api.say("hal", "hal", "is the salmon good?"), "hal")  # no note on it
        assert nothing.startswith("No note in your groups answers that.")
