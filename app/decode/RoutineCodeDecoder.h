// Turns a code version's RoutineCode (base64 exactly as the API sent it, possibly broken) into a
// DecodedCode. Pure: no I/O, no globals, no exceptions; linear time and bounded memory on any
// input, because it runs on the network worker thread and is fuzzed.
//
// This is the pipeline; each stage is a class of its own that documents its decisions:
//   base64 → bytes   Base64Payload (the only stage that can fail)
//   bytes → text     CodeText (UTF-8, or UTF-16 with a BOM; anything else is Binary)
//   text → kind      a WebAssembly header, else MarkupSniffer for text starting with '<',
//                    JsonCompleteness for '{' or '[', ScriptSniffer, else Text
//   warnings         base64's first, then the text's, then the kind's
//
// Decisions made here (the tests pin them down):
// - JSON is text starting with '{' or '[' that passes the RFC 8259 check of JsonCompleteness or,
//   failing that, that QJsonDocument parses (it accepts a few non-RFC forms such as "1.").
//   Text that is a valid beginning of JSON but stops early is still Json, with EndsMidStructure.
//   Anything else that starts like JSON is JavaScript if it looks like a script, else Text with
//   NotValidJson.
// - Markup that is not markup after all ("< not a tag") goes on to the script check, then Text.
// - WebAssembly is binary by design, so the text stage's warnings (ContainsNul) are dropped for it.
// - EndsMidStructure: for scripts an unclosed bracket, string, template or comment at the end
//   (ScriptSniffer); for JSON a valid beginning that stops early; for markup a tag, comment or
//   CDATA section cut off, and for XML also a root element left open (MarkupSniffer).
// - Performance: one pass per stage, and for inputs of 1 MiB or more the SHA-256 runs on a second
//   thread beside the text analysis (it is half the work); the cache's bytes are not hashed again.
#pragma once

#include "app/decode/DecodedCode.h"

#include <QByteArray>
#include <QString>

class RoutineCodeDecoder
{
public:
    // By value: given its only copy (moved in), the base64 is let go as soon as it is decoded,
    // before the text is made.
    static DecodedCode decode(QByteArray routineCodeBase64);
    // The same pipeline after base64, for local files and the cache.
    static DecodedCode fromBytes(const QByteArray &bytes);
    // The same, for bytes whose SHA-256 the caller has already verified (the on-disk cache checks
    // every entry it reads): `knownSha256`, the lower-case hex SHA-256 of exactly these bytes, is
    // taken as it is and nothing is hashed. Empty means not known: then the bytes are hashed.
    static DecodedCode fromBytes(const QByteArray &bytes, const QByteArray &knownSha256);
    // The kind alone. `text` is the decoded text, or empty when the bytes are not text.
    // Exposed for tests and fuzzing.
    static DecodedCode::Kind sniff(const QByteArray &bytes, const QString &text);
};
