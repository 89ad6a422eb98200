// DemoCode — the code of the emulator's demo routine versions. The fixed texts and binary samples
// are files in resources/demo/, embedded under :/demo and read on first use; the rest is generated
// without randomness or clocks, so the emulator serves byte-identical demo data on every machine
// and run (tests and screenshots rely on it).
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

class DemoCode
{
public:
    static constexpr int EdgeVersionCount = 40;

    // Version n (1..40) of the "edge-gateway" routine: UTF-8 ES-module JavaScript.
    // Consecutive versions differ by one small, reviewable change, so diffs look real.
    static QByteArray edgeRoutineVersion(int n);
    // The publish note of version n (what changed since n-1), English or Chinese.
    static QString edgeVersionDescription(int n);
    // A bundled-looking ES module of exactly `targetBytes` bytes (>= 4096).
    static QByteArray largeBundle(qsizetype targetBytes);
    static QByteArray jsonConfig();   // a routine configuration document, pretty-printed JSON (~2 KiB)
    static QByteArray htmlPage();     // a maintenance / landing page, HTML5 with inline CSS and a little script (~3 KiB)
    // A small valid WebAssembly module (190 bytes, "\0asm" version 1): exports add(a, b), checksum(ptr, len),
    // version() (40) and one page of memory that starts with "hello from edge!\n"; a "name" section.
    static QByteArray wasmModule();
    // The vendor page's GetRoutineCodeVersion example, served as is: 167 characters of base64 with
    // one '=' missing, whose decode is the start of an OSS NoSuchKey XML document.
    static QByteArray noSuchKeyRoutineCode();
    // A demo Pages version's zip, as committed (resources/demo/<routine>/<version>.zip, packed by
    // scripts/make-demo-bundles.py from the folder of the same name), e.g. ("pages-api", "v2").
    static QByteArray pagesBundle(const QString &routine, const QString &version);
};
