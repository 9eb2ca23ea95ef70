#!/usr/bin/python3
"""What the user sees, measured from outside the processes, for one or more builds of LabelJ (and labelImg
when a copy of it is given), interleaved launch by launch so a change in the machine's load hits all alike.

Input goes in through XTEST, as a keyboard would send it; drawing comes back as X DAMAGE events on the root
window; what is on the screen is read back one pixel at a time; files written are seen through inotify.
Nothing here knows an application's code. Needs python3-xlib and python3-numpy, an X server with openbox,
and the data OutsideBench generates (see --data).

  start-up   launch -> the first pixel of the first image on the screen (the start folders hold copies of one
             magenta picture; a calibration launch per app finds where it appears), on 1k / 10k / 100k images;
             with --kept-settings LabelJ starts with the settings file its calibration launch wrote, as every
             start after a user's first does (labelImg keeps its settings only when its window is closed)
  D          D pressed 15 times then A 15 times on 16 photos of 4000x3000 with 10 VOC boxes, at 2.5/s and held
             (8/s): press -> the pressed-for photo on the screen (each has a square of its own colour at its
             centre), and press -> the last drawing before the next press
  RSS        the peak resident set (VmHWM) of the process, and of its children, after those 60 presses
  save       Ctrl+S -> the annotation file renamed into place or closed after writing; the first of the
             process, 1.5 s after the window went quiet, then four more

Prints one JSON line per launch, then a table. Every row says the load average (1 min) around its launches.
"""
import argparse
import ctypes
import json
import os
import select
import shlex
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time

import numpy as np
from Xlib import X, XK, display
from Xlib.ext import damage, xtest

now = time.monotonic
MAGENTA = (225, 30, 225)
# the colour of the square at the centre of photo i (1-based), as OutsideBench paints them
ID_COLOURS = [(255, 0, 0), (0, 255, 0), (0, 0, 255), (255, 255, 0), (255, 0, 255), (0, 255, 255),
              (255, 85, 0), (255, 170, 0), (85, 255, 0), (170, 255, 0), (0, 255, 85), (0, 255, 170),
              (0, 85, 255), (0, 170, 255), (85, 0, 255), (170, 0, 255)]
IN_CLOSE_WRITE, IN_MOVED_TO = 0x8, 0x80


def load1():
    return os.getloadavg()[0]


def near(rgb, colour, tolerance=60):
    return all(abs(int(a) - b) <= tolerance for a, b in zip(rgb, colour))


def photo_of(rgb):
    for i, colour in enumerate(ID_COLOURS):
        if near(rgb, colour, 40):
            return i + 1
    return None


class Screen:
    """One connection to the X server: damage on the root window, pixels, keys, windows."""

    def __init__(self):
        self.dpy = display.Display()
        for extension in ("XTEST", "DAMAGE"):
            if not self.dpy.query_extension(extension).present:
                raise SystemExit("the X server has no %s extension" % extension)
        self.dpy.damage_query_version()
        self.root = self.dpy.screen().root
        self.root.change_attributes(event_mask=X.SubstructureNotifyMask)
        self.root.damage_create(damage.DamageReportRawRectangles)
        self.dpy.sync()

    def pixel(self, x, y):
        data = self.root.get_image(x, y, 1, 1, X.ZPixmap, 0xffffffff).data
        return data[2], data[1], data[0]

    def grab(self):
        geometry = self.root.get_geometry()
        image = self.root.get_image(0, 0, geometry.width, geometry.height, X.ZPixmap, 0xffffffff)
        pixels = np.frombuffer(image.data, np.uint8).reshape(geometry.height, geometry.width, 4)
        return pixels[:, :, [2, 1, 0]].astype(np.int16)

    def find(self, colour, tolerance=40):
        """the centre (x, y) of the pixels on screen within tolerance of colour, or None"""
        pixels = self.grab()
        mask = np.all(np.abs(pixels - np.array(colour, np.int16)) <= tolerance, axis=2)
        ys, xs = np.nonzero(mask)
        if len(xs) < 16:
            return None
        return int(np.median(xs)), int(np.median(ys))

    def keycode(self, name):
        return self.dpy.keysym_to_keycode(XK.string_to_keysym(name))

    def key(self, code, modifiers=()):
        for m in modifiers:
            xtest.fake_input(self.dpy, X.KeyPress, m)
        sent = now()
        xtest.fake_input(self.dpy, X.KeyPress, code)
        xtest.fake_input(self.dpy, X.KeyRelease, code)
        for m in reversed(modifiers):
            xtest.fake_input(self.dpy, X.KeyRelease, m)
        self.dpy.sync()
        return sent

    def client_message(self, window, kind, data):
        from Xlib.protocol import event as xevent
        message = xevent.ClientMessage(window=window, client_type=self.dpy.intern_atom(kind), data=(32, data))
        self.root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
        self.dpy.sync()


