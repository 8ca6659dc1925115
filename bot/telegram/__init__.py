"""The Telegram adapter (aiogram 3): updates in as `handlers.Request`s, replies out through the outbox.

`run.py` starts it (`tuan run telegram`); `translate.py` and `render.py` convert between Telegram and the
neutral types; `outbox.py` keeps Telegram's rate limits; `routers/` holds one aiogram Router per feature.
Nothing here imports aiogram at package import time (it takes seconds to import).
"""
