"""Sources: attribution of figures and claims (issue 6)."""