class Launch:
    """One run of an app: its process, its window, and every drawing and probe change with its time."""

    def __init__(self, screen, app, image_dir, save_dir, probe=None, classify=None):
        self.screen = screen
        self.probe, self.classify = probe, classify
        self.events = []          # (time, 'damage', None) / (time, 'probe', label)
        self.label = None
        self.mapped = None
        self.frame = None
        self.home = tempfile.mkdtemp(prefix="outside-home-")
        if app.labelj and app.kept.get(image_dir):
            with open(os.path.join(self.home, "settings.json"), "wb") as out:
                out.write(app.kept[image_dir])
        command, cwd = app.command(image_dir, save_dir, self.home)
        while screen.dpy.pending_events():
            screen.dpy.next_event()
        self.load = load1()
        self.t0 = now()
        env = dict(os.environ, HOME=self.home)
        self.proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                                     stderr=open(os.path.join(self.home, "stderr"), "w"))

    def pump(self, timeout):
        select.select([self.screen.dpy], [], [], max(0.0, timeout))
        while self.screen.dpy.pending_events():
            event = self.screen.dpy.next_event()
            t = now()
            if event.type == X.MapNotify and self.mapped is None and not event.override:
                self.mapped, self.frame = t, event.window
            elif type(event).__name__ == "DamageNotify" and self.mapped is not None:
                self.events.append((t, "damage", None))
                a = event.area
                if self.probe and a.x <= self.probe[0] < a.x + a.width and a.y <= self.probe[1] < a.y + a.height:
                    label = self.classify(self.screen.pixel(*self.probe))
                    if label != self.label:
                        self.label = label
                        self.events.append((t, "probe", label))

    def alive(self):
        if self.proc.poll() is not None:
            tail = open(os.path.join(self.home, "stderr"), errors="replace").read()[-1500:]
            raise SystemExit("the app exited (status %d): %s" % (self.proc.returncode, tail))

    def wait_map(self, cap=120.0):
        while self.mapped is None and now() - self.t0 < cap:
            self.alive()
            self.pump(0.02)
        if self.mapped is None:
            raise SystemExit("no window in %.0f s" % cap)

    def wait_label(self, wanted, cap):
        start = now()
        while self.label != wanted and now() - start < cap:
            self.alive()
            self.pump(0.01)
        return self.label == wanted

    def settle(self, quiet, cap):
        """until no drawing for `quiet` s (at most cap s)"""
        start = now()
        while now() - start < cap:
            self.pump(0.01)
            last = max([t for t, k, _ in self.events if k == "damage"] + [start])
            if now() - last >= quiet:
                return

    def client(self):
        """the app's own window inside the window manager's frame (the one with WM_STATE)"""
        state = self.screen.dpy.intern_atom("WM_STATE")
        todo = [self.frame]
        while todo:
            window = todo.pop()
            if window.get_full_property(state, X.AnyPropertyType) is not None:
                return window
            todo.extend(window.query_tree().children)
        return self.frame

    def focus_and_maximise(self):
        client = self.client()
        self.screen.client_message(client, "_NET_WM_STATE", [1, self.screen.dpy.intern_atom("_NET_WM_STATE_MAXIMIZED_VERT"),
                                                              self.screen.dpy.intern_atom("_NET_WM_STATE_MAXIMIZED_HORZ"), 1, 0])
        self.screen.client_message(client, "_NET_ACTIVE_WINDOW", [2, X.CurrentTime, 0, 0, 0])

    def peak_rss_mb(self):
        """the peak resident set of the process and its children (java -jar opens the window in a child JVM):
        the sum of each one's peak, so never less than what they held at once"""
        total, todo = 0, [self.proc.pid]
        while todo:
            pid = todo.pop()
            try:
                for line in open("/proc/%d/status" % pid):
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
                for task in os.listdir("/proc/%d/task" % pid):
                    todo.extend(int(c) for c in open("/proc/%d/task/%s/children" % (pid, task)).read().split())
            except OSError:
                continue
        return total / 1024.0 if total else None

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.pump(0.05)

    def settings(self):
        """the settings file LabelJ wrote (once stopped), or None"""
        try:
            with open(os.path.join(self.home, "settings.json"), "rb") as written:
                return written.read()
        except OSError:
            return None

    def remove(self):
        shutil.rmtree(self.home, ignore_errors=True)


