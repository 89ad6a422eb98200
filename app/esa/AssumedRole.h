// The temporary credentials STS AssumeRole issued for a RAM role, and when to ask for new ones.
// They are secrets held in memory only: never written to a file, a log or the keychain.
#pragma once

#include "app/esa/AlibabaCredentials.h"

#include <QDateTime>
#include <QString>

struct AssumedRole
{
    // Credentials that live at least this long are renewed RenewAheadSeconds before they expire;
    // shorter ones (a role or an emulator granting brief sessions) at half their lifetime, so they
    // are neither used in their last moments nor assumed again for every request.
    static constexpr qint64 ShortLifetimeSeconds = 10 * 60;
    static constexpr qint64 RenewAheadSeconds = 5 * 60;

    AlibabaCredentials credentials; // STS.… AccessKeyId, secret and security token
    QDateTime expiration;           // as STS wrote it (UTC)
    QDateTime issuedAt;             // this machine's clock when the answer arrived
    QDateTime refreshAt;            // refreshPoint(issuedAt, expiration)
    QString arn;                    // AssumedRoleUser.Arn: acs:ram::…:assumed-role/<role>/<session>
    QString assumedRoleId;          // AssumedRoleUser.AssumedRoleId
    QString requestId;

    bool usableAt(const QDateTime &now) const { return !credentials.accessKeyId.isEmpty() && now < refreshAt; }

    static QDateTime refreshPoint(const QDateTime &issuedAt, const QDateTime &expiration)
    {
        const qint64 lifetime = issuedAt.secsTo(expiration);
        if (lifetime >= ShortLifetimeSeconds)
            return expiration.addSecs(-RenewAheadSeconds);
        return issuedAt.addMSecs(qMax<qint64>(0, lifetime) * 1000 / 2);
    }
};
