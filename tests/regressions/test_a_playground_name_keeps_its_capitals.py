"""Review 85 #8: the playground user `阿May` opened a group buy and was shown as `阿may` everywhere: the
card's `团长：阿may`, `付给团长 阿may`, her bubbles, the users list, while her own payment note read
`微信转账给阿May`. Her id is case-folded (`阿May` and `阿may` are one member), never her name: she shows
as she spelt it, in the bot's messages too, and still after a restart."""

from __future__ import annotations

from pathlib import Path

from bot.playground.hub import Hub
from bot.playground.transcript import Transcript
from tests.unit.bot.playground_api import playground_api, said_in


async def test_a_name_with_capitals_shows_as_typed(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "阿May", "接龙 土鸡蛋 价格 45 成团 1 收款方式 微信转账给阿May")
        await api.say("family", "bob", "+1")
        closed = await api.say("family", "阿may", "截单")  # the same member, typed in lower case

        bubbles = [m["name"] for m in await api.messages("family") if m["from"] == "阿may"]
        card = (await api.card("family", 1))["text"]
        users = (await api.client.get("/api/users")).json()["users"]
        private = await api.messages("bob")

        assert bubbles == ["阿May", "阿May"]
        assert "阿May" in card and "阿may" not in card, card
        assert {"id": "阿may", "name": "阿May"} in users
        assert any("付给团长 阿May" in line for line in said_in(closed, "family")), said_in(closed, "family")
        assert all("阿may" not in m["text"] for m in private), [m["text"] for m in private]


async def test_the_spelling_is_kept_across_a_restart(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("family", "阿May", "接龙 土鸡蛋 价格 45 成团 1")
        restarted = Hub(app=api.hub.app, transcript=Transcript(api.hub.transcript.engine))
        await restarted.start()

        assert restarted.name_of("阿may") == "阿May"
        assert restarted.name_of("bob") == "Bob"
