#!/usr/bin/env python
"""Execute the research notebooks in notebooks/ and save their outputs in place.

    python scripts/run_notebooks.py              # refresh every notebooks/*.ipynb (outputs written into the files)
    python scripts/run_notebooks.py --check      # execute in memory, write nothing; exit 1 if any cell fails
    python scripts/run_notebooks.py notebooks/02_coalition_analysis.ipynb

The kernel is always the interpreter running this script (its ipykernel), whatever 'python3' kernel spec a user
may have registered elsewhere: a fresh venv with ipykernel installed needs no `ipykernel install`.

By default each notebook builds its own embedded store from the bundled corpus in a temp folder, so the saved
outputs depend only on the repository. PLEDGEGRAPH_STORE and PLEDGEGRAPH_DATA_DIR are removed from the kernel's
environment unless --use-env is given (then the notebooks read the store those settings name, e.g. Neo4j).
Outputs are deterministic: no execution timestamps are recorded and the kernel runs with PYTHONHASHSEED=0.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = REPO / "notebooks"
STORE_VARS = ("PLEDGEGRAPH_STORE", "PLEDGEGRAPH_DATA_DIR")


def kernel_manager() -> Any:
    """A kernel manager whose 'python3' kernel is this very interpreter (sys.executable + ipykernel)."""
    from ipykernel.kernelspec import RESOURCES, get_kernel_dict
    from jupyter_client.kernelspec import KernelSpec, KernelSpecManager
    from jupyter_client.manager import AsyncKernelManager

    class ThisInterpreter(KernelSpecManager):
        def get_kernel_spec(self, kernel_name: str) -> KernelSpec:
            if kernel_name != "python3":
                return super().get_kernel_spec(kernel_name)
            return KernelSpec(resource_dir=RESOURCES, **get_kernel_dict())

    km = AsyncKernelManager(kernel_name="python3", kernel_spec_manager=ThisInterpreter())
    spec = km.kernel_spec
    if spec is None or Path(spec.argv[0]).resolve() != Path(sys.executable).resolve():  # pragma: no cover
        raise RuntimeError(f"the python3 kernel would not run {sys.executable}")
    return km


def kernel_env(use_env: bool = False) -> dict[str, str]:
    env = dict(os.environ)
    if not use_env:
        for var in STORE_VARS:
            env.pop(var, None)
    env["PYTHONHASHSEED"] = "0"
    env.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")  # no debugger warning on frozen modules
    return env


def execute(path: Path, *, timeout: int = 120, use_env: bool = False, cwd: Path | None = None) -> tuple[Any, float]:
    """Run a notebook top to bottom in a fresh kernel; return it and the seconds it took.

    The kernel starts in `cwd` (default: the notebook's folder); the notebooks find the repository from there.
    Raises nbclient's CellExecutionError on the first failing cell. The file on disk is not touched.
    """
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        km=kernel_manager(),
        kernel_name="python3",
        timeout=timeout,
        record_timing=False,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no 'TCP without encryption' chatter on stderr
        resources={"metadata": {"path": str(cwd or path.parent)}},
    )
    started = time.perf_counter()
    # The kernel's temp files (the notebook's own store, ipykernel's cell files) go to a folder removed afterwards:
    # a kernel shut down by nbclient does not run its atexit handlers, so it would not tidy up itself.
    with tempfile.TemporaryDirectory(prefix="pledgegraph-nbrun-", ignore_cleanup_errors=True) as tmp:
        client.execute(env=kernel_env(use_env) | {"TMPDIR": tmp})
    return nb, time.perf_counter() - started


def _outputs(nb: Any) -> list[Any]:
    return [(c.get("execution_count"), c.get("outputs", [])) for c in nb.cells if c.cell_type == "code"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Execute the notebooks (default: notebooks/*.ipynb) with nbclient and save their outputs "
                    "in place, or with --check run them without writing.",
    )
    parser.add_argument("notebooks", nargs="*", type=Path, help="notebooks to run (default: all in notebooks/)")
    parser.add_argument("--check", action="store_true",
                        help="execute each notebook in memory (a temp copy), write nothing; exit 1 if a cell "
                             "fails; also say whether the committed outputs are current")
    parser.add_argument("--timeout", type=int, default=120, help="seconds one cell may run (default 120)")
    parser.add_argument("--use-env", action="store_true",
                        help="keep PLEDGEGRAPH_STORE / PLEDGEGRAPH_DATA_DIR for the kernel (run against that "
                             "store instead of a fresh build from corpus/); outputs then depend on that store")
    args = parser.parse_args(argv)

    import nbformat
    from nbclient.exceptions import CellExecutionError

    paths = [p.resolve() for p in args.notebooks] or sorted(NOTEBOOK_DIR.glob("*.ipynb"))
    if not paths:
        print(f"no notebooks in {NOTEBOOK_DIR}", file=sys.stderr)
        return 1
    failed = 0
    for path in paths:
        label = path.relative_to(REPO) if path.is_relative_to(REPO) else path
        try:
            nb, seconds = execute(path, timeout=args.timeout, use_env=args.use_env)
        except CellExecutionError as exc:
            failed += 1
            print(f"FAIL {label}\n{exc}", file=sys.stderr)
            continue
        if args.check:
            with tempfile.TemporaryDirectory(prefix="pledgegraph-nbcheck-") as tmp:
                nbformat.write(nb, Path(tmp) / path.name)  # the executed copy goes to a temp folder, then away
            current = _outputs(nbformat.read(path, as_version=4)) == _outputs(nb)
            note = "committed outputs current" if current else "committed outputs differ: run without --check"
            print(f"ok   {label}  {seconds:5.1f} s  ({note})")
        else:
            nbformat.write(nb, path)
            print(f"ok   {label}  {seconds:5.1f} s  (outputs saved)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
