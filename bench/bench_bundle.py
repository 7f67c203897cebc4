"""The frozen bundle beside the pip-installed app and a frozen hello-world: size and start-up.

    python bench/bench_bundle.py [--runs 5] [--bundle dist/Handleplan] [--hello dist/hello]
        [--pip installer/.venv-build/bin/handleplan]

Start-up is `--quit-when-ready` (process start to first paint, offscreen, on a demo plan), the bundle and
the pip-installed app alternating in one run; the first run of each is printed on its own, since it is
the one a leader meets after a reboot (files not yet in the page cache, as far as this machine allows).
Sizes: the unpacked folder (du) and the folder as .tar.gz (gzip -6, what build-linux.sh ships).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def folder_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def tar_mb(path: Path) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "b.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as tar:
            tar.add(path, arcname=path.name)
        return out.stat().st_size / 1e6


def cpu_ms() -> float:
    """CPU time (user + system) of the finished children so far: steadier than the wall clock when
    other work shares the cores, since waiting for a core is not counted."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def ready_ms(exe: list[str], data: Path, home: Path) -> float:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [*exe, "--data-dir", str(data), "--quit-when-ready"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    return float(out.rsplit("handleplan ready: ", 1)[1].split(" ms")[0])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "Handleplan")
    parser.add_argument("--hello", type=Path, default=ROOT / "dist" / "hello")
    parser.add_argument("--pip", type=Path, default=ROOT / "installer" / ".venv-build" / "bin" / "handleplan")
    args = parser.parse_args()

    for name, path in (("Handleplan bundle", args.bundle), ("hello-world bundle", args.hello)):
        if path.is_dir():
            print(f"{name:20} {folder_mb(path):7.1f} MB unpacked  {tar_mb(path):6.1f} MB .tar.gz")

    with tempfile.TemporaryDirectory() as tmp:
        data, home = Path(tmp) / "plan", Path(tmp) / "home"
        home.mkdir()
        clean = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
        subprocess.run(
            [str(args.bundle / "handleplan"), "--data-dir", str(data), "demo"],
            check=True,
            capture_output=True,
            env=clean,
        )
        kinds = {"bundle": [str(args.bundle / "handleplan")], "pip": [str(args.pip)]}
        times: dict[str, list[float]] = {k: [] for k in kinds}
        cpu: dict[str, list[float]] = {k: [] for k in kinds}
        for _ in range(args.runs):
            for kind, exe in kinds.items():
                before = cpu_ms()
                times[kind].append(ready_ms(exe, data, home))
                cpu[kind].append(cpu_ms() - before)
    for kind, values in times.items():
        print(
            f"{kind:7} first {values[0]:6.0f} ms   median {statistics.median(values):6.0f} ms   "
            f"min {min(values):6.0f} ms   ({len(values)} runs, start to first paint)   "
            f"CPU median {statistics.median(cpu[kind]):5.0f} ms (the whole run, to exit)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
