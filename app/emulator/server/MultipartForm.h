// A multipart/form-data body (RFC 7578) split into its fields, in order. Qt has no parser for
// it; this one is strict and bounded (part count, header sizes), reads only inside the body it
// is given and turns every malformed input into an error text, never into a crash.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct MultipartField
{
    QByteArray name;
    QByteArray fileName;      // filename="…" of a file field
    bool hasFileName = false;
    QByteArray contentType;   // the part's own Content-Type, if any
    QByteArray data;
};

class MultipartForm
{
public:
    static constexpr int MaxFields = 64;
    static constexpr int MaxHeaderBytes = 8 * 1024; // one part's header block
    static constexpr int MaxBoundaryLength = 70;     // RFC 2046

    QList<MultipartField> fields;
    QString error; // empty when the body parsed

    bool ok() const { return error.isEmpty(); }

    // The boundary of a "multipart/form-data; boundary=…" content type; empty if it is not one.
    static QByteArray boundary(const QByteArray &contentType);
    static MultipartForm parse(const QByteArray &body, const QByteArray &boundary);
};
