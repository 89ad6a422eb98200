#include "VersionSearch.h"

#include <QtConcurrent/QtConcurrentRun>

namespace {
struct SearchOutcome
{
    ApiResult<OpenedCodeVersion> opened;
    QList<VersionMatch> matches;
};
using SharedOutcome = std::shared_ptr<SearchOutcome>;
} // namespace

VersionSearch::VersionSearch(CodeVersionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
}

VersionSearch::~VersionSearch()
{
    ++m_generation;
    for (QFuture<void> &f : m_inFlight)
        f.cancel();
}

bool VersionSearch::start(std::shared_ptr<EsaClient> client, const QString &accountId, const QString &routine,
                          const QStringList &versions, const QString &pattern, bool regularExpression, bool caseSensitive)
{
    cancel();
    m_patternError.clear();
    QRegularExpression re(regularExpression ? pattern : QRegularExpression::escape(pattern),
                          caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
    if (pattern.isEmpty() || !re.isValid()) {
        m_patternError = pattern.isEmpty() ? tr("Enter something to search for.")
                                           : tr("The regular expression is not valid: %1 (at %2).").arg(re.errorString()).arg(re.patternErrorOffset());
        return false;
    }
    m_client = std::move(client);
    m_accountId = accountId;
    m_routine = routine;
    m_queue = versions;
    m_re = re;
    m_total = int(versions.size());
    m_done = 0;
    m_running_count = 0;
    m_running = true;
    emit progress(0, m_total);
    if (m_queue.isEmpty()) {
        m_running = false;
        emit finished(false);
        return true;
    }
    for (int i = 0; i < MaxConcurrent; ++i)
        startNext();
    return true;
}

void VersionSearch::cancel()
{
    ++m_generation;
    for (QFuture<void> &f : m_inFlight)
        f.cancel();
    m_inFlight.clear();
    m_queue.clear();
    if (m_running) {
        m_running = false;
        emit finished(true);
    }
}

void VersionSearch::startNext()
{
    if (m_queue.isEmpty())
        return;
    const QString version = m_queue.takeFirst();
    ++m_running_count;
    const quint64 generation = m_generation;
    const QRegularExpression re = m_re;
    // Open (cache or network), then match on a pool thread, then report here.
    QFuture<void> f = m_repository.open(m_client, m_accountId, m_routine, version)
                              .then(QtFuture::Launch::Async, [re, version](const ApiResult<OpenedCodeVersion> &r) {
                                  auto o = std::make_shared<SearchOutcome>(SearchOutcome{r, {}});
                                  if (r.ok())
                                      o->matches = findMatches(version, r.value().code.text, re);
                                  return o;
                              })
                              .then(this, [this, generation, version](const SharedOutcome &outcome) {
                                  if (generation != m_generation)
                                      return;
                                  if (outcome->opened.ok())
                                      emit versionSearched(version, outcome->matches, outcome->opened.value().fromCache);
                                  else
                                      emit versionFailed(version, outcome->opened.error());
                                  oneDone();
                              });
    m_inFlight << f;
}

void VersionSearch::oneDone()
{
    --m_running_count;
    ++m_done;
    emit progress(m_done, m_total);
    if (!m_queue.isEmpty()) {
        startNext();
        return;
    }
    if (m_running_count == 0) {
        m_inFlight.clear();
        m_running = false;
        emit finished(false);
    }
}

QList<VersionMatch> VersionSearch::findMatches(const QString &codeVersion, const QString &text, const QRegularExpression &re,
                                               int maxMatches)
{
    QList<VersionMatch> out;
    if (text.isEmpty() || !re.isValid())
        return out;
    int lineNumber = 1;
    qsizetype lineStart = 0;
    const qsizetype n = text.size();
    while (lineStart <= n && out.size() < maxMatches) {
        qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        auto it = re.globalMatch(line);
        while (it.hasNext() && out.size() < maxMatches) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                break; // an empty match says nothing about where X is
            VersionMatch vm;
            vm.codeVersion = codeVersion;
            vm.line = lineNumber;
            vm.column = int(m.capturedStart());
            vm.length = int(m.capturedLength());
            // A window of the line around the match, so long minified lines stay readable.
            const qsizetype from = qMax<qsizetype>(0, m.capturedStart() - 60);
            QString snippet = line.mid(from, 160).toString().trimmed();
            if (from > 0)
                snippet.prepend(QStringLiteral("…"));
            vm.snippet = snippet;
            out.append(vm);
        }
        lineStart = lineEnd + 1;
        ++lineNumber;
    }
    return out;
}
