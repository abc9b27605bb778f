#!/usr/bin/env bash
# Proves the Dockerfile as far as possible without a Docker engine:
#  1. builds the release binary with the Dockerfile's flags (scratch path .build-release);
#  2. makes a bookworm minbase root filesystem with debootstrap plus the Dockerfile's
#     RUNTIME_PACKAGES (cached under .build-rootfs/, keyed by suite and package list);
#  3. replays the runtime stage of the Dockerfile on an overlay of it: every RUN inside the
#     chroot, every COPY from the work tree (COPY --from=build takes the binary from step 1),
#     ENV, WORKDIR, USER, ENTRYPOINT, HEALTHCHECK as written;
#  4. runs the ENTRYPOINT as PID 1 of a new PID namespace, chrooted, as the image's USER, with
#     only the image's environment plus MARSAD_PORT; curls /healthz, an article, the UI and runs
#     the HEALTHCHECK command inside; then sends the STOPSIGNAL and expects exit status 0.
# Needs root (debootstrap, chroot, mount). Prints one line per check and "N passed, M failed".
# Usage: scripts/container-check.sh            (MARSAD_DEBIAN_MIRROR=URL to override the mirror)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

suite=bookworm
dockerfile=$repo/Dockerfile
scratch=$repo/.build-release
cache=$repo/.build-rootfs
build_flags=(-c release --static-swift-stdlib --product marsad)

passed=0
failed=0
work=""
root=""
pid1_waiter=""
started_at=$SECONDS

note() { printf '[%3ds] %s\n' "$((SECONDS - started_at))" "$*" >&2; }
pass() { passed=$((passed + 1)); printf 'PASS %s\n' "$*"; }
fail() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
finish() {
    printf '%d passed, %d failed\n' "$passed" "$failed"
    [[ $failed -eq 0 ]] || exit 1
    exit 0
}
abort() { fail "$@"; finish; }

# shellcheck disable=SC2317  # invoked by the EXIT trap
cleanup() {
    local status=$?
    if [[ -n $pid1_waiter ]] && kill -0 "$pid1_waiter" 2>/dev/null; then
        pkill -KILL -P "$pid1_waiter" 2>/dev/null || true
        kill -KILL "$pid1_waiter" 2>/dev/null || true
        wait "$pid1_waiter" 2>/dev/null || true
    fi
    local _
    if [[ -n $root ]]; then
        for _ in 1 2 3 4 5; do # the read-only bind, then the overlay
            mountpoint -q "$root" || break
            umount -l "$root" 2>/dev/null || true
        done
    fi
    if [[ -n $work ]]; then
        rm -rf "$work"
    fi
    rm -rf "$cache"/.tmp.* 2>/dev/null || true
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $(id -u) -ne 0 ]]; then
    echo "container-check: needs root (debootstrap, chroot, mount)" >&2
    exit 2
fi

