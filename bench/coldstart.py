"""Run both apps RUNS times each, interleaved, and print medians and the ratio; then each app's
memory at rest and its binary size. Measures; asserts nothing.

The last three lines are the summary (binary in MB, idle-rss in MiB, coldstart in ms):
  binary: refuge <MB> hello <MB>
  idle-rss: refuge <MiB> hello <MiB>
  coldstart: refuge <ms> hello <ms> ratio <x> (median of N)
"""
import os
import statistics
import subprocess
import tempfile
import time

RUNS = int(os.environ.get("RUNS", "15"))
APPS = {"refuge": os.environ["REFUGE_APP"], "hello": os.environ["HELLO_APP"]}
# Refuge's page paints Home's first screen from the HTML Rust put in it, and the UI takes over
# from it a few frames later (src-tauri/src/first_paint.rs): that moment is measured too, as
# "refuge-ui" (same binary, its marker set to the UI's own report).
TIMED = {**APPS, "refuge-ui": APPS["refuge"]}
TIMED_ENV = {"refuge-ui": {"REFUGE_READY_BY": "ui"}}
# How long an app rests after its ready marker before its memory is read.
IDLE_SECONDS = float(os.environ.get("IDLE_SECONDS", "2"))


def private_env(home):
    return dict(os.environ, XDG_DATA_HOME=home, XDG_CACHE_HOME=home, XDG_CONFIG_HOME=home)


def once(path, extra_env=None):
    """Spawn to ready marker (the app exits at it): (ms the app reports, ms spawn→exit)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(private_env(home), **(extra_env or {}))
        t0 = time.perf_counter()
        out = subprocess.run([path], env=env, capture_output=True, text=True, timeout=60)
        wall = (time.perf_counter() - t0) * 1000
    marker = [l for l in out.stdout.splitlines() if l.startswith("refuge-ready-ms ")]
    if not marker:
        raise SystemExit(f"{path} never reported ready (exit {out.returncode}): {out.stderr[-500:]}")
    return float(marker[0].split()[1]), wall


def children(pid):
    """Every process descended from pid (WebKit's web and network processes)."""
    parent_of = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            parent_of[int(entry)] = int(fields[1])
        except OSError:
            pass
    found, frontier = [], [pid]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parent_of.items() if pp == p]
        found += kids
        frontier += kids
    return found


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def idle_rss(path):
    """MiB resident, summed over the app and its WebKit processes, IDLE_SECONDS after ready."""
    with tempfile.TemporaryDirectory() as home:
        env = private_env(home)
        env.pop("REFUGE_EXIT_WHEN_READY", None)
        env["REFUGE_PRINT_READY"] = "1"
        proc = subprocess.Popen([path], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        try:
            deadline = time.monotonic() + 60
            for line in proc.stdout:
                if line.startswith("refuge-ready-ms ") or time.monotonic() > deadline:
                    break
            time.sleep(IDLE_SECONDS)
            pids = [proc.pid] + children(proc.pid)
            return sum(rss_kib(p) for p in pids) / 1024
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main():
    results = {name: {"ready": [], "wall": []} for name in TIMED}
    for name, path in APPS.items():  # one warm-up each: page cache, fontconfig cache
        once(path)
    for _ in range(RUNS):
        for name, path in TIMED.items():
            ready, wall = once(path, TIMED_ENV.get(name))
            results[name]["ready"].append(ready)
            results[name]["wall"].append(wall)
    print(f"cold start to ready marker, {RUNS} runs each, median (min–max), ms")
    for name, r in results.items():
        print(
            f"  {name:9} ready {statistics.median(r['ready']):7.1f} ({min(r['ready']):.0f}–{max(r['ready']):.0f})"
            f"   spawn→exit {statistics.median(r['wall']):7.1f} ({min(r['wall']):.0f}–{max(r['wall']):.0f})"
        )
    rss = {name: [] for name in APPS}
    for _ in range(3):
        for name, path in APPS.items():
            rss[name].append(idle_rss(path))
    ready = {name: statistics.median(r["ready"]) for name, r in results.items()}
    size = {name: os.path.getsize(path) / 1e6 for name, path in APPS.items()}
    idle = {name: statistics.median(v) for name, v in rss.items()}
    print(f"idle memory {IDLE_SECONDS:g} s after ready, app + WebKit processes, MiB: " + ", ".join(
        f"{name} {' '.join(f'{v:.0f}' for v in vals)}" for name, vals in rss.items()))
    print(f"binary: refuge {size['refuge']:.1f} hello {size['hello']:.1f}")
    print(f"idle-rss: refuge {idle['refuge']:.0f} hello {idle['hello']:.0f}")
    print(
        f"coldstart: refuge {ready['refuge']:.0f} hello {ready['hello']:.0f} "
        f"ratio {ready['refuge'] / ready['hello']:.2f} (median of {RUNS})"
    )


main()
