"""The families list and one family's view: overview form, members, collaborators."""
