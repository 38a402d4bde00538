"""Subcommands of the ``famdesk`` command line, one module per group."""
