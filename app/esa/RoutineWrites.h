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
};

struct CommittedVersion
{
    QString codeVersion;
    QString requestId;
};
