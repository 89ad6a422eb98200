// Opens code versions: from the on-disk cache when it has them (no request, works offline),
// else with GetRoutineCodeVersion. Reading the cache, decoding, hashing (once per open) and
// writing the cache run on the worker pool, never on the network or UI thread; good versions
// are cached (they never change). Opens of the same version in flight are shared, and dropping
// the last Request aborts the download.
#pragma once

#include "app/versions/CodeVersionCache.h"
#include "app/versions/OpenedCodeVersion.h"
#include "app/versions/VersionRef.h"
#include "app/async/Request.h"
#include "app/async/RequestSharing.h"

#include <QObject>
#include <functional>
#include <memory>

class CodeVersionRepository : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeVersionRepository)

public:
    enum class Stage { CacheRead, Decode, CacheWrite };

    explicit CodeVersionRepository(CodeVersionCache &cache, QObject *parent = nullptr);

    Request<OpenedCodeVersion> open(const VersionRef &ref);
    Request<OpenedCodeVersion> open(std::shared_ptr<EsaClient> client, const QString &accountId, const QString &routine,
                                    const QString &codeVersion)
    {
        return open(VersionRef{accountId, std::move(client), routine, codeVersion});
    }
    CodeVersionCache &cache() const { return m_cache; }

    static CodeVersionKey keyFor(const EsaClient &client, const QString &accountId, const QString &routine,
                                 const QString &codeVersion);

    // Test probe: called on the thread that does each stage of an open.
    void setStageProbe(std::function<void(Stage)> probe) { m_probe = std::move(probe); }

private:
    Request<OpenedCodeVersion> start(const VersionRef &ref);

    CodeVersionCache &m_cache;
    RequestSharing m_sharing;
    std::function<void(Stage)> m_probe;
};
