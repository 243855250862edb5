"""Scores Python's chardet and charset_normalizer on the charset corpus (see README.md, "Charset detection").

Usage: /usr/bin/python3 score-python.py CORPUS_JSON PAGE_FILE
Prints one JSON object: per detector, each sample's guess and whether it decodes the bytes back
to the text (decoded as Requests decodes: str(content, guess, errors='replace')), plus timings:
the first detection in the process (import included), the median per one-line text, and MB/s on
PAGE_FILE (a 1 MB page). Needs Debian's python3-chardet and python3-charset-normalizer.
"""
import base64
import json
import statistics
import sys
import time

started = time.perf_counter()
import chardet  # noqa: E402
import charset_normalizer  # noqa: E402

imported = time.perf_counter() - started


def guess_chardet(data):
    return chardet.detect(data)['encoding']


def guess_normalizer(data):
    best = charset_normalizer.from_bytes(data).best()
    return None if best is None else best.encoding


DETECTORS = {
    f'chardet {chardet.__version__}': guess_chardet,
    f'charset-normalizer {charset_normalizer.__version__}': guess_normalizer,
}


def decodes_right(data, guess, text):
    if guess is None:
        return False
    try:
        return str(data, guess, errors='replace') == text
    except LookupError:
        return False


def main():
    corpus = json.load(open(sys.argv[1], encoding='utf-8'))['samples']
    page = open(sys.argv[2], 'rb').read()
    samples = [(s['id'], base64.b64decode(s['bytes']), s['text'], s['size']) for s in corpus]
    report = {}
    for name, guess in DETECTORS.items():
        first_started = time.perf_counter()
        guess(samples[0][1])
        first = time.perf_counter() - first_started + imported
        results = {}
        line_times = []
        for sample_id, data, text, size in samples:
            t0 = time.perf_counter()
            encoding = guess(data)
            elapsed = time.perf_counter() - t0
            if size == 'line':
                line_times.append(elapsed)
            results[sample_id] = {'guess': encoding, 'right': decodes_right(data, encoding, text)}
        t0 = time.perf_counter()
        guess(page)
        page_seconds = time.perf_counter() - t0
        report[name] = {
            'results': results,
            'firstMs': first * 1000,
            'lineMs': statistics.median(line_times) * 1000,
            'pageMBps': len(page) / 1e6 / page_seconds,
        }
    json.dump(report, sys.stdout)


main()
