"""The worker's dashboard: what is due across the caseload, the window's start view."""
