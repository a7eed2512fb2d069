#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Times a program from its start to its first visible top-level window.

    firstwindow.py [--timeout S] [--until TEXT] -- PROGRAM [ARGS...]

Prints the milliseconds from just before the program is started to the X
server's MapNotify of the first window it maps on the root (menus and
tooltips, which are override-redirect, do not count), then ends the program.
With --until, it first waits for a line holding TEXT on the program's
standard error and prints that line after the number.
Runs on the display in $DISPLAY (scripts/bench-startup.sh gives it a fresh
Xvfb with no window manager, so a mapped top-level window is a visible one).
The same measurement serves every program timed, so the numbers compare.
Exit status 1, with a message, when no window appears in time.
"""
import ctypes
import os
import select
import signal
import subprocess
import sys
import time

SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
MAP_NOTIFY = 19


class XMapEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("event", ctypes.c_ulong),
        ("window", ctypes.c_ulong),
        ("override_redirect", ctypes.c_int),
    ]


class XEvent(ctypes.Union):
    _fields_ = [("type", ctypes.c_int), ("xmap", XMapEvent), ("pad", ctypes.c_long * 24)]


def xlib():
    lib = ctypes.cdll.LoadLibrary("libX11.so.6")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XDefaultRootWindow.restype = ctypes.c_ulong
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
    lib.XConnectionNumber.argtypes = [ctypes.c_void_p]
    lib.XPending.argtypes = [ctypes.c_void_p]
    lib.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.POINTER(XEvent)]
    lib.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    return lib


def main(argv):
    timeout = 20.0
    until = None
    while argv[:1] in (["--timeout"], ["--until"]):
        if argv[0] == "--timeout":
            timeout = float(argv[1])
        else:
            until = argv[1]
        argv = argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    x = xlib()
    display = x.XOpenDisplay(None)
    if not display:
        print("firstwindow: cannot open display %r" % os.environ.get("DISPLAY"), file=sys.stderr)
        return 1
    x.XSelectInput(display, x.XDefaultRootWindow(display), SUBSTRUCTURE_NOTIFY_MASK)
    x.XSync(display, 0)
    fd = x.XConnectionNumber(display)
    event = XEvent()

    start = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE if until else subprocess.DEVNULL,
                             start_new_session=True)
    elapsed = None
    line = None
    try:
        while elapsed is None:
            while x.XPending(display):
                x.XNextEvent(display, ctypes.byref(event))
                if event.type == MAP_NOTIFY and not event.xmap.override_redirect:
                    elapsed = time.monotonic() - start
                    break
            if elapsed is not None:
                break
            left = timeout - (time.monotonic() - start)
            if left <= 0 or child.poll() is not None:
                break
            select.select([fd], [], [], min(left, 0.5))
        while elapsed is not None and until and line is None:
            text = child.stderr.readline()
            if not text:
                break
            if until.encode() in text:
                line = text.decode(errors="replace").strip()
    finally:
        try:
            os.killpg(child.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(child.pid, signal.SIGKILL)
            child.wait()
        x.XCloseDisplay(display)
    if elapsed is None:
        print("firstwindow: %s showed no window within %.0f s (exit status %s)"
              % (argv[0], timeout, child.returncode), file=sys.stderr)
        return 1
    if until and line is None:
        print("firstwindow: %s printed no line with %r" % (argv[0], until), file=sys.stderr)
        return 1
    print(round(elapsed * 1000), line or "")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