class App:
    """How to start one app with IMAGE_DIR CLASS_FILE SAVE_DIR (labelImg's three arguments)."""

    def __init__(self, name, prefix, cwd, classes, labelj):
        self.name, self.prefix, self.cwd, self.classes, self.labelj = name, prefix, cwd, classes, labelj
        self.probes = {}
        self.kept = {}      # image folder -> the settings file a calibration launch wrote (--kept-settings)

    def command(self, image_dir, save_dir, home):
        command = self.prefix + [image_dir, self.classes, save_dir]
        if self.labelj:
            command += ["--settings", os.path.join(home, "settings.json")]
        return command, self.cwd


def startup(screen, app, folder, data, keep_settings=False):
    images = os.path.join(data, folder, "images")
    probe = app.probes.get(folder)
    classify = lambda rgb: "image" if near(rgb, MAGENTA) else None
    launch = Launch(screen, app, images, os.path.join(data, folder), probe, classify)
    try:
        launch.wait_map()
        if probe is None:       # calibration: where the first image appears, untimed
            # an app may map its window and then draw nothing for seconds while it lists the folder (labelImg on
            # 100,000 images): look again after each quiet spell until the picture is there
            deadline = now() + 120
            app.probes[folder] = None
            while app.probes[folder] is None and now() < deadline:
                launch.alive()
                launch.settle(2.0, 120)
                app.probes[folder] = screen.find(MAGENTA)
            if app.probes[folder] is None:
                raise SystemExit("%s: the first image of %s never appeared" % (app.name, folder))
            return None
        launch.wait_label("image", 120)
        painted = next(t for t, k, label in launch.events if k == "probe" and label == "image")
        return dict(kind="startup", app=app.name, folder=folder, load1=launch.load,
                    map_ms=(launch.mapped - launch.t0) * 1000, painted_ms=(painted - launch.t0) * 1000)
    finally:
        launch.stop()
        if probe is None and keep_settings and app.labelj:
            app.kept[images] = launch.settings()
            if app.kept[images] is None:
                raise SystemExit("%s: the calibration start of %s wrote no settings file" % (app.name, folder))
        launch.remove()


def presses(launch, screen, interval, count=15):
    """count x D then count x A, `interval` s apart; per press: to the photo asked for, to the last drawing"""
    rows = []
    for key, step in (("d", 1), ("a", -1)):
        code = screen.keycode(key)
        start = launch.label or 1
        sent = []
        due = now() + 0.05
        for i in range(count):
            while now() < due:
                launch.pump(min(0.005, due - now()))
            sent.append((screen.key(code), max(1, min(16, start + step * (i + 1)))))
            due += interval
        launch.settle(1.0, 30)
        ends = [t for t, _ in sent[1:]] + [now()]
        for (t, target), end in zip(sent, ends):
            shown = next((pt for pt, k, label in launch.events if k == "probe" and pt >= t and label == target), None)
            drawn = [pt for pt, k, _ in launch.events if k == "damage" and t <= pt < end]
            rows.append(dict(shown=(shown - t) * 1000 if shown else None,
                             complete=(drawn[-1] - t) * 1000 if drawn else None))
        last_shown = max((pt for pt, k, label in launch.events if k == "probe" and label == sent[-1][1]), default=None)
        rows[-1]["lag_after_last"] = (last_shown - sent[-1][0]) * 1000 if last_shown else None
    return rows


