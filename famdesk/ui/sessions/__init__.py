"""Sessions: the log of contacts, the note editor, note search, the agenda and unfinished notes."""
