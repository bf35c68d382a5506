"""Mailbox sources (IMAP, Maildir) and parsing of raw mail."""
