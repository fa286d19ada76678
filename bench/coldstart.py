"""Run both apps RUNS times each, interleaved, and print medians and the ratio."""
import os
import statistics
import subprocess
import tempfile
import time

RUNS = int(os.environ.get("RUNS", "15"))
APPS = {"refuge": os.environ["REFUGE_APP"], "hello-world": os.environ["HELLO_APP"]}


def once(path):
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_DATA_HOME=home, XDG_CACHE_HOME=home, XDG_CONFIG_HOME=home)
        t0 = time.perf_counter()
        out = subprocess.run([path], env=env, capture_output=True, text=True, timeout=60)
        wall = (time.perf_counter() - t0) * 1000
    marker = [l for l in out.stdout.splitlines() if l.startswith("refuge-ready-ms ")]
    if not marker:
        raise SystemExit(f"{path} never reported ready (exit {out.returncode}): {out.stderr[-500:]}")
    return float(marker[0].split()[1]), wall


def main():
    results = {name: {"ready": [], "wall": []} for name in APPS}
    for name, path in APPS.items():  # one warm-up each: page cache, fontconfig cache
        once(path)
    for _ in range(RUNS):
        for name, path in APPS.items():
            ready, wall = once(path)
            results[name]["ready"].append(ready)
            results[name]["wall"].append(wall)
    print(f"cold start to first content, {RUNS} runs each, median (min–max), ms")
    for name, r in results.items():
        print(
            f"  {name:12} ready {statistics.median(r['ready']):7.1f} ({min(r['ready']):.0f}–{max(r['ready']):.0f})"
            f"   spawn→exit {statistics.median(r['wall']):7.1f} ({min(r['wall']):.0f}–{max(r['wall']):.0f})"
        )
    ratio = statistics.median(results["refuge"]["ready"]) / statistics.median(results["hello-world"]["ready"])
    print(f"  ratio refuge / hello-world (ready): {ratio:.2f}")


main()
