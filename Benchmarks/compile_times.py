"""Compile-time benchmark behind Benchmarks/compile: see that script's header for what is measured."""
import argparse
import datetime
import glob
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.environ["BENCH_ROOT"]
OURS = os.environ["BENCH_OURS"]
REF = os.environ["BENCH_REF"]
CORPUS = os.path.normpath(os.path.join(ROOT, os.environ["BENCH_CORPUS"]))
DOCS = [
    "ionos-dbaas-postgres",
    "k8s-apis-apps-v1",
    "hetzner-cloud",
    "github-api.github.com",
    "linode-api",
    "stripe-spec3",
]
REF_CONFIG = "generate:\n  - types\n  - client\naccessModifier: public\n"
RUNTIME_URL = "https://github.com/apple/swift-openapi-runtime"
RUNTIME_VERSION = "1.13.4"

parser = argparse.ArgumentParser(prog="Benchmarks/compile")
parser.add_argument("--runs", type=int, default=3)
parser.add_argument("--runs-for", action="append", default=[], metavar="NAME=N")
parser.add_argument("--only", action="append", default=[])
parser.add_argument("--timeout", type=float, default=3600)
parser.add_argument("--results")
parser.add_argument("--work", help="scratch package folder, kept and reused (its dependencies stay built)")
args = parser.parse_args()


def log(*parts):
    print(*parts, file=sys.stderr, flush=True)


def loadavg():
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


def cpu_model():
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def run(command, cwd=None):
    """(wall s, CPU s, peak RSS MiB, output text); raises on failure or timeout."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=out,
                                   start_new_session=True)
        expired = threading.Event()

        def stop():
            expired.set()
            os.killpg(process.pid, signal.SIGKILL)

        timer = threading.Timer(args.timeout, stop)
        timer.start()
        _, raw, usage = os.wait4(process.pid, 0)
        timer.cancel()
        wall = time.perf_counter() - start
        process.returncode = 0  # reaped above
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    if expired.is_set():
        raise RuntimeError(f"timeout after {args.timeout:.0f} s: {' '.join(command)}")
    status = os.waitstatus_to_exitcode(raw)
    if status != 0:
        errors = [line for line in text.splitlines() if "error:" in line][:3]
        raise RuntimeError(f"{' '.join(command)} failed (exit {status}): {' / '.join(errors) or text[-300:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, text


def generate(doc, work):
    source = os.path.join(CORPUS, doc + ".json")
    ours = os.path.join(work, "package", "Sources", "OursAPI")
    imported = os.path.join(work, "package", "Sources", "OursImportAPI")
    ref = os.path.join(work, "package", "Sources", "RefAPI")
    for folder in (ours, imported, ref):
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
    run([OURS, "generate", source, "--output", ours])
    config = os.path.join(work, "openapi-gen.json")
    with open(config, "w") as handle:
        handle.write('{"runtime": "import"}\n')
    run([OURS, "generate", source, "--config", config, "--output", imported])
    ref_input = os.path.join(work, "ref-input")
    os.makedirs(ref_input, exist_ok=True)
    shutil.copyfile(source, os.path.join(ref_input, "openapi.json"))
    with open(os.path.join(ref_input, "openapi-generator-config.yaml"), "w") as handle:
        handle.write(REF_CONFIG)
    run([REF, "generate", "--config", os.path.join(ref_input, "openapi-generator-config.yaml"),
         "--output-directory", ref, os.path.join(ref_input, "openapi.json")])
    lines = {}
    for tool, folder in (("ours", ours), ("import", imported), ("ref", ref)):
        files = glob.glob(os.path.join(folder, "*.swift"))
        lines[tool] = (len(files), sum(sum(1 for _ in open(f, encoding="utf-8", errors="replace")) for f in files))
    with open(os.path.join(work, "package", "Package.swift"), "w") as handle:
        handle.write(f"""// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "compile-bench",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "{RUNTIME_URL}", exact: "{RUNTIME_VERSION}"),
        .package(name: "openapi-gen", path: "{ROOT}"),
    ],
    targets: [
        .target(name: "OursAPI", swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "OursImportAPI", dependencies: [.product(name: "OpenAPIGenRuntime", package: "openapi-gen")],
                swiftSettings: [.swiftLanguageMode(.v6)]),
        .target(name: "RefAPI", dependencies: [.product(name: "OpenAPIRuntime", package: "swift-openapi-runtime")],
                swiftSettings: [.swiftLanguageMode(.v6)]),
    ]
)
""")
    return os.path.join(work, "package"), lines


def forget(bin_path, target):
    """Deletes a target's objects, dependency records and module so that the next build compiles all of it."""
    build = os.path.join(bin_path, f"{target}.build")
    for name in os.listdir(build) if os.path.isdir(build) else []:
        path = os.path.join(build, name)
        if os.path.isfile(path) and name not in ("output-file-map.json", "sources"):
            os.remove(path)
    for path in glob.glob(os.path.join(bin_path, "Modules", f"{target}.*")):
        os.remove(path) if os.path.isfile(path) else shutil.rmtree(path)


