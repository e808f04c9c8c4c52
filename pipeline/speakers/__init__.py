"""Who is quoted (issue 24): each attribution's speaker resolved within its article (``article``), keyed
across the run by a normalised name (``names``), and reduced, one pass over the rows, into one row per
speaker (``reduce``). It reads rows only: the sources and entities rows of an article, then the tables."""
