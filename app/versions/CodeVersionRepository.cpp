#include "app/versions/CodeVersionRepository.h"

#include "app/decode/RoutineCodeDecoder.h"

#include <QThreadPool>

namespace {
using OpenState = RequestState<OpenedCodeVersion>;

// What a download brings an open: the version decoded in the pool task that parsed the answer,
// where the base64 is owned and let go as soon as it is decoded.
struct DownloadedVersion
{
    QString description;
    QDateTime createTime;
    QString requestId;
    DecodedCode code;
};

// Only what decoded whole is worth keeping: a missing or cut-off object may be fine tomorrow.
bool worthCaching(const DecodedCode &code)
{
    const bool cutOff = code.hasWarning(DecodedCode::Warning::MissingPadding) || code.hasWarning(DecodedCode::Warning::TruncatedQuantum)
            || code.hasWarning(DecodedCode::Warning::EndsMidStructure) || code.hasWarning(DecodedCode::Warning::TruncatedCharacter);
    return code.ok() && code.kind != DecodedCode::Kind::StorageError && !cutOff;
}
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

Request<OpenedCodeVersion> CodeVersionRepository::open(const VersionRef &ref)
{
    if (!ref.isValid())
        return Request<OpenedCodeVersion>::fromResult(
                ApiError(ApiError::Service::Esa, ApiError::Kind::Auth, tr("No account is chosen for this code version.")));
    const CodeVersionKey key = keyFor(*ref.client, ref.accountId, ref.routine, ref.codeVersion);
    return m_sharing.obtain<OpenedCodeVersion>(key.fileName(), [this, &ref] { return start(ref); });
}

Request<OpenedCodeVersion> CodeVersionRepository::start(const VersionRef &ref)
{
    auto state = std::make_shared<OpenState>();
    Request<OpenedCodeVersion> handle(state);
    OpenedCodeVersion opened;
    opened.accountId = ref.accountId;
    opened.routine = ref.routine;
    opened.codeVersion = ref.codeVersion;
    const CodeVersionKey key = keyFor(*ref.client, ref.accountId, ref.routine, ref.codeVersion);
    CodeVersionCache *cache = &m_cache;
    const auto probe = m_probe ? m_probe : [](Stage) {};
    QThreadPool::globalInstance()->start([weak = std::weak_ptr<OpenState>(state), client = ref.client, key, cache, probe, opened]() mutable {
        const auto s = weak.lock();
        if (!s || s->isAborted())
            return;
        probe(Stage::CacheRead);
        if (const std::optional<CachedCodeVersion> hit = cache->read(key)) {
            probe(Stage::Decode);
            opened.description = hit->description;
            opened.createTime = hit->createTime;
            opened.requestId = hit->requestId;
            opened.code = RoutineCodeDecoder::fromBytes(hit->bytes, hit->sha256); // the read verified it
            opened.fromCache = true;
            s->finish(std::move(opened));
            return;
        }
        // A miss: the download belongs to this open, and dropping the open aborts it.
        auto download = std::make_shared<Request<DownloadedVersion>>(client->getRoutineCodeVersion<DownloadedVersion>(
                opened.routine, opened.codeVersion, [probe](RoutineCodeVersion &&v) -> ApiResult<DownloadedVersion> {
                    probe(Stage::Decode);
                    return DownloadedVersion{v.description, v.createTime, v.requestId, RoutineCodeDecoder::decode(std::move(v.routineCode))};
                }));
        download->whenDone([weak, key, cache, probe, opened](const ApiResult<DownloadedVersion> &r) mutable {
            // On the pool thread that parsed the answer.
            const auto s = weak.lock();
            if (!s || s->isAborted())
                return;
            if (!r.ok()) {
                s->finish(r.error());
                return;
            }
            opened.description = r.value().description;
            opened.createTime = r.value().createTime;
            opened.requestId = r.value().requestId;
            opened.code = r.value().code;
            if (worthCaching(opened.code)) {
                probe(Stage::CacheWrite);
                cache->write(key,
                             CachedCodeVersion{opened.code.bytes, opened.code.sha256, opened.description, opened.createTime,
                                               opened.requestId, QDateTime::currentDateTimeUtc()},
                             CodeVersionCache::HashCheck::TrustCaller);
            }
            s->finish(std::move(opened));
        });
        s->setAbortAction([download] { download->kill(); });
    });
    return handle;
}