# The file a schema edit lands in: ours spreads the types over Types.swift … Types7.swift by a hash of their
# names, so one of those (Types.swift, an eighth of the types); the reference keeps every schema in one file.
EDITED = {"OursAPI": "Types.swift", "OursImportAPI": "Types.swift", "RefAPI": "Types+Components+Schemas.swift"}


def touch_types(package, target, index):
    with open(os.path.join(package, "Sources", target, EDITED[target]), "a") as handle:
        handle.write(f"// edit {index}\n")


def measure(doc, runs):
    # One scratch package for every document: the targets keep their names, so the dependencies are built once.
    work = args.work
    try:
        package, lines = generate(doc, work)
        log(f"  building the runtimes once (kept between documents)")
        for target in ("OpenAPIRuntime", "OpenAPIGenRuntime"):
            run(["swift", "build", "--target", target], package)
        warnings = 0
        bin_path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=package, capture_output=True,
                                  text=True, check=True).stdout.strip()
        result = {(tool, kind): [] for tool in ("ours", "import", "ref") for kind in ("clean", "incremental")}
        for index in range(runs):
            for tool, target in (("ours", "OursAPI"), ("import", "OursImportAPI"), ("ref", "RefAPI")):
                forget(bin_path, target)
                clean = run(["swift", "build", "--target", target], package)
                if tool != "ref" and index == 0:
                    warnings += sum(1 for line in clean[3].splitlines() if f"/{target}/" in line and "warning:" in line)
                touch_types(package, target, index)
                incremental = run(["swift", "build", "--target", target], package)
                result[(tool, "clean")].append(clean[:3])
                result[(tool, "incremental")].append(incremental[:3])
                log(f"  run {index + 1}/{runs} {tool}: clean {clean[0]:.1f} s, CPU {clean[1]:.1f} s ({clean[2]:.0f} MiB), "
                    f"incremental {incremental[0]:.1f} s, CPU {incremental[1]:.1f} s (load {loadavg()})")
        return {"result": result, "lines": lines, "warnings": warnings, "runs": runs}
    finally:
        shutil.rmtree(os.path.join(work, "ref-input"), ignore_errors=True)


def median(values, index):
    return statistics.median(v[index] for v in values)


