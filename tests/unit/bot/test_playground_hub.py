"""The playground hub routes replies like a chat platform: cards edited in place, private chats, repeats."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.clock import SystemClock
from bot.playground.hub import Hub, PlaygroundError
from bot.playground.transcript import Transcript
from bot.playground.web import create_app
from handlers.app import ChatApp
from handlers.types import Button, ChatKind, Reply, Request
from storage.db import make_engine
from storage.migrate import upgrade
from tests.fakes import FakeClock, FakeUnitOfWorkFactory


class ScriptedApp(ChatApp):
    """A ChatApp that answers from a script: text or button data -> replies; cards from `cards`."""

    def __init__(self) -> None:
        super().__init__(uow_factory=FakeUnitOfWorkFactory(), clock=FakeClock())
        self.requests: list[Request] = []
        self.script: dict[str, list[Reply]] = {}
        self.cards: dict[int, str] = {}

    async def handle(self, request: Request) -> list[Reply]:
        self.requests.append(request)
        return list(self.script.get(request.button or request.text, []))

    async def render_card(self, group_buy_id: int) -> Reply:
        return Reply(
            text=self.cards[group_buy_id],
            buttons=((Button("Join", f"gb:join:{group_buy_id}"),),),
            card_of=group_buy_id,
            chat_id="family",
        )


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[AsyncEngine]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'playground.db'}"
    await upgrade(url)  # the playground's tables come from the migrations, like every table
    engine = make_engine(url)
    yield engine
    await engine.dispose()


@pytest.fixture
def app() -> ScriptedApp:
    app = ScriptedApp()
    app.cards[1] = "Mangoes 0/6"
    app.script["open"] = [Reply(card_of=1)]
    app.script["+1"] = [Reply(card_of=1), Reply(text="Your order: 1 × ¥88.00", private_to="bob")]
    app.script["gb:join:1"] = [Reply(card_of=1), Reply(toast="You joined")]
    return app


@pytest.fixture
async def hub(app: ScriptedApp, engine: AsyncEngine) -> Hub:
    hub = Hub(app=app, transcript=Transcript(engine), admins=["amy"])
    await hub.start()
    return hub


async def test_a_card_is_posted_once_then_edited_in_place(hub: Hub, app: ScriptedApp) -> None:
    opened = await hub.say(chat="family", user="amy", text="open")
    card = opened["replies"][0]
    assert (card["text"], card["edited"], card["card_of"]) == ("Mangoes 0/6", False, 1)

    app.cards[1] = "Mangoes 1/6: Bob"
    joined = await hub.say(chat="family", user="bob", text="+1")

    again = joined["replies"][0]
    assert (again["message_id"], again["text"], again["edited"]) == (
        card["message_id"],
        "Mangoes 1/6: Bob",
        True,
    )
    shown = [(m.name, m.text) for m in await hub.messages("family")]
    assert shown == [("Amy", "open"), ("Tuan", "Mangoes 1/6: Bob"), ("Bob", "+1")]


async def test_private_replies_go_to_the_users_own_chat(hub: Hub) -> None:
    await hub.say(chat="family", user="amy", text="open")
    result = await hub.say(chat="family", user="bob", text="+1")

    assert result["replies"][1]["chat"] == "bob"
    assert [m.text for m in await hub.messages("bob")] == ["Your order: 1 × ¥88.00"]
    assert {c.name: c.kind for c in await hub.chats()}["bob"] == "private"


async def test_a_repeated_update_answers_the_same_and_posts_nothing(hub: Hub, app: ScriptedApp) -> None:
    await hub.say(chat="family", user="amy", text="open")
    first = await hub.say(chat="family", user="bob", text="+1", update_id=7)
    before = await hub.messages("family")

    repeat = await hub.say(chat="family", user="bob", text="+1", update_id=7)

    assert repeat == {**first, "duplicate": True}
    assert await hub.messages("family") == before
    assert [r.update_id for r in app.requests[-2:]] == ["7", "7"]  # the ChatApp judged the repeat too


async def test_requests_carry_who_where_and_admin(hub: Hub, app: ScriptedApp) -> None:
    await hub.say(chat="family", user="amy", text="open")
    await hub.say(chat="dan", user="dan", text="/orders")

    amy, dan = app.requests
    assert (amy.platform, amy.chat_id, amy.display_name, amy.chat_kind, amy.is_admin) == (
        "playground",
        "family",
        "Amy",
        ChatKind.GROUP,
        True,
    )
    assert (dan.chat_kind, dan.is_admin, dan.update_id) == (ChatKind.PRIVATE, False, f"playground-msg-{3}")


async def test_nobody_writes_in_someone_elses_private_chat(hub: Hub) -> None:
    with pytest.raises(PlaygroundError) as refused:
        await hub.say(chat="bob", user="cat", text="hi")
    assert refused.value.status == 403
    assert "only bob can write there" in refused.value.message


async def test_a_tap_answers_with_a_toast_and_edits_the_card(hub: Hub, app: ScriptedApp) -> None:
    opened = await hub.say(chat="family", user="amy", text="open")
    card_id = opened["replies"][0]["message_id"]
    app.cards[1] = "Mangoes 1/6: Cat"

    tapped = await hub.tap(chat="family", user="cat", message_id=card_id, data="gb:join:1")

    assert [(r["message_id"], r["edited"], r["toast"]) for r in tapped["replies"]] == [
        (card_id, True, None),
        (None, False, "You joined"),
    ]
    assert app.requests[-1].button == "gb:join:1"
    with pytest.raises(PlaygroundError) as missing:
        await hub.tap(chat="neighbours", user="cat", message_id=card_id, data="gb:join:1")
    assert missing.value.status == 404


async def test_a_deadline_reply_edits_the_card_in_its_chat(hub: Hub, app: ScriptedApp) -> None:
    opened = await hub.say(chat="family", user="amy", text="open")
    app.cards[1] = "Mangoes: succeeded"

    delivered = await hub.deliver([Reply(card_of=1), Reply(text="Mangoes closed", chat_id="family")])

    assert [(r["chat"], r["edited"]) for r in delivered] == [("family", True), ("family", False)]
    assert delivered[0]["message_id"] == opened["replies"][0]["message_id"]


async def test_the_transcript_survives_a_restart(hub: Hub, app: ScriptedApp, engine: AsyncEngine) -> None:
    await hub.say(chat="family", user="amy", text="open", update_id=1)
    again = Hub(app=app, transcript=Transcript(engine))
    await again.start()

    assert [m.text for m in await again.messages("family")] == ["open", "Mangoes 0/6"]
    assert (await again.say(chat="family", user="amy", text="open", update_id=1))["duplicate"] is True


async def test_every_listener_hears_new_and_edited_messages(hub: Hub, app: ScriptedApp) -> None:
    tabs = [hub.listen(), hub.listen()]
    opened = await hub.say(chat="family", user="amy", text="open")
    app.cards[1] = "Mangoes 1/6: Bob"
    await hub.say(chat="family", user="bob", text="+1")
    hub.close_listeners()

    for tab in tabs:
        heard = [e["message"] async for e in tab if e and e["type"] == "message"]
        assert [(m["message_id"], m["name"], m["text"]) for m in heard] == [
            (heard[0]["message_id"], "Amy", "open"),
            (opened["replies"][0]["message_id"], "Tuan", "Mangoes 0/6"),
            (heard[2]["message_id"], "Bob", "+1"),
            (opened["replies"][0]["message_id"], "Tuan", "Mangoes 1/6: Bob"),
            (heard[4]["message_id"], "Tuan", "Your order: 1 × ¥88.00"),
        ]


# -- the JSON API's answers to mistakes -----------------------------------------------------------
@pytest.fixture
async def client(hub: Hub) -> AsyncIterator[httpx.AsyncClient]:
    web = create_app(hub=hub, clock=SystemClock(), clock_changed=lambda: None)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://test") as client:
        yield client


async def test_api_explains_a_bad_body_in_words(client: httpx.AsyncClient) -> None:
    missing = await client.post("/api/messages", json={"chat": "family", "user": "bob"})
    extra = await client.post("/api/messages", json={"chat": "family", "user": "bob", "text": "+1", "x": 1})
    blank = await client.post("/api/messages", json={"chat": "family", "user": "bob", "text": "  "})
    broken = await client.post(
        "/api/messages", content=b"{not json", headers={"content-type": "application/json"}
    )

    assert (missing.status_code, missing.json()["error"]) == (422, "text is required")
    assert (extra.status_code, extra.json()["error"]) == (422, "x is not a field of this request")
    assert (blank.status_code, blank.json()["error"]) == (422, "text must not be blank")
    assert (broken.status_code, broken.json()["error"]) == (400, "the request body is not valid JSON")


async def test_api_refuses_with_the_hubs_reason(client: httpx.AsyncClient) -> None:
    refused = await client.post("/api/messages", json={"chat": "Bob", "user": "cat", "text": "hi"})
    assert refused.status_code == 403
    assert refused.json() == {"error": "'bob' is Bob's private chat with Tuan: only bob can write there"}


async def test_api_moves_the_clock_forward_only(client: httpx.AsyncClient) -> None:
    moved = await client.post("/api/clock", json={"advance_seconds": 3600})
    back = await client.post("/api/clock", json={"advance_seconds": -5})

    assert moved.json()["offset_seconds"] == 3600
    assert back.status_code == 422
