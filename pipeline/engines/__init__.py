"""Engines that run the same extraction somewhere else than in one process or one machine's pool.

``plan`` cuts the inputs (local paths or fsspec URLs) into partitions of records, with the doc ids, line
numbers and errors that ``pipeline.readers.read_inputs`` would give them; ``dask`` runs the partitions on
a Dask cluster, each worker writing Parquet part files straight to the output folder.
"""


def add_arguments(e, engine: bool = True) -> None:
    """The engine options of ``pipeline extract`` (an argparse parser; nothing heavy imported here)."""
    if engine:
        e.add_argument(
            "--engine",
            choices=("local", "dask"),
            default="local",
            help="local: this machine (--n-process); dask: a Dask cluster, Parquet datasets out "
            "(README, 'Scaling out')",
        )
    e.add_argument(
        "--scheduler",
        default=None,
        metavar="ADDRESS",
        help="with --engine dask: the scheduler (tcp://HOST:8786); default: a LocalCluster on this machine",
    )
    e.add_argument(
        "--partitions",
        type=int,
        default=None,
        metavar="N",
        help="with --engine dask: partitions (default: about 4 MB of input each, at least 4 per worker)",
    )
    e.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="with --engine dask and no --scheduler: LocalCluster workers (default: one per core)",
    )
