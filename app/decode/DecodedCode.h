// What a code version's RoutineCode turned out to be: the raw bytes (what Save As writes), the text
// when the bytes are text, what kind of content it is, and every oddity met on the way. Oddities are
// flagged as warnings, never silently repaired away; only undecodable base64 is an error.
// Made by RoutineCodeDecoder; the names and texts declared here are defined in DecodedCode.cpp.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QLatin1String>
#include <QList>
#include <QMetaType>
#include <QString>

struct DecodedCode
{
    Q_DECLARE_TR_FUNCTIONS(DecodedCode)

public:
    enum class Kind {
        JavaScript,
        TypeScript,
        Json,
        Html,
        Xml,
        WebAssembly,
        Bundle,       // a zip: a Functions and Pages bundle (app/bundle/CodeBundle opens it)
        Binary,       // not text: shown as a hex dump
        Text,         // text of no kind we recognise
        StorageError, // the stored code object is an OSS/S3 error document instead of code
        Empty,        // no bytes (also the kind of a failed decode)
    };

    enum class Warning {
        MissingPadding,        // the base64 lacks (some of) its final '=' (the vendor's own example does)
        ExcessPadding,         // more '=' than the last base64 group needs
        TruncatedQuantum,      // a lone base64 character at the end, which cannot hold a byte: ignored
        EndsMidStructure,      // an unclosed bracket, string, comment or tag at the end: likely cut off
        InvalidCharacters,     // not base64 (always together with `error`)
        Utf16,                 // UTF-16 text with a byte order mark
        BomStripped,           // a UTF-8 byte order mark that is in `bytes` but not in `text`
        NotUtf8,               // Binary because the bytes are not UTF-8 (nor UTF-16 with a BOM)
        ContainsNul,           // Binary because the text would contain NUL characters
        TruncatedCharacter,    // the bytes end inside a character; `text` shows it as U+FFFD
        InvalidUtf16,          // a UTF-16 byte order mark, but not valid UTF-16: Binary
        UnexpectedWasmVersion, // "\0asm" without the version 1 header (or too short to have one)
        NotValidJson,          // starts like JSON, does not parse and is not merely cut off: Text
    };

    QByteArray bytes;            // decoded raw bytes (what Save As writes); empty when decoding failed
    qint64 size = 0;             // bytes.size()
    QByteArray sha256;           // lower-case hex SHA-256 of bytes; empty when decoding failed
    Kind kind = Kind::Empty;
    QList<Warning> warnings;     // base64 warnings first, then text, then content warnings
    QString storageErrorCode;    // e.g. "NoSuchKey" when kind == StorageError
    QString storageErrorMessage; // e.g. "The specified key does not exist." (may be cut off)
    QString error;               // non-empty: the base64 could not be decoded (translated, names the offset)
    int errorOffset = -1;        // byte offset in the base64 input of the first invalid character

    // The bytes as text (BOM stripped); empty for Binary and WebAssembly. When the text is exactly
    // the bytes read as UTF-8 it is not kept but made from them when asked: a large version is
    // not held a second time, as UTF-16 (twice its size), beside its bytes.
    QString text() const;
    // Whether the text is exactly `bytes` read as UTF-8 (no BOM dropped, nothing cut, not UTF-16):
    // then the bytes stand for the text where UTF-8 is wanted (an editor that takes UTF-8).
    bool textIsBytes() const { return m_textIsBytes; }
    // What the decoder found the bytes to be as text.
    void setText(const QString &text, bool isBytes);

    bool ok() const { return error.isEmpty(); }
    bool hasWarning(Warning warning) const { return warnings.contains(warning); }
    bool isText() const { return kind != Kind::Binary && kind != Kind::WebAssembly && kind != Kind::Bundle
                                  && kind != Kind::Empty; }

    static QString kindName(Kind kind);        // translated, e.g. "JavaScript module"
    static QString warningText(Warning warning); // translated sentence for an info bar
    static QString lexerName(Kind kind);       // "javascript", "json", "html", "xml", or "" (plain/hex/bundle)
    // One place for Save As and the git export: ".js", ".ts", ".json", ".html", ".xml" (a storage
    // error document too), ".wasm", ".zip", ".bin", else ".txt".
    static QString fileSuffix(Kind kind);
    static QLatin1String kindId(Kind kind);    // stable, untranslated, for logs and tests
    static QLatin1String warningId(Warning warning); // stable, untranslated, for logs and tests

    // kindName(), made specific where the content says more:
    // "missing stored code (NoSuchKey)", "storage error (AccessDenied)".
    QString kindLabel() const;

private:
    QString m_text; // the text, when it is not the bytes
    bool m_textIsBytes = false;
};

Q_DECLARE_METATYPE(DecodedCode)
Q_DECLARE_METATYPE(DecodedCode::Kind)
Q_DECLARE_METATYPE(DecodedCode::Warning)
