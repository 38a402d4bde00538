"""Helpers every feature's forms use: form support, Qt date conversion, error messages, autosave."""
