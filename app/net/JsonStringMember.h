// Finds one member of a JSON object's text whose value is a long plain string (a code version's
// base64 RoutineCode, most of an 11 MB answer) without parsing the text into a QJsonDocument,
// which holds such a string as UTF-16 and hands out more copies of it. The caller parses the rest
// (the text without that value) with QJsonDocument, so everything else is read and checked by Qt
// exactly as before; this only tells where the value is and takes it out of the text in place.
//
// Decisions (tests/unit/tst_jsonstringmember.cpp and the fuzz target pin them down):
// - Only a member of the top-level object counts; the same key in a nested object or array is
//   skipped over like any other value.
// - Plain means every character is printable ASCII other than '"' and '\', or the escape "\/"
//   (which JSON writers may use for '/'). Anything else is left to QJsonDocument: no match.
// - Also no match when the key occurs twice at the top level (QJsonDocument keeps the last one),
//   when any top-level key is written with an escape (it might spell the key), when the value is
//   not a string, or when the text does not start with '{' after whitespace (a BOM, say). The scan
//   stops at the end of the top-level object; whether the text is valid JSON is for QJsonDocument.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>

#include <optional>

class JsonStringMember
{
public:
    // The value of the member `key` in `json`: the characters between its quotes.
    static std::optional<JsonStringMember> find(QByteArrayView json, QLatin1StringView key);

    qsizetype start = 0;       // offset of the value's first character (after the opening quote)
    qsizetype end = 0;         // offset of the closing quote
    bool escapedSlashes = false; // the value holds "\/"

    // `json` (the text find() was given) without the value: what QJsonDocument parses instead.
    QByteArray withoutValue(QByteArrayView json) const;
    // The value's characters, "\/" read as '/', taken out of `json` itself, which is used up: no
    // copy is made of a large value.
    QByteArray take(QByteArray &&json) const;
};
