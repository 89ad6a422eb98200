#include "app/history/HistoryLoader.h"

#include <algorithm>

HistoryLoader::HistoryLoader(CodeVersionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
}

HistoryLoader::~HistoryLoader() = default;

QList<CodeVersion> HistoryLoader::oldestFirst(QList<CodeVersion> versions)
{
    std::stable_sort(versions.begin(), versions.end(), [](const CodeVersion &a, const CodeVersion &b) {
        if (a.createTime != b.createTime)
            return a.createTime < b.createTime;
        if (a.codeVersion.size() != b.codeVersion.size())
            return a.codeVersion.size() < b.codeVersion.size();
        return a.codeVersion < b.codeVersion;
    });
    return versions;
}

void HistoryLoader::start(std::shared_ptr<EsaClient> client, const QString &accountId, const QString &routine,
                          const QList<CodeVersion> &versions)
{
    cancel();
    m_client = std::move(client);
    m_accountId = accountId;
    m_routine = routine;
    m_order = oldestFirst(versions);
    m_loaded.clear();
    m_result.clear();
    m_error = {};
    m_total = int(m_order.size());
    m_fromCache = 0;
    m_expectedFromCache = 0;

    // Cached versions first: they take a slot for a moment only, and the downloads that follow
    // keep the slots busy for the rest of the load.
    QStringList cached, missing;
    for (const CodeVersion &v : std::as_const(m_order)) {
        const bool inCache = m_client
                && m_repository.cache().contains(CodeVersionRepository::keyFor(*m_client, m_accountId, m_routine, v.codeVersion));
        (inCache ? cached : missing) << v.codeVersion;
    }
    m_expectedFromCache = int(cached.size());
    m_queue = cached + missing;
    m_running = true;
    emit progress(0, m_total);
    if (m_queue.isEmpty()) {
        // Nothing to load still finishes as a request does: later, never from inside start().
        m_nothingToLoad = Request<bool>::fromResult(true).then(this, [this](const ApiResult<bool> &) {
            m_running = false;
            emit finished();
        });
        return;
    }
    for (int i = 0; i < MaxConcurrent && m_running; ++i)
        startNext();
}

void HistoryLoader::cancel()
{
    m_running = false;
    m_nothingToLoad.kill();
    m_queue.clear();
    // Dropping the requests aborts their downloads on the wire.
    std::map<QString, Request<OpenedCodeVersion>> dropped;
    dropped.swap(m_inFlight);
}

void HistoryLoader::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QString version = m_queue.takeFirst();
    m_inFlight[version] = m_repository.open(VersionRef{m_accountId, m_client, m_routine, version})
                                  .then(this, [this, version](const ApiResult<OpenedCodeVersion> &r) { oneDone(version, r); });
}

void HistoryLoader::oneDone(const QString &codeVersion, const ApiResult<OpenedCodeVersion> &result)
{
    // Kept alive until this function returns: its receiver is running.
    const auto finishedRequest = m_inFlight.extract(codeVersion);
    if (!m_running)
        return;
    if (!result.ok()) {
        m_error = result.error();
        cancel();
        emit failed(codeVersion, m_error);
        return;
    }
    if (result.value().fromCache)
        ++m_fromCache;
    m_loaded.insert(codeVersion, HistoryVersion::fromOpened(result.value()));
    startNext();
    // Each path ends with its one signal, so a receiver may start or cancel a load from there.
    if (!m_inFlight.empty()) {
        emit progress(done(), m_total);
        return;
    }
    m_running = false;
    m_result.reserve(m_order.size());
    for (const CodeVersion &v : std::as_const(m_order)) {
        HistoryVersion h = m_loaded.value(v.codeVersion);
        if (!h.createTime.isValid()) // the list's time, if the answer had none
            h.createTime = v.createTime.toUTC();
        m_result.append(h);
    }
    // The export needs the times it writes in order; the answers' times decide.
    std::stable_sort(m_result.begin(), m_result.end(), [](const HistoryVersion &a, const HistoryVersion &b) {
        if (a.createTime != b.createTime)
            return a.createTime < b.createTime;
        return a.codeVersion.size() != b.codeVersion.size() ? a.codeVersion.size() < b.codeVersion.size() : a.codeVersion < b.codeVersion;
    });
    emit finished();
}
