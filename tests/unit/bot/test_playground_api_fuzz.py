"""Whatever JSON reaches the playground API, it answers 2xx or 4xx with a reason, never 5xx: a wrong body is
the caller's mistake, and a 500 would mean Tuan itself failed."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.unit.bot.playground_api import PlaygroundApi, playground_api

FIELDS = {
    "/api/messages": ("chat", "user", "text", "update_id"),
    "/api/buttons": ("chat", "user", "message_id", "data", "update_id"),
    "/api/chats": ("name",),
    "/api/clock": ("advance_seconds",),
}
NAMES = st.sampled_from(["family", "neighbours", "bob", "amy", "Family ", "x" * 33, ""])
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()  # NaN and ±Infinity included: Python's json writes and reads them
    | st.text(max_size=40)
    | st.text(alphabet=st.characters(codec=None), max_size=10)  # lone surrogates included
    | NAMES
    | st.sampled_from(["+1", "接龙 芒果 价格 10", "gb:join:1", "gb:join:2147483648"])
)
JSON = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)
# one playground for all examples of a test: what earlier examples did is only more state to survive
SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def bodies(path: str) -> st.SearchStrategy[Any]:
    """Anything at all, or the endpoint's own fields holding anything (sometimes an unknown one beside)."""
    fields = st.fixed_dictionaries({}, optional={name: JSON for name in FIELDS[path]})
    extra = st.dictionaries(st.text(max_size=10), JSON, max_size=2)
    return JSON | fields | st.tuples(fields, extra).map(lambda both: {**both[1], **both[0]})


def refused_in_words(response: httpx.Response) -> None:
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert response.json()["error"], response.text


@pytest.fixture
async def api(tmp_path: Path) -> AsyncIterator[PlaygroundApi]:
    async with playground_api(tmp_path) as api:
        await api.say("family", "amy", "接龙 芒果 价格 10 成团 5")
        yield api


@pytest.mark.parametrize("path", sorted(FIELDS))
@SETTINGS
@given(data=st.data())
async def test_any_json_body_gets_an_answer_not_a_failure(
    api: PlaygroundApi, path: str, data: st.DataObject
) -> None:
    body = data.draw(bodies(path))
    refused_in_words(await api.post(path, json.dumps(body).encode()))


@SETTINGS
@given(chat=st.text(alphabet=st.characters(codec=None), max_size=50))
async def test_any_chat_in_the_path_gets_an_answer_not_a_failure(api: PlaygroundApi, chat: str) -> None:
    path = quote(chat.encode("utf-8", "surrogatepass"), safe="")
    refused_in_words(await api.client.get(f"/api/chats/{path}/messages"))


@SETTINGS
@given(body=st.binary(max_size=200))
async def test_any_bytes_get_an_answer_not_a_failure(api: PlaygroundApi, body: bytes) -> None:
    for path in FIELDS:
        refused_in_words(await api.post(path, body))


async def test_a_huge_body_is_refused_before_it_is_read(api: PlaygroundApi) -> None:
    text = "+" * 100_000
    declared = await api.client.post("/api/messages", json={"chat": "family", "user": "bob", "text": text})

    async def chunks() -> AsyncIterator[bytes]:  # no content-length: counted as it streams
        yield b'{"chat": "family", "user": "bob", "text": "'
        for _ in range(100):
            yield b"+" * 1000
        yield b'"}'

    streamed = await api.client.post(
        "/api/messages", content=chunks(), headers={"content-type": "application/json"}
    )

    for response in (declared, streamed):
        assert (response.status_code, response.json()) == (
            413,
            {"error": "the request body is larger than 65536 bytes"},
        )
