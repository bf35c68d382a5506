"""The routes: login, the VA's drafts, the manager's pages, and the JSON API."""
