"""Evaluation against gold articles."""
