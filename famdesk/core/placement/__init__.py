"""The placement match (Styrket match af barn og anbringelsessted) and its register of sites.

One idea a module:

=============  ==================================================================
``sites``      the register of placement sites, shared by all families: kept,
               searched by name, type and competences; a site in use stays
``matches``    a child's match: needs, views, candidates, the decision, the
               placement, the first year's follow-ups, the breakdown
``stability``  across the caseload: placements started in a period still stable
               after 3, 6 and 12 months, and first-year breakdowns by cause and
               by site type, each figure with its n
=============  ==================================================================

The rules (a decided match names its site among its candidates, a breakdown
needs a placement date, fit and stability 0–10, …) are ``core.rules``'s,
shared with import. Dataclasses go in and out; no ORM object leaves the package.
"""
