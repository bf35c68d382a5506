"""`python -m inboxbot`: the same as the `inboxbot` command."""

from inboxbot.cli import main

main()