def report(rows, started, load_before, swift_version, commit):
    """The markdown report of the documents measured so far."""
    finished = datetime.datetime.now(datetime.timezone.utc)
    out = [
        f"Date: {started:%Y-%m-%d %H:%M} – {finished:%H:%M} UTC  ",
        f"Machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}, {platform.system()} {platform.release()}  ",
        f"Toolchain: {swift_version}  ",
        f"openapi-gen: built from {commit}; reference: swift-openapi-generator 1.14.3 with swift-openapi-runtime {RUNTIME_VERSION} (prebuilt)  ",
        f"Command: `{' '.join(['Benchmarks/compile', *sys.argv[1:]])}`  ",
        f"Load average (1/5/15 min): {load_before} at the start, {loadavg()} at the end",
        "",
        "Ours: the default output (runtime embedded in Support.swift and Values.swift). Ours, imported: generated with "
        "`\"runtime\": \"import\"` against the prebuilt `OpenAPIGenRuntime` library, as the reference's output uses "
        "its prebuilt runtime. Wall time is the median of the runs; CPU is the median user + sys time of the build "
        "and its compiler processes (less sensitive to other load on the machine). The incremental build follows a "
        "one-line edit of the file that holds the edited schema: our `Types.swift` (one of the eight type files), "
        "the reference's `Types+Components+Schemas.swift`. Faster = reference time / our time.",
        "",
        "| document | runs | load (1 min) | output files / lines, ours | reference | clean s, ours | ours, imported | reference | faster (ours / imported) | clean CPU s, ours / imported / reference | incremental s, ours | ours, imported | reference | faster (ours / imported) | incremental CPU s, ours / imported / reference | peak MiB, ours / imported | reference | warnings, ours |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for doc, data, error in rows:
        if error:
            out.append(f"| {doc} | failed: {error[:160]} ||||||||||||||||")
            continue
        r, lines = data["result"], data["lines"]
        oc, ic, rc = (median(r[(t, "clean")], 0) for t in ("ours", "import", "ref"))
        ocu, icu, rcu = (median(r[(t, "clean")], 1) for t in ("ours", "import", "ref"))
        oi, ii, ri = (median(r[(t, "incremental")], 0) for t in ("ours", "import", "ref"))
        oiu, iiu, riu = (median(r[(t, "incremental")], 1) for t in ("ours", "import", "ref"))
        om, im = (max(v[2] for v in r[(t, "clean")] + r[(t, "incremental")]) for t in ("ours", "import"))
        rm = max(v[2] for v in r[("ref", "clean")] + r[("ref", "incremental")])
        out.append(f"| {doc} | {data['runs']} | {data['load']} | {lines['ours'][0]} / {lines['ours'][1]} | {lines['ref'][0]} / {lines['ref'][1]} | "
                   f"{oc:.1f} | {ic:.1f} | {rc:.1f} | {rc / oc:.1f}× / {rc / ic:.1f}× | {ocu:.1f} / {icu:.1f} / {rcu:.1f} | "
                   f"{oi:.1f} | {ii:.1f} | {ri:.1f} | {ri / oi:.1f}× / {ri / ii:.1f}× | {oiu:.1f} / {iiu:.1f} / {riu:.1f} | "
                   f"{om:.0f} / {im:.0f} | {rm:.0f} | {data['warnings']} |")
    return "\n".join(out) + "\n"


def main():
    docs = args.only or DOCS
    swift_version = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.strip().splitlines()[0]
    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    started = datetime.datetime.now(datetime.timezone.utc)
    load_before = loadavg()
    runs_for = dict(item.split("=", 1) for item in args.runs_for)
    keep_work = args.work is not None
    args.work = args.work or tempfile.mkdtemp(prefix="openapi-compile.")
    os.makedirs(args.work, exist_ok=True)
    rows = []
    for doc in docs:
        if not os.path.exists(os.path.join(CORPUS, doc + ".json")):
            log(f"{doc}: not in the corpus at {CORPUS}; skipped")
            continue
        load = loadavg()
        log(f"== {doc} (load {load})")
        try:
            data = measure(doc, int(runs_for.get(doc, args.runs)))
            data["load"] = f"{load.split()[0]} → {loadavg().split()[0]}"
            rows.append((doc, data, None))
        except RuntimeError as error:
            log(f"  {error}")
            rows.append((doc, None, str(error)))
        if args.results:  # after every document, so a long run leaves the finished rows behind
            with open(args.results, "w") as handle:
                handle.write(report(rows, started, load_before, swift_version, commit))
    if not keep_work:
        shutil.rmtree(args.work, ignore_errors=True)
    text = report(rows, started, load_before, swift_version, commit)
    print(text, end="")
    if args.results:
        with open(args.results, "w") as handle:
            handle.write(text)


main()
