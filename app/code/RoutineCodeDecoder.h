// Turns a code version's RoutineCode (base64 exactly as the API sent it, possibly broken) into a
// DecodedCode: base64 → bytes → text → kind. Pure: no I/O, no globals, no exceptions; linear time
// and bounded memory on any input, because it runs on the network worker thread and is fuzzed.
//
// Decisions (the tests pin them down):
// - Base64: see Base64Payload.h. The standard alphabet only ('-' and '_' are invalid characters);
//   whitespace anywhere is ignored; missing or excess '=' and a lone final character are warnings.
// - Text: see CodeText.h (UTF-8, or UTF-16 with a BOM; anything else is Binary).
// - JSON is text starting with '{' or '[' that passes an RFC 8259 syntax check (JsonCompleteness)
//   or, failing that, that QJsonDocument parses (it accepts a few non-RFC forms such as "1.").
//   Text that is a valid beginning of JSON but stops early is still Json, with EndsMidStructure.
//   Anything else that starts like JSON is JavaScript if it looks like a script, else Text with
//   NotValidJson.
// - JavaScript and TypeScript: see ScriptSniffer.h. A leading comment, hashbang or "use strict",
//   or a first statement that starts like a script (export/import/function/const/let/var/async/
//   class/addEventListener/…); or "export default" / addEventListener('fetch' anywhere.
//   TypeScript: such a script whose code (strings and comments skipped, first 256 KiB only) has
//   TypeScript-only syntax.
// - Markup (text starting with '<'): see MarkupSniffer.h. An <Error> root (after the XML
//   declaration) is a StorageError; <!DOCTYPE html> or a root element with an HTML name (html,
//   body, div, p, a, script, …) is Html; other markup is Xml.
// - EndsMidStructure: for scripts and JSON an unclosed bracket, string, template or comment at
//   the end (brackets inside strings, comments and regular expressions do not count); for markup
//   a tag, comment or CDATA section cut off, and for XML also a root element left open.
// - Performance: one pass per stage, and for inputs of 1 MiB or more the SHA-256 runs on a second
//   thread beside the text analysis (it is half the work).
#pragma once

#include "code/DecodedCode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class RoutineCodeDecoder
{
    Q_DECLARE_TR_FUNCTIONS(RoutineCodeDecoder)

public:
    static DecodedCode decode(const QByteArray &routineCodeBase64);
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
