#include "CodeVersionRepository.h"

#include "code/RoutineCodeDecoder.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// The request started on a pool thread, so that a cancel from the UI can reach it.
struct InFlight
{
    QMutex mutex;
    QFuture<void> request;
    bool cancelled = false;
};
} // namespace

CodeVersionRepository::CodeVersionRepository(CodeVersionCache &cache, QObject *parent)
    : QObject(parent)
    , m_cache(cache)
{
}

CodeVersionKey CodeVersionRepository::keyFor(const EsaClient &client, const QString &accountId, const QString &routine,
                                             const QString &codeVersion)
{
    return CodeVersionKey{accountId, client.endpoint().toString(), routine, codeVersion};
}

QFuture<ApiResult<OpenedCodeVersion>> CodeVersionRepository::open(std::shared_ptr<EsaClient> client, const QString &accountId,
                                                                  const QString &routine, const QString &codeVersion)
{
    using Result = ApiResult<OpenedCodeVersion>;
    auto promise = std::make_shared<QPromise<Result>>();
    auto inFlight = std::make_shared<InFlight>();
    promise->start();
    QFuture<Result> future = promise->future();

    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcherBase::canceled, this, [promise, inFlight] {
        QMutexLocker lock(&inFlight->mutex);
        inFlight->cancelled = true;
        inFlight->request.cancel();
        promise->finish();
    });
    connect(watcher, &QFutureWatcherBase::finished, watcher, &QObject::deleteLater);
    watcher->setFuture(future);

    const CodeVersionKey key = keyFor(*client, accountId, routine, codeVersion);
    CodeVersionCache *cache = &m_cache;
    (void)QtConcurrent::run([promise, inFlight, key, cache, client, accountId, routine, codeVersion] {
        if (promise->isCanceled())
            return;
        OpenedCodeVersion opened;
        opened.accountId = accountId;
        opened.routine = routine;
        opened.codeVersion = codeVersion;
        if (const std::optional<CachedCodeVersion> hit = cache->read(key)) {
            opened.description = hit->description;
            opened.createTime = hit->createTime;
            opened.requestId = hit->requestId;
            // read() has just hashed these bytes to verify them: no second SHA-256 of 8 MiB.
            opened.code = RoutineCodeDecoder::fromBytes(hit->bytes, hit->sha256);
            opened.fromCache = true;
            promise->addResult(Result(opened));
            promise->finish();
            return;
        }
        QMutexLocker lock(&inFlight->mutex);
        if (inFlight->cancelled)
            return;
        // The continuation runs on the network worker thread: decoding 8 MiB never touches the UI.
        inFlight->request = client->getRoutineCodeVersion(routine, codeVersion).then([promise, key, cache, opened](const ApiResult<RoutineCodeVersion> &r) mutable {
            if (promise->isCanceled())
                return;
            if (!r.ok()) {
                promise->addResult(Result(r.error()));
                promise->finish();
                return;
            }
            opened.description = r.value().description;
            opened.createTime = r.value().createTime;
            opened.requestId = r.value().requestId;
            opened.code = RoutineCodeDecoder::decode(r.value().routineCode);
            // Only what decoded whole is worth keeping: a missing or cut-off object may be fine tomorrow.
            const bool cutOff = opened.code.hasWarning(DecodedCode::Warning::MissingPadding)
                    || opened.code.hasWarning(DecodedCode::Warning::TruncatedQuantum)
                    || opened.code.hasWarning(DecodedCode::Warning::EndsMidStructure)
                    || opened.code.hasWarning(DecodedCode::Warning::TruncatedCharacter);
            if (opened.code.ok() && opened.code.kind != DecodedCode::Kind::StorageError && !cutOff)
                cache->write(key, CachedCodeVersion{opened.code.bytes, opened.code.sha256, opened.description,
                                                    opened.createTime, opened.requestId, QDateTime::currentDateTimeUtc()});
            promise->addResult(Result(opened));
            promise->finish();
        });
    });
    return future;
}