def browse(screen, app, data):
    """D at 2.5/s, then held (8/s), in one process; then its peak RSS"""
    images = os.path.join(data, "large16", "images")
    launch = Launch(screen, app, images, os.path.join(data, "large16"), None, photo_of)
    try:
        launch.wait_map()
        launch.settle(1.5, 60)
        launch.focus_and_maximise()
        launch.settle(1.0, 10)
        launch.probe = screen.find(ID_COLOURS[0])
        if launch.probe is None:
            raise SystemExit("%s: photo 1 is not on the screen" % app.name)
        launch.label = photo_of(screen.pixel(*launch.probe))
        paced = presses(launch, screen, 0.4)
        held = presses(launch, screen, 0.125)
        return dict(kind="browse", app=app.name, load1=launch.load, paced=paced, held=held,
                    peak_rss_mb=launch.peak_rss_mb(), load1_end=load1())
    finally:
        launch.stop()
        launch.remove()


class Inotify:
    def __init__(self, folder):
        self.libc = ctypes.CDLL("libc.so.6", use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        self.libc.inotify_add_watch(self.fd, folder.encode(), IN_CLOSE_WRITE | IN_MOVED_TO)

    def names(self):
        out = []
        try:
            buf = os.read(self.fd, 65536)
        except BlockingIOError:
            return out
        i = 0
        while i < len(buf):
            _, _, _, length = struct.unpack_from("iIII", buf, i)
            out.append(buf[i + 16:i + 16 + length].rstrip(b"\0").decode())
            i += 16 + length
        return out

    def close(self):
        os.close(self.fd)


def save(screen, app, data, count=5):
    base = os.path.join(data, "save3")
    for name in os.listdir(os.path.join(data, "large16")):
        if name.endswith(".xml") and name <= "photo_03.xml":
            shutil.copyfile(os.path.join(data, "large16", name), os.path.join(base, name))
    # on the disk before the app starts: else the app's first fsync also writes these copies out
    os.sync()
    launch = Launch(screen, app, os.path.join(base, "images"), base)
    watch = Inotify(base)
    try:
        launch.wait_map()
        launch.settle(1.5, 60)
        launch.focus_and_maximise()
        launch.settle(0.5, 10)
        ctrl, s = screen.keycode("Control_L"), screen.keycode("s")
        times = []
        for _ in range(count):
            watch.names()
            sent = screen.key(s, (ctrl,))
            seen = None
            while seen is None and now() - sent < 5:
                select.select([watch.fd], [], [], 0.05)
                if "photo_01.xml" in watch.names():
                    seen = now()
            times.append((seen - sent) * 1000 if seen else None)
            launch.settle(0.5, 5)
        return dict(kind="save", app=app.name, load1=launch.load, first=times[0], rest=times[1:])
    finally:
        watch.close()
        launch.stop()
        launch.remove()


def pct(values, p):
    values = sorted(v for v in values if v is not None)
    if not values:
        return float("nan")
    k = (len(values) - 1) * p / 100.0
    f = int(k)
    c = min(f + 1, len(values) - 1)
    return values[f] + (values[c] - values[f]) * (k - f)


def span(values, fmt="%.0f"):
    values = [v for v in values if v is not None]
    if not values:
        return "-"
    return fmt % min(values) if min(values) == max(values) else (fmt + "-" + fmt) % (min(values), max(values))


def table(results, apps, out):
    names = [a.name for a in apps]
    out.write("\n| measurement | " + " | ".join(names) + " |\n|---|" + "---|" * len(names) + "\n")

    def row(what, cell):
        cells = []
        for name in names:
            mine = [r for r in results if r["app"] == name]
            cells.append(cell(mine) if mine else "-")
        out.write("| %s | %s |\n" % (what, " | ".join(cells)))

    def loads(rs):
        return " (load %s)" % span([r["load1"] for r in rs], "%.2f") if rs else ""

    for folder in ("start1k", "start10k", "start100k"):
        row("start -> first image painted, %s images, ms median (min-max)" % folder[5:],
            lambda rs, f=folder: (lambda s: "%.0f (%s)%s" % (statistics.median([r["painted_ms"] for r in s]),
                                                            span([r["painted_ms"] for r in s]), loads(s)) if s else "-")(
                [r for r in rs if r["kind"] == "startup" and r["folder"] == f]))
    for pace, what in (("paced", "D/A at 2.5/s"), ("held", "D/A held (8/s)")):
        for measure, words in (("shown", "to the photo on screen"), ("complete", "to the last drawing")):
            row("%s %s, ms median / p95" % (what, words),
                lambda rs, p=pace, m=measure: (lambda b: "%.0f / %.0f%s" % (
                    pct([x[m] for r in b for x in r[p]], 50), pct([x[m] for r in b for x in r[p]], 95), loads(b))
                    if b else "-")([r for r in rs if r["kind"] == "browse"]))
        row("%s, after the last press until its photo shows, ms" % what,
            lambda rs, p=pace: span([x.get("lag_after_last") for r in rs if r["kind"] == "browse" for x in r[p]
                                     if "lag_after_last" in x]))
    row("peak RSS after 60 presses through 12 MP photos, MB",
        lambda rs: span([r["peak_rss_mb"] for r in rs if r["kind"] == "browse"]))
    row("first Ctrl+S -> file on disk, ms", lambda rs: (lambda s: "%s%s" % (span([r["first"] for r in s], "%.1f"), loads(s))
                                                       if s else "-")([r for r in rs if r["kind"] == "save"]))
    row("later Ctrl+S, ms median", lambda rs: "%.1f" % pct([x for r in rs if r["kind"] == "save" for x in r["rest"]], 50))


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, help="folder OutsideBench generated")
    parser.add_argument("--app", action="append", default=[], metavar="NAME=COMMAND",
                        help="a LabelJ build to measure: a name and the command that starts it (before its arguments)")
    parser.add_argument("--labelimg", help="a folder holding labelImg.py (measured beside LabelJ when given)")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument("--browse-runs", type=int, default=2)
    parser.add_argument("--save-runs", type=int, default=3)
    parser.add_argument("--parts", default="startup,browse,save")
    parser.add_argument("--folders", default="start1k,start10k,start100k", help="the start-up folders to measure")
    parser.add_argument("--kept-settings", action="store_true",
                        help="LabelJ starts with the settings file its calibration start wrote, not with none")
    return parser.parse_args()


def main():
    args = parse_args()
    classes = os.path.join(args.data, "classes.txt")
    apps = []
    for spec in args.app:
        name, command = spec.split("=", 1)
        apps.append(App(name, shlex.split(command), None, classes, True))
    if args.labelimg:
        apps.append(App("labelImg", [sys.executable, "labelImg.py"], args.labelimg, classes, False))
    screen = Screen()
    results = []

    def record(result):
        if result is not None:
            results.append(result)
            print(json.dumps(result), flush=True)

    if "startup" in args.parts:
        for folder in args.folders.split(","):
            for app in apps:
                startup(screen, app, folder, args.data, args.kept_settings)  # calibrates, warms the file cache
            for _ in range(args.startup_runs):
                for app in apps:
                    record(startup(screen, app, folder, args.data))
    if "browse" in args.parts:
        for _ in range(args.browse_runs):
            for app in apps:
                record(browse(screen, app, args.data))
    if "save" in args.parts:
        for _ in range(args.save_runs):
            for app in apps:
                record(save(screen, app, args.data))
    table(results, apps, sys.stdout)


if __name__ == "__main__":
    main()
