"""The approval queue in the browser, and the JSON API beside it."""

from inboxbot.web.app import create_app

__all__ = ["create_app"]
