// One code version somewhere: which account (and its client), routine and version.
#pragma once

#include "app/esa/EsaClient.h"

#include <QString>
#include <memory>

struct VersionRef
{
    QString accountId;
    std::shared_ptr<EsaClient> client;
    QString routine;
    QString codeVersion;

    QString label() const { return QStringLiteral("%1 @ %2").arg(routine, codeVersion); }
    bool isValid() const { return client && !routine.isEmpty() && !codeVersion.isEmpty(); }
    bool sameVersionAs(const VersionRef &o) const
    {
        return accountId == o.accountId && routine == o.routine && codeVersion == o.codeVersion;
    }
};
