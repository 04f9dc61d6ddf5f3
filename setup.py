"""Package layout that pyproject.toml cannot express on its own: ontology/ and
pipelines/ live at the top of the repository (the single source of truth) and are
installed as kg.ontology and kg.pipelines."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["kg", "kg.*"]) + ["kg.ontology", "kg.pipelines"],
    package_dir={"kg.ontology": "ontology", "kg.pipelines": "pipelines"},
)
