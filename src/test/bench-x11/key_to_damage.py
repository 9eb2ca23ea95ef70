#!/usr/bin/python3
"""Key press to the last repaint on screen, measured from outside the application's process.

Starts the command given after "--", waits for its window and for the first image to be painted, then
sends key presses through the X server's XTEST extension, as a keyboard would, and watches the screen
with the DAMAGE extension: a press's latency is the time from sending it until the last damage event
of the repaint that follows, the repaint being over once the screen stayed quiet for --quiet-ms.
Presses go forward (--forward-key) through the folder and then back (--back-key), --interval-ms apart.
Each press must change the window title (the next image's name), else the run fails.

Prints one "latency_ms VALUE" line per press, then a summary. Needs python3-xlib.
"""
import argparse
import os
import select
import subprocess
import sys
import time

from Xlib import X, XK, display
from Xlib.ext import damage, xtest


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=15, help="presses in each direction")
    parser.add_argument("--interval-ms", type=float, default=400.0, help="from one press to the next (2.5/s)")
    parser.add_argument("--quiet-ms", type=float, default=350.0, help="no damage this long ends a repaint")
    parser.add_argument("--forward-key", default="d")
    parser.add_argument("--back-key", default="a")
    parser.add_argument("--title", default="", help="text the window title contains once the app is up")
    parser.add_argument("--maximize", action="store_true", help="ask the window manager to maximise the window")
    parser.add_argument("--rects", action="store_true", help="print each damaged rectangle (where the time goes)")
    parser.add_argument("--startup-timeout", type=float, default=60.0)
    parser.add_argument("command", nargs=argparse.REMAINDER, help="-- then the command that starts the app")
    args = parser.parse_args()
    if args.command and args.command[0] == "--":
        args.command = args.command[1:]
    if not args.command:
        parser.error("no command given after --")
    return args


def window_title(disp, window):
    """The UTF-8 _NET_WM_NAME when set, else WM_NAME."""
    try:
        net_name = window.get_full_property(disp.intern_atom("_NET_WM_NAME"), disp.intern_atom("UTF8_STRING"))
        if net_name is not None and net_name.value:
            value = net_name.value
            return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)
        name = window.get_wm_name()
        return name.decode("latin-1") if isinstance(name, bytes) else (name or "")
    except Exception:  # the window went away between the tree query and the read
        return ""


def find_window(disp, pid, title):
    """A mapped client window of the process (by _NET_WM_PID, else by its title)."""
    pid_atom = disp.intern_atom("_NET_WM_PID")
    stack = [disp.screen().root]
    while stack:
        window = stack.pop()
        try:
            children = window.query_tree().children
            attributes = window.get_attributes()
        except Exception:
            continue
        stack.extend(children)
        if attributes.map_state != X.IsViewable:
            continue
        name = window_title(disp, window)
        if not name:
            continue
        owner = window.get_full_property(pid_atom, X.AnyPropertyType)
        if owner is not None and owner.value and owner.value[0] == pid and title in name:
            return window
        if owner is None and title and title in name:
            return window
    return None


def maximize(disp, window):
    """The EWMH request a window manager maximises a window on (openbox honours it)."""
    from Xlib.protocol import event as xevent
    state = disp.intern_atom("_NET_WM_STATE")
    both = [disp.intern_atom("_NET_WM_STATE_MAXIMIZED_VERT"), disp.intern_atom("_NET_WM_STATE_MAXIMIZED_HORZ")]
    message = xevent.ClientMessage(window=window, client_type=state, data=(32, [1, both[0], both[1], 1, 0]))
    disp.screen().root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
    disp.sync()


def activate(disp, window):
    """Asks the window manager to activate (raise and focus) the window, as a pager or a click would."""
    from Xlib.protocol import event as xevent
    active = disp.intern_atom("_NET_ACTIVE_WINDOW")
    message = xevent.ClientMessage(window=window, client_type=active, data=(32, [2, X.CurrentTime, 0, 0, 0]))
    disp.screen().root.send_event(message, event_mask=X.SubstructureRedirectMask | X.SubstructureNotifyMask)
    disp.sync()


