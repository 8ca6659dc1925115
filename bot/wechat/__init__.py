"""WeChat adapter: `tuan run wechat` through python-wechaty (an optional extra: `pip install -e .[wechat]`).

Only `bot/wechat/sdk.py` imports wechaty, and only when the adapter starts; every other module here is
plain Python (translation, rendering, numbered choices, the throttled outbox) and is tested without it.
"""
