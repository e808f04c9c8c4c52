"""Figures: every number that counts or measures something (issue 4)."""
