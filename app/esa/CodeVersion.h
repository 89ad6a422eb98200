// ESA code versions: the list entries of ListRoutineCodeVersions and the full version with its
// code from GetRoutineCodeVersion.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

struct CodeVersion
{
    QString codeVersion;
    QString description;
    QDateTime createTime;
    QString status;
    QString buildId;
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
