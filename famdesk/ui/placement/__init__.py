"""Placement match: the register of placement sites and the match of a child with a site."""
