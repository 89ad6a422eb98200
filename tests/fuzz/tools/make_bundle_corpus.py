#!/usr/bin/env python3
"""Writes the seeds of tests/fuzz/corpus/fuzz_codebundle: small valid bundles (as esa-cli packs
them: routine/index.js plus assets/...) and one of each hostile kind CodeBundle refuses (bombs,
unsafe paths, a link, encryption, a bad CRC, duplicates, truncation). Run from anywhere:
    tests/fuzz/tools/make_bundle_corpus.py"""
import io, os, struct, zipfile, zlib

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'corpus', 'fuzz_codebundle')

JS = b"export default {\n  async fetch(request) {\n    return new Response('hello');\n  },\n};\n"
HTML = b"<!doctype html>\n<title>site</title>\n<link rel=stylesheet href=css/site.css>\n"
CSS = b"body { margin: 0; font: 16px/1.5 sans-serif }\n"
PNG = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\x08\x06\0\0\0\x1f\x15\xc4\x89"


def put(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'wb') as f:
        f.write(data)


def zipped(entries, method=zipfile.ZIP_DEFLATED):
    """entries: (name, bytes[, external_attr]) -> zip bytes written by Python's zipfile."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', method) as z:
        for e in entries:
            info = zipfile.ZipInfo(e[0], date_time=(2000, 1, 1, 0, 0, 0))
            info.compress_type = method
            info.create_system = 3
            info.external_attr = e[2] if len(e) > 2 else (0o100644 << 16)
            z.writestr(info, e[1])
    return buf.getvalue()


def raw(entries):
    """A zip written field by field: entries are dicts with name, data and optional method, flags,
    crc, size (the declared uncompressed size), attr."""
    out, central = b'', b''
    for e in entries:
        data, method = e['data'], e.get('method', 8)
        stored = zlib.compress(data, 9)[2:-4] if method == 8 else data
        crc = e.get('crc', zlib.crc32(data))
        size = e.get('size', len(data))
        flags = e.get('flags', 0x800)
        name = e['name']
        offset = len(out)
        out += struct.pack('<IHHHHHIIIHH', 0x04034b50, 20, flags, method, 0, 0x2821, crc, len(stored), size,
                           len(name), 0) + name + stored
        central += struct.pack('<IHHHHHHIIIHHHHHII', 0x02014b50, 3 << 8 | 20, 20, flags, method, 0, 0x2821, crc,
                               len(stored), size, len(name), 0, 0, 0, 0, e.get('attr', 0o100644 << 16), offset) + name
    return out + central + struct.pack('<IHHHHIIH', 0x06054b50, 0, 0, len(entries), len(entries), len(central),
                                       len(out), 0)


site = [('routine/index.js', JS), ('assets/index.html', HTML), ('assets/css/site.css', CSS),
        ('assets/img/logo.png', PNG)]
put('site.zip', zipped(site))
put('site-stored.zip', zipped(site, zipfile.ZIP_STORED))
put('with-folders.zip', zipped([('assets/', b'', 0o40755 << 16), ('assets/a.txt', b'a\n'), ('routine/index.js', JS)]))
put('empty.zip', zipped([]))
put('function-only.zip', zipped([('routine/index.js', JS)]))
put('files.txt', b"routine/index.js\texport default {}\nassets/a.css\tp{}\nassets/img/x.png\t\x89PNG\n")

put('bomb-ratio.zip', raw([{'name': b'assets/zeros.bin', 'data': bytes(1 << 20)}]))
put('bomb-lying-size.zip', raw([{'name': b'assets/liar.bin', 'data': bytes(64 << 10), 'size': 100}]))
put('dotdot.zip', raw([{'name': b'assets/../../etc/passwd', 'data': b'x'}]))
put('absolute.zip', raw([{'name': b'/etc/passwd', 'data': b'x'}]))
put('drive.zip', raw([{'name': b'C:/win.ini', 'data': b'x'}]))
put('backslash.zip', raw([{'name': b'assets\\..\\x', 'data': b'x'}]))
put('symlink.zip', raw([{'name': b'assets/link', 'data': b'/etc/passwd', 'method': 0, 'attr': 0o120777 << 16}]))
put('encrypted.zip', raw([{'name': b'routine/index.js', 'data': JS, 'method': 0, 'flags': 0x801}]))
put('bzip2-method.zip', raw([{'name': b'a.txt', 'data': b'BZh9', 'method': 12}]))
put('bad-crc.zip', raw([{'name': b'routine/index.js', 'data': JS, 'crc': 0x12345678}]))
put('duplicate.zip', raw([{'name': b'a.js', 'data': b'1'}, {'name': b'a.js', 'data': b'2'}]))
put('file-and-folder.zip', raw([{'name': b'assets', 'data': b'1'}, {'name': b'assets/a', 'data': b'2'}]))
good = zipped(site)
put('truncated-half.zip', good[:len(good) // 2])
put('truncated-eocd.zip', good[:-5])
put('magic-then-garbage.zip', b'PK\x03\x04' + b'\x5a' * 64)
