"""inboxbot: drafts replies to refund and dispute mail for a person to approve."""

__version__ = "0.1.0"
