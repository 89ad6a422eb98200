// Loads a routine's code versions for the history features (annotation, export), oldest first:
// the versions the cache holds are read from it (no request), the others fetched through the
// CodeVersionRepository, at most MaxConcurrent opens in flight at a time, cached ones first. It
// reports progress and holds every open as a Request, so cancel() (or the loader's end) aborts
// what is still on the wire and no answer arrives afterwards. The first version that cannot be
// loaded fails the whole load (a history with a hole would name the wrong versions) and aborts
// the rest; what loaded meanwhile stays cached, so loading again costs only the missing ones.
#pragma once

#include "app/versions/CodeVersionRepository.h"
#include "app/esa/CodeVersion.h"
#include "app/history/HistoryVersion.h"
#include "app/async/Request.h"

#include <QHash>
#include <QObject>

#include <map>

class HistoryLoader : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HistoryLoader)

public:
    static constexpr int MaxConcurrent = 4;

    explicit HistoryLoader(CodeVersionRepository &repository, QObject *parent = nullptr);
    ~HistoryLoader() override;

    // Loads `versions` (in any order) of `routine`, replacing (and aborting) a load in progress.
    // Never reports from inside start(): an empty list finishes once the event loop runs.
    void start(std::shared_ptr<EsaClient> client, const QString &accountId, const QString &routine,
               const QList<CodeVersion> &versions);
    // Aborts what is on its way; nothing is emitted afterwards. Idempotent.
    void cancel();

    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    int done() const { return int(m_loaded.size()); }
    int fromCache() const { return m_fromCache; }
    int downloaded() const { return done() - m_fromCache; }
    // The versions known to be cached when the load started (they are read, not fetched).
    int expectedFromCache() const { return m_expectedFromCache; }
    // Every version, oldest first (by creation time, then id), once finished() was emitted.
    const QList<HistoryVersion> &versions() const { return m_result; }
    ApiError error() const { return m_error; }

    // Oldest first: by creation time, then by id (ids of one routine have the same length).
    static QList<CodeVersion> oldestFirst(QList<CodeVersion> versions);

signals:
    void progress(int done, int total);
    void finished();
    // `codeVersion` could not be loaded; the others were aborted.
    void failed(const QString &codeVersion, const ApiError &error);

private:
    void startNext();
    void oneDone(const QString &codeVersion, const ApiResult<OpenedCodeVersion> &result);

    CodeVersionRepository &m_repository;
    std::shared_ptr<EsaClient> m_client;
    QString m_accountId;
    QString m_routine;
    QList<CodeVersion> m_order; // oldest first: how versions() is ordered
    QStringList m_queue;        // what is still to open: cached first
    std::map<QString, Request<OpenedCodeVersion>> m_inFlight;
    Request<bool> m_nothingToLoad;
    QHash<QString, HistoryVersion> m_loaded;
    QList<HistoryVersion> m_result;
    int m_total = 0;
    int m_fromCache = 0;
    int m_expectedFromCache = 0;
    bool m_running = false;
    ApiError m_error;
};
