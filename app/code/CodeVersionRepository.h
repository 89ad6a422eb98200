// Opens code versions: from the on-disk cache when it has them (no request, works offline),
// else with GetRoutineCodeVersion; decoding and hashing happen off the UI thread, and good
// versions are cached (they never change). Cancelling the future aborts the request.
#pragma once

#include "code/CodeVersionCache.h"
#include "code/OpenedCodeVersion.h"
#include "esa/EsaClient.h"
#include "net/ApiResult.h"

#include <QFuture>
#include <QObject>
#include <memory>

class CodeVersionRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeVersionRepository)

public:
    explicit CodeVersionRepository(CodeVersionCache &cache, QObject *parent = nullptr);

    QFuture<ApiResult<OpenedCodeVersion>> open(std::shared_ptr<EsaClient> client, const QString &accountId,
                                               const QString &routine, const QString &codeVersion);
    CodeVersionCache &cache() const { return m_cache; }

    static CodeVersionKey keyFor(const EsaClient &client, const QString &accountId, const QString &routine,
                                 const QString &codeVersion);

private:
    CodeVersionCache &m_cache;
};
