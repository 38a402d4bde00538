"""Keeping the data safe: backups and restore, the audit trail, passphrase, idle lock, settings."""
