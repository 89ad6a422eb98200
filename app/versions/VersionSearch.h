// "Find in all versions": a text or regular expression matched across every code version of a
// routine — cached ones locally, missing ones fetched at most four at a time — with progress,
// cancel and per-line results. Answers "which version introduced X". A bundle is searched file by
// file (its text files: not images, fonts or other binaries), each match naming its file.
#pragma once

#include "app/versions/CodeVersionRepository.h"

#include <QObject>
#include <QRegularExpression>

#include <map>

struct VersionMatch
{
    QString codeVersion;
    int line = 0;      // 1-based
    int column = 0;    // 0-based, in characters
    int length = 0;
    QString snippet;   // the line, trimmed and shortened around the match
    QString file;      // a bundle's file the match is in ("assets/css/site.css"); empty for a single file
};

class VersionSearch : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionSearch)

public:
    static constexpr int MaxConcurrent = 4;
    static constexpr int MaxMatchesPerVersion = 200;

    explicit VersionSearch(CodeVersionRepository &repository, QObject *parent = nullptr);
    ~VersionSearch() override;

    // Starts a new search (cancelling any running one). An invalid regular expression fails at once.
    bool start(std::shared_ptr<EsaClient> client, const QString &accountId, const QString &routine,
               const QStringList &versions, const QString &pattern, bool regularExpression, bool caseSensitive);
    void cancel();
    bool isRunning() const { return m_running; }
    QString patternError() const { return m_patternError; }

    // Pure: the matches of `re` in `text`, line by line (also used by tests and fuzzing).
    static QList<VersionMatch> findMatches(const QString &codeVersion, const QString &text, const QRegularExpression &re,
                                           int maxMatches = MaxMatchesPerVersion);
    // The matches in a version: in its text, or in each text file of its bundle (entry first).
    static QList<VersionMatch> findMatches(const OpenedCodeVersion &version, const QRegularExpression &re,
                                           int maxMatches = MaxMatchesPerVersion);

signals:
    void progress(int done, int total);
    void versionSearched(const QString &codeVersion, const QList<VersionMatch> &matches, bool fromCache);
    void versionFailed(const QString &codeVersion, const ApiError &error);
    void finished(bool cancelled);

private:
    struct Searched
    {
        QList<VersionMatch> matches;
        bool fromCache = false;
    };
    void startNext();
    void oneDone(const QString &codeVersion, const ApiResult<Searched> &result);

    CodeVersionRepository &m_repository;
    std::shared_ptr<EsaClient> m_client;
    QString m_accountId;
    QString m_routine;
    QStringList m_queue;
    QRegularExpression m_re;
    // The versions being opened and searched, at most MaxConcurrent: cancel drops (aborts) them.
    std::map<QString, Request<Searched>> m_inFlight;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
    QString m_patternError;
};
