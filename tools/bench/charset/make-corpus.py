"""Builds the charset-detection corpus: every text of texts.txt encoded in every encoding of its block.

Python's codecs are the reference encoder (strict: a text an encoding cannot hold is an error in
texts.txt). Writes packages/encoding/test/corpus/truth/corpus.json, which the reqs test and the
benchmark read: one entry per sample with its language, size class, encoding, text and bytes.
Run from anywhere: python3 tools/bench/charset/make-corpus.py
"""
import base64
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[3]
TRUTH = ROOT / 'packages/encoding/test/corpus/truth'

# Corpus encoding name (the one reqs answers) -> Python codec.
CODECS = {
    'ascii': 'ascii', 'utf-8': 'utf-8',
    'windows-1250': 'cp1250', 'windows-1251': 'cp1251', 'windows-1252': 'cp1252',
    'windows-1253': 'cp1253', 'windows-1254': 'cp1254', 'windows-1255': 'cp1255',
    'windows-1256': 'cp1256', 'windows-1257': 'cp1257', 'windows-874': 'cp874',
    'iso-8859-1': 'latin-1', 'iso-8859-2': 'iso8859_2', 'iso-8859-5': 'iso8859_5',
    'iso-8859-6': 'iso8859_6', 'iso-8859-7': 'iso8859_7', 'iso-8859-8': 'iso8859_8',
    'iso-8859-9': 'iso8859_9', 'iso-8859-13': 'iso8859_13', 'iso-8859-15': 'iso8859_15',
    'iso-8859-16': 'iso8859_16', 'koi8-r': 'koi8_r', 'koi8-u': 'koi8_u', 'cp866': 'cp866',
    'mac-cyrillic': 'mac_cyrillic', 'macintosh': 'mac_roman', 'tis-620': 'tis_620',
    'shift_jis': 'shift_jis', 'euc-jp': 'euc_jp', 'iso-2022-jp': 'iso2022_jp',
    'gbk': 'gbk', 'big5': 'big5', 'euc-kr': 'euc_kr',
}

# Pages as sites serve them, none declaring a charset. {title}, {lines} and {para} are the block's text.
PAGES = [
    '<!DOCTYPE html>\n<html>\n<head>\n<title>{title}</title>\n'
    '<link rel="stylesheet" href="/css/main.css">\n<script src="/js/app.js" defer></script>\n</head>\n'
    '<body>\n<header><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/contact">Contact</a></header>\n'
    '<main>\n<h1>{title}</h1>\n<p>{para}</p>\n<ul>\n{lines}\n</ul>\n</main>\n'
    '<footer>&copy; 2024 Example Media. All rights reserved.</footer>\n</body>\n</html>\n',
    '<html><head><meta name="viewport" content="width=device-width, initial-scale=1">'
    '<title>{title}</title><style>body{{font-family:sans-serif;margin:0 auto;max-width:40em}}'
    '.note{{color:#555}}</style></head><body><div id="page"><div class="post"><h2>{title}</h2>'
    '<div class="entry"><p>{para}</p></div><div class="note">{lines}</div></div>'
    '<div id="sidebar"><h3>Archive</h3><a href="/2023/">2023</a> <a href="/2024/">2024</a></div>'
    '</div><script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}'
    '</script></body></html>\n',
    '<!doctype html>\n<html lang="xx">\n  <head>\n    <title>{title}</title>\n'
    '    <meta name="description" content="{title}">\n  </head>\n  <body>\n'
    '    <table width="100%" border="0"><tr><td class="menu"><a href="index.html">Index</a></td>'
    '<td class="content">\n      <h3>{title}</h3>\n      <p>{para}</p>\n      <p>{lines}</p>\n'
    '    </td></tr></table>\n  </body>\n</html>\n',
]


def read_blocks(path):
    blocks = []
    for raw in path.read_text(encoding='utf-8').splitlines():
        if raw.startswith('= '):
            language, encodings = raw[2:].split(' | ')
            blocks.append({'language': language.strip(), 'encodings': encodings.split(), 'lines': [], 'para': None})
        elif raw.startswith('line: '):
            blocks[-1]['lines'].append(raw[6:])
        elif raw.startswith('para: '):
            blocks[-1]['para'] = raw[6:]
    return blocks


def page(block, index):
    lines = block['lines']
    joined = '\n'.join(f'<li>{line}</li>' for line in lines) if index % 3 == 0 else '<br>\n'.join(lines)
    return PAGES[index % len(PAGES)].format(title=lines[0], para=block['para'], lines=joined)


def main():
    samples = []
    for index, block in enumerate(read_blocks(TRUTH / 'texts.txt')):
        texts = [('line', line) for line in block['lines']] + [('paragraph', block['para']), ('page', page(block, index))]
        for encoding in block['encodings']:
            for number, (size, text) in enumerate(texts):
                try:
                    data = text.encode(CODECS[encoding])
                except UnicodeEncodeError as error:
                    bad = text[error.start:error.end]
                    raise SystemExit(f"{block['language']} {size} {number}: {encoding} cannot hold {bad!r}") from None
                samples.append({
                    'id': f"{block['language']} {size} {number} in {encoding}",
                    'language': block['language'].split(' (')[0],
                    'size': size,
                    'encoding': encoding,
                    'codec': CODECS[encoding],
                    'text': text,
                    'bytes': base64.b64encode(data).decode('ascii'),
                })
    (TRUTH / 'corpus.json').write_text(json.dumps({'samples': samples}, ensure_ascii=False, indent=2) + '\n', encoding='utf-8')
    languages = {s['language'] for s in samples}
    encodings = {s['encoding'] for s in samples}
    print(f'{len(samples)} samples, {len(languages)} languages, {len(encodings)} encodings')


main()
