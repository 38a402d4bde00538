"""Outcome measurements: the Outcomes tab, its charts and the caseload figures."""
