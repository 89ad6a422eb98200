// How one file of a bundle is shown: as code with the lexer its name says (a .css file with the
// CSS lexer, though the decoder only knows scripts and markup), as an image, or as the hex dump
// (fonts and other binaries). Pure: no widgets, runs anywhere.
#pragma once

#include "app/bundle/CodeBundle.h"
#include "app/decode/DecodedCode.h"

#include <QCoreApplication>
#include <QString>

struct BundleFileContent
{
    Q_DECLARE_TR_FUNCTIONS(BundleFileContent)

public:
    enum class Show { Code, Image, Hex };

    Show show = Show::Hex;
    DecodedCode code;  // the file's bytes through the decoder (kind, text, warnings, SHA-256)
    QString lexer;     // CodeEditor's lexer name for Show::Code ("css", "javascript", …; "" plain)
    QByteArray imageFormat; // for Show::Image: what QImageReader is asked for ("png", "svg", …)

    // By the name first (an image, a font, a known text type), then by the bytes.
    static BundleFileContent of(const CodeBundle::File &file);
    // The lexer a file's name calls for, "" when the name says nothing (then the kind decides).
    static QString lexerForPath(const QString &path);
    // The image format a file's name says, empty when it is no image.
    static QByteArray imageFormatForPath(const QString &path);
    static bool isFontPath(const QString &path);
    // What a person calls the file by its name ("CSS stylesheet", "PNG image", "font"); empty when
    // the name says nothing.
    static QString typeNameForPath(const QString &path);
    // typeNameForPath, else the decoder's kind.
    QString typeName(const QString &path) const;
};
