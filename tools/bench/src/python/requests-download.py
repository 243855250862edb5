"""Python Requests downloading one URL (issue 17's comparison): three rounds each of
`iter_content(65536)` and `content`, printing CPU µs per MiB (this process) and MiB/s.

    node src/server/main.mjs            # the bench server: prints {"port": N}
    python3 src/python/requests-download.py http://127.0.0.1:N/download?size=67108864
"""
import sys
import time

import requests

url = sys.argv[1]
session = requests.Session()
for mode in ["iter_content(65536)", "content"] * 3:
    cpu = time.process_time()
    wall = time.perf_counter()
    if mode == "content":
        size = len(session.get(url).content)
    else:
        size = 0
        for chunk in session.get(url, stream=True).iter_content(65536):
            size += len(chunk)
    mib = size / 1048576
    cpu_per_mib = (time.process_time() - cpu) * 1e6 / mib
    print(f"{mode}: {cpu_per_mib:.0f} CPU µs/MiB, {mib / (time.perf_counter() - wall):.0f} MiB/s", flush=True)
