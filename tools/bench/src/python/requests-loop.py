"""Python Requests on one Session for gzip-cpu.mjs: reads "text N" or "json N" lines, makes N
GETs of the URL decoding each body that way, and answers "<CPU µs> <wall µs>" for the N."""
import sys
import time

import requests

url = sys.argv[1]
session = requests.Session()
session.get(url).json()
print("ready", flush=True)
for line in sys.stdin:
    kind, count = line.split()
    cpu = time.process_time()
    wall = time.perf_counter()
    for _ in range(int(count)):
        r = session.get(url)
        r.text if kind == "text" else r.json()
    cpu_us = (time.process_time() - cpu) * 1e6
    wall_us = (time.perf_counter() - wall) * 1e6
    print(f"{cpu_us:.0f} {wall_us:.0f}", flush=True)
