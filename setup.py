"""Packages are discovered, not listed (a hand-written list once missed one and broke `pip install .`).

Everything else about the project is in pyproject.toml. The one mapping a discovery cannot see: the pipeline's
definition, the top-level ``models/`` folder, is shipped as the package ``pipeline.models``.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=find_namespace_packages(include=["pipeline", "pipeline.*"]) + ["pipeline.models"],
    package_dir={"pipeline.models": "models"},
)