def wait_quiet(disp, quiet_s, limit_s, rects=None):
    """Reads events until no damage arrived for quiet_s; returns (time of the last damage or None, count).

    With rects (a list), each damaged rectangle is appended to it as (seconds since the start, x, y, w, h)."""
    last = None
    count = 0
    start = time.monotonic()
    while True:
        now = time.monotonic()
        since = now - (last if last is not None else start)
        if since >= quiet_s and (last is not None or now - start >= limit_s or now - start >= quiet_s * 4):
            return last, count
        timeout = max(0.0, quiet_s - since) if last is not None else max(0.001, quiet_s * 4 - (now - start))
        if disp.pending_events() == 0:
            select.select([disp.fileno()], [], [], timeout)
        while disp.pending_events() > 0:
            event = disp.next_event()
            if event.type == disp.extension_event.DamageNotify:
                last = time.monotonic()
                count += 1
                if rects is not None:
                    area = event.area
                    rects.append((last - start, area.x, area.y, area.width, area.height))


def press(disp, keycode):
    xtest.fake_input(disp, X.KeyPress, keycode)
    xtest.fake_input(disp, X.KeyRelease, keycode)
    disp.flush()


def percentile(values, p):
    ranked = sorted(values)
    rank = max(1, min(len(ranked), int(-(-p * len(ranked) // 100))))
    return ranked[rank - 1]


def measure(args, disp, app_window, proc):
    quiet = args.quiet_ms / 1000.0
    latencies = []
    plan = [args.forward_key] * args.presses + [args.back_key] * args.presses
    keycodes = {key: disp.keysym_to_keycode(XK.string_to_keysym(key)) for key in set(plan)}
    for number, key in enumerate(plan, 1):
        if proc.poll() is not None:
            raise SystemExit("the application exited during the run (status %d)" % proc.returncode)
        before = window_title(disp, app_window)
        sent = time.monotonic()
        press(disp, keycodes[key])
        rects = [] if args.rects else None
        last, count = wait_quiet(disp, quiet, 5.0, rects)
        after = window_title(disp, app_window)
        if last is None or after == before:
            raise SystemExit("press %d (%s): no repaint seen (title %r -> %r, %d damage events)"
                             % (number, key, before, after, count))
        latency = (last - sent) * 1000.0
        latencies.append(latency)
        print("latency_ms %.1f key %s damage_events %d title %s" % (latency, key, count, after), flush=True)
        for at, x, y, w, h in rects or []:
            print("    %7.1f ms  %4dx%-4d at %d,%d" % (at * 1000.0, w, h, x, y), flush=True)
        pause = sent + args.interval_ms / 1000.0 - time.monotonic()
        if pause > 0:
            time.sleep(pause)
    return latencies


def main():
    args = parse_args()
    disp = display.Display()
    for extension in ("XTEST", "DAMAGE"):
        if not disp.query_extension(extension).present:
            raise SystemExit("the X server has no %s extension" % extension)
    disp.damage_query_version()
    root = disp.screen().root
    proc = subprocess.Popen(args.command, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + args.startup_timeout
        app_window = None
        while app_window is None:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("no window of %r appeared" % args.command)
            time.sleep(0.2)
            app_window = find_window(disp, proc.pid, args.title)
        if args.maximize:
            maximize(disp, app_window)
        # the whole screen: the app's window, its children and the window manager's frame
        root.damage_create(damage.DamageReportRawRectangles)
        wait_quiet(disp, 2.0, 30.0)  # the first image and whatever start-up paints follow it
        # keyboard focus to the window, as a user's click on it would give (then let its repaint settle)
        activate(disp, app_window)
        wait_quiet(disp, 0.5, 5.0)
        print("window: %s (pid %d)" % (window_title(disp, app_window), proc.pid), flush=True)
        latencies = measure(args, disp, app_window, proc)
        print("summary: n %d median_ms %.1f p95_ms %.1f max_ms %.1f"
              % (len(latencies), percentile(latencies, 50), percentile(latencies, 95), max(latencies)), flush=True)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    sys.exit(main())
