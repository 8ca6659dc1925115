"""The platform-neutral chat layer: a `Request` in, `Reply`s out (see `handlers.app.ChatApp`).

It parses what members type in Chinese or English, calls one commerce service per update, and answers
from the message catalogs in `handlers.texts`; it reaches storage only through `commerce.ports`.
"""
