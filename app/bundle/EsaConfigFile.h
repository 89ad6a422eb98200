// An esa-cli project's configuration file, esa.jsonc or esa.toml, read into a JSON object.
//
// esa.jsonc is JSON with // and /* */ comments. We also take trailing commas (editors and people
// write them), but esa-cli 1.0.3 itself strips comments with a regular expression and then calls
// JSON.parse: it refuses a trailing comma, and it also cuts a "//" inside a string ("https://…")
// as if it began a comment. Both are reported in `cliWarnings` (with their line), so a project we
// read but the CLI would not is not a surprise.
//
// esa.toml is read as the small subset esa-cli's own templates write: `key = "string"` or
// `key = 'string'` lines, `[table]` headers (one level, e.g. [assets]), # comments; values of other
// types (numbers, booleans, arrays) are skipped. A line that is none of these is an error.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class EsaConfigFile
{
    Q_DECLARE_TR_FUNCTIONS(EsaConfigFile)

public:
    struct Parsed
    {
        QJsonObject object;
        QString error;   // translated, with the line and column; empty when parsed
        int line = 0;    // 1-based position of the error, 0 when none
        int column = 0;
        QStringList cliWarnings; // translated: what esa-cli 1.0.3 would refuse or misread
        bool ok() const { return error.isEmpty(); }
    };

    static Parsed parseJsonc(const QByteArray &text);
    static Parsed parseToml(const QByteArray &text);
};
