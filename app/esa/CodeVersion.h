// ESA code versions: the list entries of ListRoutineCodeVersions and the full version with its
// code from GetRoutineCodeVersion.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

// Where a version's build stands. A version of a routine without assets is ready when made; one
// with assets is built from its zip after the upload: "init" while that runs, "available" once
// done, anything else a failed build (as the vendor's CLI reads it).
enum class BuildState { Ready, Building, Failed };

struct CodeVersion
{
    Q_DECLARE_TR_FUNCTIONS(CodeVersion)

public:
    QString codeVersion;
    QString description;
    QDateTime createTime;
    QString status;     // as the service says it ("Available", "init", …; empty from older answers)
    QString buildId;
    QString extraInfo;  // JSON text, e.g. {"Source":"CLI"}
    QString notFoundStrategy; // ConfOptions.NotFoundStrategy of a Pages version

    BuildState buildState() const { return buildStateOf(status); }
    // ExtraInfo's Source ("CLI", "Console", "CloudCodes", …): who made it; empty when not said.
    QString source() const { return sourceOf(extraInfo); }

    static BuildState buildStateOf(const QString &status);
    static QString sourceOf(const QString &extraInfo);
    // "esa-cli", "the console", … for a Source; the Source itself when it is none we know.
    static QString sourceName(const QString &source);
    // "Building", "Build failed (status)"; empty for a ready version.
    static QString buildStateText(const QString &status);
};

// How a version is named where its whole id does not fit: the id's last six digits (neighbours
// differ at the end); shortVersionId marks the cut ("…123456") where there is room for the mark.
inline QString versionIdTail(const QString &codeVersion)
{
    return codeVersion.right(6);
}
inline QString shortVersionId(const QString &codeVersion)
{
    return codeVersion.size() > 10 ? QStringLiteral("…") + versionIdTail(codeVersion) : codeVersion;
}

struct CodeVersionPage
{
    QList<CodeVersion> versions;
    int totalCount = 0;
    int pageNumber = 1;
    int pageSize = 20;
    QString requestId;
};

struct RoutineCodeVersion
{
    QString routineName;
    QString codeVersion;
    QString description;
    QDateTime createTime;
    QByteArray routineCode; // exactly as sent: base64 text, possibly broken (decoding is app/code's job)
    QString requestId;
};

Q_DECLARE_METATYPE(CodeVersion)
Q_DECLARE_METATYPE(CodeVersionPage)
Q_DECLARE_METATYPE(RoutineCodeVersion)
