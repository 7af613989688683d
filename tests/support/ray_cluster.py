"""A real Ray cluster on loopback addresses for tests: a head on 127.0.0.2 and nodes on 127.0.0.3...

(127.0.0.1 is rewritten by Ray to the machine's interface address.) Token authentication is on
with a random token, in the environment of every node and of the driver (`cluster.env`). Each
node is started in a process group of its own (`ray start` and everything it spawns: GCS, raylet,
workers), so `kill_node` kills exactly one node's processes and `stop` tears the whole cluster
down by those group ids, never by name (`ray stop --force` would also end other Ray instances
of this user on the machine).

The GCS checks each raylet's health every second and declares a node dead after 3 missed
checks (Ray's default: every 3 s, 5 misses: a node killed -9 stalled its tasks for about 15 s
before Ray moved them). A node killed on purpose is started again with `restart_node`.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RAY = str(Path(sys.executable).with_name("ray"))


def free_port(host: str = "127.0.0.2") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class RayCluster:
    def __init__(self, extra_env: dict | None = None):
        self.token = secrets.token_hex(32)
        self.temp = tempfile.mkdtemp(prefix="rt")  # short: Ray's unix socket paths must stay < 108 chars
        self.env = {
            "RAY_AUTH_MODE": "token",
            "RAY_AUTH_TOKEN": self.token,
            "YOLO_OFFLINE": "1",
            "RAY_USAGE_STATS_ENABLED": "0",
            # a node killed -9 is noticed in about 3 s (the GCS reads these when it starts)
            "RAY_health_check_period_ms": "1000",
            "RAY_health_check_timeout_ms": "2000",
            "RAY_health_check_failure_threshold": "3",
            **(extra_env or {}),
        }
        self.port = free_port()
        self.address = f"127.0.0.2:{self.port}"
        self.groups: dict[str, int] = {}  # node ip -> process group id

    def _start(self, ip: str, args: list[str]) -> None:
        env = dict(os.environ, **self.env)
        env.pop("RAY_ADDRESS", None)
        p = subprocess.Popen(
            [
                RAY,
                "start",
                f"--node-ip-address={ip}",
                "--num-cpus=1",
                "--disable-usage-stats",
                f"--dashboard-agent-listen-port={free_port(ip)}",
                *args,
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.groups[ip] = p.pid
        out, _ = p.communicate(timeout=120)
        if p.returncode != 0:
            raise RuntimeError(f"ray start on {ip} failed:\n{out[-3000:]}")

    def start(self, nodes: int = 2) -> RayCluster:
        self._start(
            "127.0.0.2", ["--head", f"--port={self.port}", "--include-dashboard=false", f"--temp-dir={self.temp}"]
        )
        for k in range(1, nodes):
            self._start(f"127.0.0.{2 + k}", [f"--address={self.address}"])
        self.wait_nodes(nodes)
        return self

    def restart_node(self, ip: str) -> None:
        """A node (not the head) killed -9, by `kill_node` here or in a driver process, joins again:
        what is left of its process group is killed, a new raylet starts on `ip`, and this returns
        once the GCS counts as many live nodes as before (the old one declared dead)."""
        n = len(self.groups | {ip: 0})
        if ip in self.groups:
            self.kill_node(ip)
        self._start(ip, [f"--address={self.address}"])
        self.wait_nodes(n)

    def alive_nodes(self) -> int:
        code = (
            "import ray; ray.init(address='%s', logging_level='ERROR'); "
            "print(sum(1 for n in ray.nodes() if n['Alive']))" % self.address
        )
        r = subprocess.run(
            [sys.executable, "-c", code], env=dict(os.environ, **self.env), capture_output=True, text=True, timeout=60
        )
        return int(r.stdout.strip().splitlines()[-1]) if r.returncode == 0 and r.stdout.strip() else -1

    def wait_nodes(self, n: int, timeout: float = 60) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.alive_nodes() == n:
                return
            time.sleep(0.5)
        raise RuntimeError(f"the Ray cluster did not reach {n} nodes")

    def logs(self, lines: int = 30) -> str:
        """The last lines of the GCS's and each raylet's logs (a test failing on a lost cluster shows them)."""
        out = []
        for f in sorted(Path(self.temp).glob("session_2*/logs/*")):  # not session_latest: the same folder
            if f.name.startswith(("gcs_server", "raylet")) and f.suffix in (".out", ".err") and f.stat().st_size:
                text = f.read_text(errors="replace").splitlines()
                # without the periodic state dumps ("[state-dump]", indented counters, "- objects ...")
                tail = [ln for ln in text if ln.strip() and not ln.startswith(("[state-dump]", "\t", "- "))][-lines:]
                out.append(f"--- {f.parent.parent.name}/logs/{f.name} (last {len(tail)} lines) ---\n" + "\n".join(tail))
        return "\n".join(out) or f"(no GCS or raylet logs under {self.temp})"

    def kill_node(self, ip: str) -> None:
        """kill -9 one node's raylet, object store and workers (its whole process group)."""
        pgid = self.groups.pop(ip)
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def stop(self) -> None:
        groups = list(self.groups.values())
        for ip in list(self.groups):
            self.kill_node(ip)
        # the temp folder goes once its writers are gone (a raylet still dying wrote into it again)
        end = time.monotonic() + 5
        while groups and time.monotonic() < end:
            groups = [g for g in groups if _group_alive(g)]
            time.sleep(0.05)
        shutil.rmtree(self.temp, ignore_errors=True)

    def __enter__(self) -> RayCluster:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()
