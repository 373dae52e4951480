#!/usr/bin/env python3
"""Which C++ sources clang-tidy must look at again, by content (used by scripts/tidy.sh).

A full clang-tidy run costs about half an hour on two cores, so `make test` cannot afford it.
Instead `.tidy-clean` (checked in) records, for every source found clean, a key over everything
that can change clang-tidy's verdict on it: the source, each project header it includes (from
the dev build's ninja dependency log), its compile command, `.clang-tidy` and the clang-tidy
version. A source whose key is not recorded is stale and gets checked; a clean check records it.

Usage:
  tidy_cache.py BUILD_DIR stale FILE...   print the FILEs whose key is not in .tidy-clean
  tidy_cache.py BUILD_DIR record FILE...  record the current key of each FILE as clean
"""
import hashlib
import json
import os
import re
import subprocess
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
MANIFEST = os.path.join(ROOT, ".tidy-clean")


def file_digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def compile_commands(build):
    """Source path (relative to ROOT) -> (object path, command with ROOT made relative)."""
    with open(os.path.join(build, "compile_commands.json")) as f:
        entries = json.load(f)
    result = {}
    for entry in entries:
        source = os.path.relpath(entry["file"], ROOT)
        command = entry["command"]
        match = re.search(r" -o (\S+)", command)
        if match:
            result[source] = (match.group(1), command.replace(ROOT, "<root>"))
    return result


def dependencies(build, objects):
    """Object path -> project files it was compiled from, as the ninja deps log records them."""
    out = subprocess.run(["ninja", "-C", build, "-t", "deps", *objects], check=True,
                         capture_output=True, text=True).stdout
    deps, current = {}, None
    for line in out.splitlines():
        if line and not line.startswith(" "):
            current = line.split(":", 1)[0]
            deps[current] = [] if "(VALID)" in line else None
        elif current and deps.get(current) is not None and line.strip():
            path = os.path.normpath(os.path.join(build, line.strip()))
            if path.startswith(ROOT + os.sep):
                deps[current].append(os.path.relpath(path, ROOT))
    return deps


def keys(build, files):
    """Source -> its key, or None when the build has no dependency record for it."""
    commands = compile_commands(build)
    version = subprocess.run(["clang-tidy-16", "--version"], check=True, capture_output=True,
                             text=True).stdout
    config = file_digest(os.path.join(ROOT, ".clang-tidy"))
    wanted = {f: commands.get(f) for f in files}
    objects = [c[0] for c in wanted.values() if c]
    deps = dependencies(build, objects) if objects else {}
    result = {}
    for source, command in wanted.items():
        found = deps.get(command[0]) if command else None
        if not found:
            result[source] = None
            continue
        h = hashlib.sha256()
        for part in (version, config, command[1], os.environ.get("TIDY_ARGS", "")):
            h.update(part.encode() + b"\0")
        for dep in sorted(set(found) | {source}):
            h.update(dep.encode() + b"\0" + file_digest(os.path.join(ROOT, dep)).encode())
        result[source] = h.hexdigest()
    return result


def read_manifest():
    if not os.path.exists(MANIFEST):
        return {}
    with open(MANIFEST) as f:
        return dict(line.split() for line in f if line.strip() and not line.startswith("#"))


def write_manifest(entries):
    tracked = set(subprocess.run(["git", "-C", ROOT, "ls-files", "*.cpp"], check=True,
                                 capture_output=True, text=True).stdout.split())
    with open(MANIFEST, "w") as f:
        f.write("# Sources clang-tidy found clean, with the key they had (scripts/tidy_cache.py).\n")
        for source in sorted(entries):
            if source in tracked or os.path.exists(os.path.join(ROOT, source)):
                f.write(f"{source} {entries[source]}\n")


def main():
    if len(sys.argv) < 3 or sys.argv[2] not in ("stale", "record"):
        sys.exit(__doc__)
    build, mode, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    files = [os.path.relpath(os.path.abspath(f), ROOT) for f in files]
    current = keys(build, files)
    manifest = read_manifest()
    if mode == "stale":
        for source in files:
            if current[source] is None or manifest.get(source) != current[source]:
                print(source)
    else:
        for source in files:
            if current[source] is not None:
                manifest[source] = current[source]
        write_manifest(manifest)


if __name__ == "__main__":
    main()
