// What ESA's write calls answer: a deployment made, a staging upload's form, a committed version.
#pragma once

#include "app/esa/Routine.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

struct DeploymentResult
{
    QString deploymentId;
    QString strategy;
    QList<DeployedVersion> versions; // what the environment runs now, as the service says
    QString requestId;
};

// GetRoutineStagingCodeUploadInfo: where and how to POST the code (OSS PostObject).
struct StagingUploadInfo
{
    QString codeVersion; // the version the commit will create
    QUrl url;
    QList<QPair<QString, QString>> fields; // the form's fields in the order they are sent (the file follows)
    QString requestId;

    QString fieldValue(const QString &name) const
    {
        for (const auto &f : fields) {
            if (f.first == name)
                return f.second;
        }
        return {};
    }
};

// CreateRoutineWithAssetsCodeVersion: the version made ("init" until its zip is built) and the
// OSS form to post the zip with.
struct AssetsCodeVersion
{
    QString codeVersion;
    QString status;
    StagingUploadInfo upload;
    QString requestId;
};

// GetRoutineCodeVersionInfo: how a version's build stands.
struct CodeVersionInfo
{
    QString codeVersion;
    QString status;  // "init" while building, "available" when done, anything else a failed build
    QString message; // the service's words on a failed build, when it gives any
    QString buildId;
    QString extraInfo;
    QString requestId;
};

struct CommittedVersion
{
    QString codeVersion;
    QString requestId;
};
