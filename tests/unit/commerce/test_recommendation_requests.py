"""Which messages ask friends to recommend something, and what
(commerce.domain.asking.recommendation_subject): a request names its subject, a request for anything
is For you's question (""), a recommendation or talk is none (None)."""

from __future__ import annotations

import pytest

from commerce.domain.asking import recommendation_subject


@pytest.mark.parametrize(
    ("said", "subject"),
    [
        ("求推荐好用的洗碗机", "好用的洗碗机"),
        ("谁有好用的洗碗机推荐", "好用的洗碗机"),
        ("有没有好用的洗碗机推荐？", "好用的洗碗机"),
        ("有洗碗机推荐吗", "洗碗机"),
        ("洗碗机求推荐", "洗碗机"),
        ("有人能推荐一个牙医吗", "牙医"),
        ("有什么好用的洗碗机推荐吗", "好用的洗碗机"),
        ("any recommendations for toast?", "toast"),
        ("@Tuan any recommendations for toast?", "toast"),
        ("can anyone recommend a good dentist?", "dentist"),
        ("recommendations for the kaya toast please", "kaya toast"),
        ("求推荐", ""),
        ("有什么推荐的吗", ""),
        ("有什么好吃的推荐吗", ""),
        ("有没有人推荐一下这个", ""),
        ("any recommendations?", ""),
        ("推荐一个洗碗机：西门子SJ235", None),
        ("我给大家推荐一下这个面膜", None),
        ("anyone know a good dentist nearby?", None),
        ("哈哈", None),
    ],
)
def test_a_request_and_its_subject(said: str, subject: str | None) -> None:
    assert recommendation_subject(said) == subject
