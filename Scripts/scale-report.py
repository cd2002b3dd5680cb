#!/usr/bin/env python3
"""Times `openapi-gen generate` on every document of a folder tree and writes a table and a plot.

Usage (Scripts/scale-report runs it): scale-report.py --binary BIN --runs N --table OUT.md --plot OUT.png FOLDER...

A document is a *.json file whose top-level object has an "openapi" key (fragments of multi-file documents are
not documents). For each: its bytes (with the files its external $refs reach), its component schemas and its
operations, the bytes of Swift generated, and the median over N runs of the wall time and of the CPU time
(user + system) of the generator. CPU time hardly depends on what else the machine runs, so the plot uses it.
"""
import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def reachable_files(path):
    """`path` and every file reached from it through external $refs (outside x-* extensions)."""
    seen, pending = set(), [os.path.abspath(path)]
    while pending:
        current = pending.pop()
        if current in seen or not os.path.isfile(current):
            continue
        seen.add(current)
        with open(current, encoding="utf-8") as handle:
            try:
                value = json.load(handle)
            except ValueError:
                continue
        stack = [value]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and not ref.startswith("#") and "://" not in ref:
                    pending.append(os.path.normpath(os.path.join(os.path.dirname(current), ref.split("#")[0])))
                stack.extend(child for key, child in node.items() if not key.startswith("x-"))
            elif isinstance(node, list):
                stack.extend(node)
    return seen


def describe(path):
    """(bytes, schemas, operations) of the document at `path`, or None when it is not an OpenAPI document."""
    try:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(document, dict) or "openapi" not in document:
        return None
    size = sum(os.path.getsize(file) for file in reachable_files(path))
    schemas = len(((document.get("components") or {}).get("schemas") or {}))
    operations = sum(len(METHODS & set(item)) for item in (document.get("paths") or {}).values() if isinstance(item, dict))
    return size, schemas, operations


def time_generation(binary, path, runs):
    """Median wall and CPU seconds over `runs` generations, the exit status and the bytes of Swift written."""
    walls, cpus, status, output = [], [], 0, 0
    for _ in range(runs):
        folder = tempfile.mkdtemp(prefix="scale-report-")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        status = subprocess.run([binary, "generate", path, "--output", folder], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        output = sum(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder))
        shutil.rmtree(folder)
    return statistics.median(walls), statistics.median(cpus), status, output


def family(name):
    """The synthetic family of a file name (`alias-chain-10000.json` → `alias-chain`), or None for a real document."""
    stem = os.path.splitext(os.path.basename(name))[0]
    head, _, tail = stem.rpartition("-")
    return head if tail.isdigit() and head in FAMILIES else None


FAMILIES = ["union-cycle-w2", "union-cycle-w5", "allof-chain", "alias-chain", "property-chain", "references", "operations"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--table", required=True)
    parser.add_argument("--plot", required=True)
    parser.add_argument("--command", default="Scripts/scale-report")
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()

    rows = []
    for folder in arguments.folders:
        for root, _, files in os.walk(folder):
            for name in sorted(files):
                if not name.endswith(".json"):
                    continue
                path = os.path.join(root, name)
                described = describe(path)
                if described is None:
                    continue
                wall, cpu, status, output = time_generation(arguments.binary, path, arguments.runs)
                label = os.path.relpath(path, folder)
                rows.append((label, family(name), *described, output, wall, cpu, status))
                print("%-50s %10d bytes %8.3f s cpu %8.3f s wall%s" % (label, described[0], cpu, wall, "" if status == 0 else " (exit %d)" % status), flush=True)
    rows.sort(key=lambda row: row[2])
    write_table(rows, arguments)
    write_plot(rows, arguments.plot)


def write_table(rows, arguments):
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    lines = [
        "Generated by `%s` on %s: %s, %d cores, %s; %s; load average %.1f when it finished."
        % (arguments.command, time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), cpu, os.cpu_count() or 0, platform.system(),
           "one run each" if arguments.runs == 1 else "median of %d runs each" % arguments.runs, os.getloadavg()[0]),
        "",
        "| document | bytes | schemas | operations | Swift bytes | CPU s | wall s | exit |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, _, size, schemas, operations, output, wall, cpu_seconds, status in rows:
        lines.append("| %s | %d | %d | %d | %d | %.3f | %.3f | %d |" % (label, size, schemas, operations, output, cpu_seconds, wall, status))
    with open(arguments.table, "w") as handle:
        handle.write("\n".join(lines) + "\n")


def write_plot(rows, path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plot

    figure, axes = plot.subplots(figsize=(9, 6), dpi=110)
    real = [row for row in rows if row[1] is None and row[8] == 0]
    axes.scatter([row[2] / 1e6 for row in real], [row[7] for row in real], label="corpus documents", color="black", marker="o", zorder=3)
    markers = ["s", "^", "v", "D", "P", "X", "*"]
    for index, name in enumerate(FAMILIES):
        points = sorted((row[2] / 1e6, row[7]) for row in rows if row[1] == name and row[8] == 0)
        if points:
            axes.plot(*zip(*points), marker=markers[index % len(markers)], linestyle="-", label="synthetic: " + name)
    axes.set_xlabel("document size (MB)")
    axes.set_ylabel("generation CPU time (s, median)")
    axes.set_title("openapi-gen generate: time against document size")
    axes.grid(True, alpha=0.3)
    axes.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path)


if __name__ == "__main__":
    sys.exit(main())
