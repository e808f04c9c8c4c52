"""Engines that run the same extraction somewhere else than in one process or one machine's pool.

``plan`` cuts the inputs (local paths or fsspec URLs) into partitions of records, with the doc ids, line
numbers and errors that ``pipeline.readers.read_inputs`` would give them; ``dask`` runs the partitions on
a Dask cluster, each worker writing Parquet part files straight to the output folder.
"""
