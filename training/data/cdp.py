"""A headless Chromium kept alive for many screenshots, driven over the DevTools protocol on a pipe.

`--remote-debugging-pipe` makes Chromium read protocol messages from its fd 3 and write to its fd 4, each message a
JSON object ended by a NUL byte; no network port, no websocket library. One page (target) is reused for every shot."""
import base64
import json
import os
import select
import shutil
import subprocess
import tempfile
import time

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--mute-audio", "--allow-file-access-from-files",
         "--remote-debugging-pipe"]


def chromium_path():
    return os.environ.get("GLANCE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


class Chromium:
    def __init__(self, exe=None, timeout=30.0):
        exe = exe or chromium_path()
        if not exe:
            raise RuntimeError("no chromium: apt-get install chromium, or set GLANCE_CHROMIUM")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="glance-chromium-")
        to_browser_r, self._w = os.pipe()
        self._r, from_browser_w = os.pipe()

        def fds():  # the browser's fd 3 is what we write, its fd 4 what we read
            a, b = os.dup(to_browser_r), os.dup(from_browser_w)  # neither can be 3 or 4 by then
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.proc = subprocess.Popen([exe] + FLAGS + ["--user-data-dir=" + self.profile, "about:blank"],
                                     stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=None if os.environ.get("GLANCE_CHROMIUM_LOG") else subprocess.DEVNULL,
                                     preexec_fn=fds, pass_fds=(3, 4))  # kept open past the preexec step
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buf = b""
        self._id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def _read_message(self, deadline):
        while b"\0" not in self._buf:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutError("chromium did not answer")
            ready, _, _ = select.select([self._r], [], [], left)
            if ready:
                chunk = os.read(self._r, 1 << 20)
                if not chunk:
                    raise RuntimeError("chromium exited (code %s)" % self.proc.poll())
                self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def call(self, method, session=False, **params):
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self.session
        data = json.dumps(msg).encode() + b"\0"
        while data:
            data = data[os.write(self._w, data):]
        deadline = time.time() + self.timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self._id:
                if "error" in m:
                    raise RuntimeError("%s: %s" % (method, m["error"].get("message")))
                return m.get("result", {})
            if "method" in m:
                self.events.append(m["method"])

    def wait_event(self, name):
        deadline = time.time() + self.timeout
        while name not in self.events:
            m = self._read_message(deadline)
            if "method" in m:
                self.events.append(m["method"])
        self.events.clear()

    def shot(self, url, width, height, scale, script):
        """Loads url in a width x height CSS-pixel viewport at scale device pixels per CSS pixel, runs script (an
        expression whose value is JSON-able) once fonts are ready; returns (PNG bytes, script value)."""
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=int(width), height=int(height),
                  deviceScaleFactor=float(scale), mobile=False)
        self.events.clear()
        self.call("Page.navigate", session=True, url=url)
        self.wait_event("Page.loadEventFired")
        self.call("Runtime.evaluate", session=True, expression="document.fonts.ready.then(() => 1)",
                  awaitPromise=True)
        value = self.call("Runtime.evaluate", session=True, expression=script, returnByValue=True)
        if "exceptionDetails" in value:
            raise RuntimeError("page script failed: %s" % value["exceptionDetails"].get("text"))
        png = self.call("Page.captureScreenshot", session=True, format="png")["data"]
        return base64.b64decode(png), value["result"].get("value")

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        for fd in (self._r, self._w):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self.profile, ignore_errors=True)
