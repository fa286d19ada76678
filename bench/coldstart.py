"""Run both apps RUNS times each in each environment, all interleaved, and print medians and
the ratios; then each app's memory at rest and its binary size. Measures; asserts nothing.

Environments (ENVIRONMENTS below): `default` is the app as a person starts it, with no WebKit
or GL variable at all; `compositing-off` adds WEBKIT_DISABLE_COMPOSITING_MODE=1 and
`no-at-bridge` adds NO_AT_BRIDGE=1, each alone. Whatever the caller's environment holds of
those variables (scripts/offline.sh --xvfb sets them for the tests) is removed first: the bench
imposes none of them.

The last lines are the summary (binary in MB, idle-rss in MiB in the default environment,
coldstart in ms, one line per environment):
  binary: refuge <MB> hello <MB>
  idle-rss: refuge <MiB> hello <MiB>
  coldstart: refuge <ms> hello <ms> ratio <x> (median of N) env <environment>
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
# REFUGE_BEFORE=<an earlier build of Refuge>: timed too, in the same rounds, so a change's
# before and after are side by side in one run ("before" and "before-ui").
if os.environ.get("REFUGE_BEFORE"):
    TIMED.update({"before": os.environ["REFUGE_BEFORE"], "before-ui": os.environ["REFUGE_BEFORE"]})
    TIMED_ENV["before-ui"] = {"REFUGE_READY_BY": "ui"}
# How long an app rests after its ready marker before its memory is read.
IDLE_SECONDS = float(os.environ.get("IDLE_SECONDS", "2"))

# Variables a person's desktop does not set, which change how WebKit draws: none is passed on
# unless an environment names it.
RENDERING_VARIABLES = ("WEBKIT_", "LIBGL_", "GALLIUM_", "MESA_", "NO_AT_BRIDGE", "GDK_GL", "GSK_")
ENVIRONMENTS = {
    "default": {},
    "compositing-off": {"WEBKIT_DISABLE_COMPOSITING_MODE": "1"},
    "no-at-bridge": {"NO_AT_BRIDGE": "1"},
}
BASE_ENV = {k: v for k, v in os.environ.items() if not k.startswith(RENDERING_VARIABLES)}


def private_env(home, environment):
    return dict(
        BASE_ENV,
        **ENVIRONMENTS[environment],
        XDG_DATA_HOME=home,
        XDG_CACHE_HOME=home,
        XDG_CONFIG_HOME=home,
    )


def once(path, environment, extra_env=None):
    """Spawn to ready marker (the app exits at it): (ms the app reports, ms spawn→exit)."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(private_env(home, environment), **(extra_env or {}))
        t0 = time.perf_counter()
        try:
            out = subprocess.run([path], env=env, capture_output=True, text=True, timeout=60)
        except subprocess.TimeoutExpired as e:
            said = (e.stderr or b"")[-1500:].decode(errors="replace")
            raise SystemExit(f"{path} ({environment}, {extra_env}) never reported ready in 60 s: {said}")
        wall = (time.perf_counter() - t0) * 1000
    marker = [l for l in out.stdout.splitlines() if l.startswith("refuge-ready-ms ")]
    if not marker:
        raise SystemExit(
            f"{path} never reported ready in {environment} (exit {out.returncode}): {out.stderr[-500:]}"
        )
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


def idle_rss(path, environment):
    """MiB resident, summed over the app and its WebKit processes, IDLE_SECONDS after ready."""
    with tempfile.TemporaryDirectory() as home:
        env = private_env(home, environment)
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
    results = {(e, name): {"ready": [], "wall": []} for e in ENVIRONMENTS for name in TIMED}
    for environment in ENVIRONMENTS:  # one warm-up each: page cache, fontconfig cache
        for path in set(TIMED.values()):
            once(path, environment)
    # Interleaved: each round starts every app in every environment, so a slow drift of the
    # machine's speed lands on all of them alike.
    for _ in range(RUNS):
        for environment in ENVIRONMENTS:
            for name, path in TIMED.items():
                ready, wall = once(path, environment, TIMED_ENV.get(name))
                results[(environment, name)]["ready"].append(ready)
                results[(environment, name)]["wall"].append(wall)
    print(f"cold start to ready marker, {RUNS} runs each, median (min–max), ms")
    ready = {key: statistics.median(r["ready"]) for key, r in results.items()}
    for (environment, name), r in results.items():
        ratio = ready[(environment, name)] / ready[(environment, "hello")]
        print(
            f"  {environment:15} {name:9} ready {ready[(environment, name)]:7.1f} ({min(r['ready']):.0f}–{max(r['ready']):.0f})"
            f" ×{ratio:.2f}   spawn→exit {statistics.median(r['wall']):7.1f} ({min(r['wall']):.0f}–{max(r['wall']):.0f})"
        )
    rss = {(e, name): [] for e in ENVIRONMENTS for name in APPS}
    for _ in range(3):
        for environment in ENVIRONMENTS:
            for name, path in APPS.items():
                rss[(environment, name)].append(idle_rss(path, environment))
    idle = {key: statistics.median(v) for key, v in rss.items()}
    size = {name: os.path.getsize(path) / 1e6 for name, path in APPS.items()}
    print(f"idle memory {IDLE_SECONDS:g} s after ready, app + WebKit processes, MiB (3 runs):")
    for environment in ENVIRONMENTS:
        print(f"  {environment:15} " + ", ".join(
            f"{name} {' '.join(f'{v:.0f}' for v in rss[(environment, name)])}" for name in APPS))
    print(f"binary: refuge {size['refuge']:.1f} hello {size['hello']:.1f}")
    print(f"idle-rss: refuge {idle[('default', 'refuge')]:.0f} hello {idle[('default', 'hello')]:.0f}")
    for environment in ENVIRONMENTS:
        r, h = ready[(environment, "refuge")], ready[(environment, "hello")]
        print(f"coldstart: refuge {r:.0f} hello {h:.0f} ratio {r / h:.2f} (median of {RUNS}) env {environment}")


main()
