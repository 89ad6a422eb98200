// Whether JSON text is whole, cut off (a valid beginning of JSON that stops early: every character
// so far fits, only the end is missing) or not JSON: an RFC 8259 syntax check in one pass that
// builds nothing. QJsonDocument cannot tell cut off from broken, and builds a whole tree (70 ms for
// 8 MiB) only to say either. Used by RoutineCodeDecoder on decoded text and meant for HTTP bodies.
//
// Strict RFC 8259: no "1.", ".5", "\x" escapes or raw tabs in strings (QJsonDocument reads those),
// no comments, no trailing commas, one value with only JSON whitespace (space, \t, \n, \r) around
// it. Numbers are checked for form, not range. Text that is empty or only whitespace is CutOff:
// nothing in it is wrong, and all of it is missing.
//
// The byte overload reads UTF-8 without validating it: bytes from 0x80 up are string content inside
// strings and invalid anywhere else, so for valid UTF-8 both overloads give the same answer.
//
// HttpTransport (app/net) should decide Truncated vs InvalidJson for a body QJsonDocument refused
// with this, in place of its guess from QJsonParseError's offset and error code:
//     const ApiError::Kind kind = JsonCompleteness::isCutOffObject(reply.body)
//             ? ApiError::Kind::Truncated : ApiError::Kind::InvalidJson;
// (a QByteArray converts to QByteArrayView; nothing is copied).
#pragma once

#include <QByteArrayView>
#include <QStringView>

class JsonCompleteness
{
public:
    enum class Shape {
        Complete, // one whole JSON value
        CutOff,   // a valid beginning of JSON that stops early
        Invalid,  // a character that no JSON text can have there
    };

    static Shape of(QStringView text);
    static Shape of(QByteArrayView utf8);

    // A JSON object that stops early: the first non-whitespace byte is '{' and the rest is CutOff.
    // This is what an HTTP body cut short on the wire looks like, whatever the API.
    static bool isCutOffObject(QByteArrayView body);
};
