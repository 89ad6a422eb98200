// An IAM token and what came with it.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

struct IamToken
{
    QByteArray token; // the X-Subject-Token: a secret
    QDateTime expiresAt;
    QString projectId;
    QString projectName;

    // Reused until five minutes before it expires.
    bool usableAt(const QDateTime &now) const { return !token.isEmpty() && now.secsTo(expiresAt) > 5 * 60; }
};
