"""A payment payload with a lone surrogate (`"\\ud800"`, which no UTF-8 text can hold) crashed the reference
check with `UnicodeEncodeError` instead of refusing it like any other forged payload (found by hypothesis)."""

from __future__ import annotations

import pytest

from commerce.domain.errors import DomainError
from commerce.domain.payments import read_order_reference, sign_order_reference


@pytest.mark.parametrize("tamper", ["\ud800", "\udfff", "é", "１"])
def test_a_payload_with_an_odd_character_is_refused_as_invalid(tamper: str) -> None:
    reference = sign_order_reference(1, "secret")
    with pytest.raises(DomainError) as refused:
        read_order_reference(tamper + reference[1:], "secret")
    assert refused.value.code == "payment_reference_invalid"
    with pytest.raises(DomainError) as refused:
        read_order_reference(reference[:-1] + tamper, "secret")
    assert refused.value.code == "payment_reference_invalid"
