#include "app/versions/CodeVersionRepository.h"

#include "app/decode/RoutineCodeDecoder.h"


namespace {
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
    OpenedCodeVersion opened;
    opened.accountId = ref.accountId;
    opened.routine = ref.routine;
    opened.codeVersion = ref.codeVersion;
    const CodeVersionKey key = keyFor(*ref.client, ref.accountId, ref.routine, ref.codeVersion);
    CodeVersionCache *cache = &m_cache;
    const auto probe = m_probe ? m_probe : [](Stage) {};
    // The cache first, on the pool; a miss is followed by the download, which decodes (and caches
    // what decoded whole) in the pool task that parsed the answer.
    return Request<std::optional<OpenedCodeVersion>>::onPool([key, cache, probe, opened]() mutable -> ApiResult<std::optional<OpenedCodeVersion>> {
               probe(Stage::CacheRead);
               const std::optional<CachedCodeVersion> hit = cache->read(key);
               if (!hit)
                   return std::optional<OpenedCodeVersion>();
               probe(Stage::Decode);
               opened.description = hit->description;
               opened.createTime = hit->createTime;
               opened.requestId = hit->requestId;
               opened.code = RoutineCodeDecoder::fromBytes(hit->bytes, hit->sha256); // the read verified it
               opened.fromCache = true;
               opened.readBundle();
               return std::optional<OpenedCodeVersion>(std::move(opened));
           })
            .followedBy([client = ref.client, key, cache, probe, opened](const std::optional<OpenedCodeVersion> &hit) {
                if (hit)
                    return Request<OpenedCodeVersion>::fromResult(*hit);
                return client->getRoutineCodeVersion<OpenedCodeVersion>(
                        opened.routine, opened.codeVersion,
                        [key, cache, probe, opened](RoutineCodeVersion &&v) mutable -> ApiResult<OpenedCodeVersion> {
                            probe(Stage::Decode);
                            opened.description = v.description;
                            opened.createTime = v.createTime;
                            opened.requestId = v.requestId;
                            opened.code = RoutineCodeDecoder::decode(std::move(v.routineCode));
                            if (worthCaching(opened.code)) {
                                probe(Stage::CacheWrite);
                                cache->write(key,
                                             CachedCodeVersion{opened.code.bytes, opened.code.sha256, opened.description,
                                                               opened.createTime, opened.requestId, QDateTime::currentDateTimeUtc()},
                                             CodeVersionCache::HashCheck::TrustCaller);
                            }
                            opened.readBundle();
                            return opened;
                        });
            });
}