need_packages=()
command -v debootstrap >/dev/null || need_packages+=(debootstrap)
command -v curl >/dev/null || need_packages+=(curl)
command -v unshare >/dev/null || need_packages+=(util-linux)
if [[ ${#need_packages[@]} -gt 0 ]]; then
    note "installing ${need_packages[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -qq \
        --no-install-recommends "${need_packages[@]}" >/dev/null
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

debian_mirror() {
    if [[ -n ${MARSAD_DEBIAN_MIRROR:-} ]]; then
        echo "$MARSAD_DEBIAN_MIRROR"
        return
    fi
    # The first configured archive (not -security) for this suite: deb822 or one-line format.
    local found
    found=$(python3 - "$suite" <<'PY'
import glob, sys
suite = sys.argv[1]
files = glob.glob("/etc/apt/sources.list") + sorted(glob.glob("/etc/apt/sources.list.d/*"))
for name in files:
    try:
        text = open(name, encoding="utf-8").read()
    except OSError:
        continue
    if name.endswith(".sources"):
        for stanza in text.split("\n\n"):
            fields = {}
            for line in stanza.splitlines():
                if ":" in line and not line.lstrip().startswith("#"):
                    key, value = line.split(":", 1)
                    fields[key.strip().lower()] = value.split()
            if suite in fields.get("suites", []) and "deb" in fields.get("types", []):
                print(fields["uris"][0]); sys.exit()
    else:
        for line in text.splitlines():
            words = line.split("#", 1)[0].split()
            words = [w for w in words if not w.startswith("[")]
            if len(words) >= 3 and words[0] == "deb" and words[2] == suite:
                print(words[1]); sys.exit()
PY
)
    echo "${found:-http://deb.debian.org/debian}"
}

# Reads the Dockerfile's final stage and either prints shell assignments describing it
# ("describe") or applies its RUN and COPY instructions to a root filesystem ("apply ROOT BIN").
dockerfile_stage() {
    python3 - "$dockerfile" "$repo" "$@" <<'PY'
import json, os, re, shlex, shutil, subprocess, sys

path, repo, action = sys.argv[1], sys.argv[2], sys.argv[3]
lines, current = [], ""
for raw in open(path, encoding="utf-8"):
    stripped = raw.strip()
    if stripped.startswith("#") or (not stripped and not current):
        continue
    if stripped.endswith("\\"):
        current += stripped[:-1] + " "
        continue
    current += stripped
    if current.strip():
        lines.append(current.strip())
    current = ""

global_args, stages = {}, []
for line in lines:
    word, _, rest = line.partition(" ")
    word = word.upper()
    if word == "FROM":
        stages.append([])
    elif stages:
        stages[-1].append((word, rest.strip()))
    elif word == "ARG":
        name, _, value = rest.partition("=")
        global_args[name] = shlex.split(value)[0] if value else ""
final = stages[-1]

args, env, runs, copies = {}, [], [], []
image = {"USER": "root", "WORKDIR": "/", "ENTRYPOINT": [], "CMD": [], "HEALTHCHECK": [],
         "STOPSIGNAL": "SIGTERM", "EXPOSE": [], "VOLUME": []}
for word, rest in final:
    if word == "ARG":
        name, _, value = rest.partition("=")
        args[name] = shlex.split(value)[0] if value.strip() else ""
    elif word == "ENV":
        for item in shlex.split(rest):
            key, _, value = item.partition("=")
            env.append((key, value))
    elif word == "RUN":
        runs.append(rest)
    elif word == "COPY":
        parts = shlex.split(rest)
        options = [p for p in parts if p.startswith("--")]
        parts = [p for p in parts if not p.startswith("--")]
        source = next((o.split("=", 1)[1] for o in options if o.startswith("--from=")), None)
        copies.append((source, parts[:-1], parts[-1], options))
    elif word in ("ENTRYPOINT", "CMD"):
        image[word] = json.loads(rest) if rest.startswith("[") else ["/bin/sh", "-c", rest]
    elif word == "HEALTHCHECK":
        _, _, command = rest.partition("CMD ")
        command = command.strip()
        image[word] = json.loads(command) if command.startswith("[") else ["/bin/sh", "-c", command]
    elif word == "WORKDIR":
        image[word] = rest
    elif word in ("USER", "STOPSIGNAL"):
        image[word] = rest
    elif word == "EXPOSE":
        image[word] += rest.split()
    elif word == "VOLUME":
        image[word] += json.loads(rest) if rest.startswith("[") else rest.split()

if action == "context":
    # The build context Docker would send, by .dockerignore's rules (moby's patternmatcher: Go
    # filepath.Match per pattern plus "**", a pattern also matching every path under a matched
    # folder, the last matching pattern winning, "!" re-including).
    def compile_pattern(text):
        out, i = "", 0
        while i < len(text):
            c = text[i]
            if text.startswith("**/", i):
                out, i = out + "(?:.*/)?", i + 3
                continue
            if text.startswith("**", i):
                out, i = out + ".*", i + 2
                continue
            if c == "*":
                out += "[^/]*"
            elif c == "?":
                out += "[^/]"
            elif c == "[" and "]" in text[i:]:
                j = text.index("]", i)
                out, i = out + text[i:j + 1].replace("[!", "[^"), j + 1
                continue
            else:
                out += re.escape(c)
            i += 1
        return re.compile(out + "$")
    patterns = []
    ignore = os.path.join(repo, ".dockerignore")
    for raw in (open(ignore, encoding="utf-8").read().splitlines() if os.path.exists(ignore) else []):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        negated = line.startswith("!")
        line = os.path.normpath(line.lstrip("!").strip()).lstrip("/")
        patterns.append((negated, line, compile_pattern(line)))
    def excluded(path):
        parts = path.split("/")
        result = False
        for negated, _, regex in patterns:
            if any(regex.match("/".join(parts[:n])) for n in range(1, len(parts) + 1)):
                result = not negated
        return result
    included, size = [], 0
    for folder, dirs, files in os.walk(repo):
        rel = os.path.relpath(folder, repo)
        rel = "" if rel == "." else rel + "/"
        keep = []
        for d in dirs:
            path = rel + d
            if excluded(path) and not any(n and t.startswith(path + "/") for n, t, _ in patterns):
                continue
            keep.append(d)
        dirs[:] = keep
        for f in files:
            path = rel + f
            if not excluded(path):
                included.append(path)
                size += os.path.getsize(os.path.join(repo, path))
    problems = []
    for source, sources, _, _ in copies:
        if source is None:
            for item in sources:
                if not any(p == item or p.startswith(item.rstrip("/") + "/") for p in included):
                    problems.append(f"COPY source {item} is not in the context")
    build_copies = [r for w, r in stages[0] if w == "COPY"] if len(stages) > 1 else []
    for rest in build_copies:
        for item in shlex.split(rest)[:-1]:
            if item.startswith("--") or "*" in item:
                continue
            if not any(p == item or p.startswith(item.rstrip("/") + "/") for p in included):
                problems.append(f"build-stage COPY source {item} is not in the context")
    leaked = [p for p in included if re.search(r"(^|/)(\.build[^/]*|\.git|\.swiftpm)(/|$)", p)]
    if leaked:
        problems.append(f"{len(leaked)} build or VCS files in the context, e.g. {leaked[0]}")
    tracked = subprocess.run(["git", "-C", repo, "ls-files", "Sources", "Tests", "seeds", "Public"],
                             capture_output=True, text=True).stdout.split()
    missing = sorted(set(tracked) - set(included))
    if missing:
        problems.append(f"{len(missing)} tracked source files left out, e.g. {missing[0]}")
    for problem in problems:
        print(problem)
    print(f"context: {len(included)} files, {size / 1e6:.1f} MB", file=sys.stderr)
    sys.exit(1 if problems else 0)

if action == "describe":
    def arr(name, values):
        print(f"{name}=(" + " ".join(shlex.quote(v) for v in values) + ")")
    arr("image_env", [f"{k}={v}" for k, v in env])
    arr("image_entrypoint", image["ENTRYPOINT"] + image["CMD"])
    arr("image_healthcheck", image["HEALTHCHECK"])
    arr("image_expose", image["EXPOSE"])
    arr("image_volumes", image["VOLUME"])
    print("image_user=" + shlex.quote(image["USER"]))
    print("image_workdir=" + shlex.quote(image["WORKDIR"]))
    print("image_stopsignal=" + shlex.quote(image["STOPSIGNAL"]))
    print("image_runtime_packages=" + shlex.quote(args.get("RUNTIME_PACKAGES", "")))
    sys.exit()

root, binary = sys.argv[4], sys.argv[5]
toolchain_usr = os.path.dirname(os.path.dirname(os.path.realpath(shutil.which("swift"))))
run_env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root",
           "DEBIAN_FRONTEND": "noninteractive", **args}
for command in runs:
    print(f"RUN {command[:90]}...", file=sys.stderr)
    subprocess.run(["chroot", root, "/bin/sh", "-c", command], env=run_env, check=True)
for source, sources, destination, options in copies:
    if any(o.startswith("--chown") or o.startswith("--chmod") for o in options):
        sys.exit(f"container-check: COPY {' '.join(options)} is not replayed yet; extend this script")
    for item in sources:
        if source == "build":
            # The build stage's /out/marsad is our release build; its /usr is the toolchain's.
            if item == "/out/marsad":
                origin = binary
            elif item.startswith("/usr/"):
                origin = os.path.join(toolchain_usr, item[len("/usr/"):])
            else:
                sys.exit(f"container-check: unknown build-stage artefact {item}")
        elif source is None:
            origin = os.path.join(repo, item)
        else:
            sys.exit(f"container-check: COPY --from={source} is not replayed")
        target = os.path.join(root, destination.lstrip("/"))
        if destination.endswith("/") or len(sources) > 1:
            target = os.path.join(target, os.path.basename(item.rstrip("/")))
        print(f"COPY {item} -> {destination}", file=sys.stderr)
        if os.path.isdir(origin):
            shutil.copytree(origin, target, dirs_exist_ok=True, symlinks=True)
        else:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            shutil.copy2(origin, target)
PY
}

# ---- 0. the build context .dockerignore leaves -------------------------------------------------
work_context=$(mktemp)
if context_problems=$(dockerfile_stage context 2>"$work_context"); then
    pass ".dockerignore: $(cat "$work_context"); every COPY source in it, no .build*/.git"
else
    fail ".dockerignore: ${context_problems//$'\n'/; }"
fi
rm -f "$work_context"

# ---- 1. the release binary, as the Dockerfile's build stage makes it ----------------------
if grep -qF "swift build ${build_flags[*]}" "$dockerfile"; then
    pass "Dockerfile builds with: swift build ${build_flags[*]}"
else
    fail "Dockerfile no longer builds with: swift build ${build_flags[*]} (update this script)"
fi
note "building release binary (swift build ${build_flags[*]} --scratch-path .build-release)"
build_started=$SECONDS
swift build "${build_flags[@]}" --scratch-path "$scratch" >"$repo/.build-release.log" 2>&1 || {
    tail -n 40 "$repo/.build-release.log" >&2
    abort "release build (log: .build-release.log)"
}
binary="$(swift build "${build_flags[@]}" --scratch-path "$scratch" --show-bin-path)/marsad"
pass "release build in $((SECONDS - build_started))s: $(du -h "$binary" | cut -f1) $(basename "$binary")"
note "dynamic dependencies: $(ldd "$binary" | awk '{print $1}' | tr '\n' ' ')"

# ---- 2. the base root filesystem, cached by suite and package list -------------------------
image_env=() image_entrypoint=() image_healthcheck=() image_expose=() image_volumes=()
image_user="" image_workdir="" image_stopsignal="" image_runtime_packages=""
eval "$(dockerfile_stage describe)"
mirror=$(debian_mirror)
key=$(printf '%s minbase %s v1' "$suite" "$image_runtime_packages" | sha256sum | cut -c1-16)
base=$cache/$suite-minbase-$key
rootfs_started=$SECONDS
if [[ -f $base/.complete ]]; then
    note "reusing cached root filesystem $base"
else
    note "debootstrap --variant=minbase $suite from $mirror (packages: ${image_runtime_packages:-none})"
    mkdir -p "$cache"
    staging=$(mktemp -d "$cache/.tmp.XXXXXX")
    include=()
    if [[ -n $image_runtime_packages ]]; then
        include=("--include=${image_runtime_packages// /,}")
    fi
    if ! debootstrap --variant=minbase "${include[@]}" "$suite" "$staging/rootfs" "$mirror" \
        >"$staging/debootstrap.log" 2>&1; then
        tail -n 30 "$staging/debootstrap.log" >&2
        abort "debootstrap $suite"
    fi
    # Like the Docker image: no package lists or caches.
    rm -rf "$staging/rootfs/var/lib/apt/lists/"* "$staging/rootfs/var/cache/apt/"*.bin
    touch "$staging/rootfs/.complete"
    rm -rf "$base"
    mv "$staging/rootfs" "$base"
    rm -rf "$staging"
fi
pass "root filesystem $suite minbase + [${image_runtime_packages:-no packages}] ready in $((SECONDS - rootfs_started))s ($(du -sh "$base" | cut -f1))"

# ---- 3. the runtime stage replayed on an overlay ---------------------------------------------
work=$(mktemp -d /tmp/marsad-container-check.XXXXXX)
root=$work/root
mkdir -p "$work/upper" "$work/overlay-work" "$root"
if ! mount -t overlay overlay -o "lowerdir=$base,upperdir=$work/upper,workdir=$work/overlay-work" "$root" 2>/dev/null; then
    note "overlayfs unavailable; copying the root filesystem"
    cp -a "$base/." "$root/"
fi
if dockerfile_stage apply "$root" "$binary" 2>"$work/apply.log"; then
    pass "runtime stage replayed: $(grep -c '^RUN' "$work/apply.log") RUN, $(grep -c '^COPY' "$work/apply.log") COPY"
else
    cat "$work/apply.log" >&2
    abort "runtime stage replay"
fi

missing=$(chroot "$root" /usr/bin/ldd "${image_entrypoint[0]}" 2>&1 | grep -i 'not found' || true)
if [[ -z $missing ]]; then
    pass "every shared library of ${image_entrypoint[0]} resolves in the image: $(chroot "$root" /usr/bin/ldd "${image_entrypoint[0]}" | awk '{print $1}' | tr '\n' ' ')"
else
    fail "missing shared libraries in the image: $missing"
fi

# USER as uid:gid (resolving names through the image's own passwd/group files).
user_spec=$image_user
if [[ $user_spec != *:* ]]; then
    user_spec="$user_spec:$(chroot "$root" id -g "$user_spec")"
fi
run_uid=$(chroot "$root" id -u "${user_spec%%:*}")
if [[ $run_uid -ne 0 ]]; then
    pass "USER $image_user is not root (uid $run_uid)"
else
    fail "USER $image_user runs as root"
fi
if [[ " ${image_expose[*]} " == *" 8080 "* ]]; then pass "EXPOSE 8080"; else fail "EXPOSE 8080 missing (${image_expose[*]})"; fi
if [[ $image_stopsignal == SIGTERM ]]; then pass "STOPSIGNAL SIGTERM"; else fail "STOPSIGNAL is $image_stopsignal"; fi

# Like `docker run --read-only -v <new volume>:<each VOLUME>`: the root filesystem is read-only
# and each VOLUME is a writable mount that starts as a copy of the image's folder (owner, mode).
mount --bind "$root" "$root"
mount -o remount,bind,ro "$root"
for volume in "${image_volumes[@]}"; do
    slot=$work/volumes/${volume//\//_}
    mkdir -p "$slot"
    cp -a "$root$volume/." "$slot/"
    chown --reference="$root$volume" "$slot"
    chmod --reference="$root$volume" "$slot"
    mount --bind "$slot" "$root$volume"
done
if ! chroot --userspec="$user_spec" "$root" /usr/bin/touch /tmp/probe 2>/dev/null \
    && chroot --userspec="$user_spec" "$root" /usr/bin/touch "${image_volumes[0]}/probe" 2>/dev/null; then
    rm -f "$root${image_volumes[0]}/probe"
    pass "root filesystem read-only (docker run --read-only), VOLUME ${image_volumes[*]} writable by $user_spec"
else
    fail "read-only root with writable volumes could not be set up"
fi

# ---- 4. run it like `docker run -e MARSAD_PORT=$port` -----------------------------------------
port=$(free_port)
container_env=(PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
    HOSTNAME=marsad-check "HOME=$(chroot "$root" getent passwd "${user_spec%%:*}" | cut -d: -f6)"
    "${image_env[@]}" "MARSAD_PORT=$port")
in_image() { chroot --userspec="$user_spec" "$root" /usr/bin/env -i -C "$image_workdir" "${container_env[@]}" "$@"; }

base_url="http://127.0.0.1:$port"
start_container() { # log file; sets pid1_waiter (unshare) and pid1 (marsad, PID 1 inside)
    note "starting ${image_entrypoint[*]} as $user_spec on port $port"
    unshare --pid --fork --mount-proc="$root/proc" \
        chroot --userspec="$user_spec" "$root" /usr/bin/env -i -C "$image_workdir" "${container_env[@]}" \
        "${image_entrypoint[@]}" >"$1" 2>&1 &
    pid1_waiter=$!
    local _
    for _ in $(seq 1 300); do
        if curl -fsS -o /dev/null --max-time 1 "$base_url/healthz" 2>/dev/null; then
            pid1=$(pgrep -P "$pid1_waiter" | head -n1)
            return 0
        fi
        kill -0 "$pid1_waiter" 2>/dev/null || break
        sleep 0.1
    done
    cat "$1" >&2
    return 1
}
stop_container() { # signal; sets stop_status
    kill -s "${1#SIG}" "$pid1"
    stop_status=0
    wait "$pid1_waiter" || stop_status=$?
    pid1_waiter=""
}

pid1=""
stop_status=""
if start_container "$work/marsad.log"; then
    pass "GET /healthz from the host: $(curl -fsS "$base_url/healthz")"
else
    abort "marsad did not become healthy within 30s"
fi

pid1_ns=$(awk '/^NSpid:/ {print $NF}' "/proc/$pid1/status")
pid1_uid=$(awk '/^Uid:/ {print $2}' "/proc/$pid1/status")
pid1_exe=$(tr '\0' ' ' <"/proc/$pid1/cmdline")
if [[ $pid1_ns == 1 && $pid1_uid == "$run_uid" && $pid1_exe == "${image_entrypoint[0]}"* ]]; then
    pass "marsad is PID 1 of its namespace, uid $pid1_uid, $pid1_exe"
else
    fail "process: ns pid $pid1_ns, uid $pid1_uid, cmdline $pid1_exe"
fi

first_id=$(curl -fsS "$base_url/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])' || true)
article=$(curl -fsS "$base_url/api/articles/$first_id" 2>/dev/null | python3 -c 'import json,sys; a=json.load(sys.stdin); print(len(a["text"]), a["title"][:40])' 2>/dev/null || true)
if [[ -n $first_id && -n $article ]]; then
    pass "GET /api/articles/$first_id: $article"
else
    fail "GET an article (id '$first_id')"
fi
total=$(curl -fsS "$base_url/api/articles?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])' || echo 0)
seeds=$(find "$repo/seeds" -maxdepth 1 -name '*.txt' | wc -l)
if [[ $total -eq $seeds ]]; then pass "corpus from the image's seeds: $total articles"; else fail "corpus has $total articles, seeds/ has $seeds"; fi
if curl -fsS "$base_url/" | cmp -s - "$repo/Public/index.html"; then
    pass "GET / serves the image's Public/index.html"
else
    fail "GET / does not serve Public/index.html"
fi

if in_image "${image_healthcheck[@]}" >"$work/health.out" 2>&1; then
    pass "HEALTHCHECK ${image_healthcheck[*]} exits 0 inside the image"
else
    fail "HEALTHCHECK exits non-zero: $(cat "$work/health.out")"
fi
if in_image MARSAD_PORT="$(free_port)" "${image_healthcheck[@]}" >"$work/health.out" 2>&1; then
    fail "HEALTHCHECK reports healthy against a closed port"
else
    pass "HEALTHCHECK exits 1 against a closed port: $(tr -d '\n' <"$work/health.out" | cut -c1-80)"
fi

data_dir=""
for item in "${image_env[@]}"; do
    [[ $item == MARSAD_DATA=* ]] && data_dir=${item#MARSAD_DATA=}
done
journal_owner=$(stat -c %u "$root$data_dir/journal.log" 2>/dev/null || echo none)
if [[ -n $data_dir && $journal_owner == "$run_uid" && " ${image_volumes[*]} " == *" $data_dir "* ]]; then
    pass "MARSAD_DATA=$data_dir is a VOLUME, writable by uid $run_uid (journal.log created)"
else
    fail "MARSAD_DATA '$data_dir' (volumes: ${image_volumes[*]}, journal owner: $journal_owner)"
fi

# The entity model's weights reached the image (else the rules alone would run, with a warning).
if grep -q "entity model loaded" "$work/marsad.log"; then
    pass "entity model weights found in the image ($(grep -o 'entity model loaded ([0-9]* features)' "$work/marsad.log" | head -n1))"
else
    tail -n 20 "$work/marsad.log" >&2
    fail "entity model weights not found in the image"
fi

# ---- 5. docker stop: STOPSIGNAL to PID 1, expect exit status 0 --------------------------------
stop_started=$SECONDS
stop_container "$image_stopsignal"
if [[ $stop_status -eq 0 ]] && grep -q stopped "$work/marsad.log"; then
    pass "$image_stopsignal -> exit status 0 in $((SECONDS - stop_started))s"
else
    tail -n 20 "$work/marsad.log" >&2
    fail "$image_stopsignal -> exit status $stop_status"
fi

# ---- 6. a crash report reaches the log (SWIFT_BACKTRACE with the static backtracer) -----------
# A SIGSEGV sent from outside stands in for a crash. It is not fatal to a PID 1 whose handler
# returns (the kernel protects a namespace's init from signals it does not handle), unlike a real
# fault, so once the report is written the process is killed.
if start_container "$work/crash.log"; then
    kill -s SEGV "$pid1"
    for _ in $(seq 1 300); do
        grep -q -E '^Backtrace took' "$work/crash.log" && break
        sleep 0.1
    done
    if grep -q 'Program crashed' "$work/crash.log" && grep -q -E ' marsad +/usr/local/bin/marsad$' "$work/crash.log"; then
        pass "SIGSEGV -> crash report in the log: $(grep -m1 'Program crashed' "$work/crash.log" | tr -d '*' | xargs)"
    else
        tail -n 20 "$work/crash.log" >&2
        fail "SIGSEGV: no crash report in the log"
    fi
    kill -KILL "$pid1" 2>/dev/null || true
    wait "$pid1_waiter" 2>/dev/null || true
    pid1_waiter=""
else
    fail "second start for the crash-report check"
fi
note "marsad log: $(wc -l <"$work/marsad.log") lines; last: $(tail -n1 "$work/marsad.log")"
note "total $((SECONDS - started_at))s"
finish
