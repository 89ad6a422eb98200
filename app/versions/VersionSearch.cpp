#include "app/versions/VersionSearch.h"

#include "app/versions/BundleFileContent.h"

VersionSearch::VersionSearch(CodeVersionRepository &repository, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
{
}

VersionSearch::~VersionSearch() = default;

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
    const QRegularExpression re = m_re;
    // Open (cache or network), then match on the pool, then report here.
    m_inFlight[version] = m_repository.open(m_client, m_accountId, m_routine, version)
                                  .map([re, version](const ApiResult<OpenedCodeVersion> &r) -> ApiResult<Searched> {
                                      if (!r.ok())
                                          return r.error();
                                      return Searched{findMatches(r.value(), re), r.value().fromCache};
                                  })
                                  .then(this, [this, version](const ApiResult<Searched> &r) { oneDone(version, r); });
}

void VersionSearch::oneDone(const QString &codeVersion, const ApiResult<Searched> &result)
{
    m_inFlight.erase(codeVersion);
    ++m_done;
    if (result.ok())
        emit versionSearched(codeVersion, result.value().matches, result.value().fromCache);
    else
        emit versionFailed(codeVersion, result.error());
    if (!m_running)
        return; // a receiver cancelled the search
    emit progress(m_done, m_total);
    if (!m_queue.isEmpty()) {
        startNext();
        return;
    }
    if (m_inFlight.empty()) {
        m_running = false;
        emit finished(false);
    }
}

QList<VersionMatch> VersionSearch::findMatches(const OpenedCodeVersion &version, const QRegularExpression &re, int maxMatches)
{
    if (!version.isBundle())
        return findMatches(version.codeVersion, version.code.text(), re, maxMatches);
    QList<VersionMatch> out;
    for (const CodeBundle::File &f : version.bundle.files()) {
        if (out.size() >= maxMatches)
            break;
        // Text files only: a NUL says binary (an image, a font), as the diff's rule has it.
        if (f.bytes.contains('\0') || !BundleFileContent::imageFormatForPath(f.path).isEmpty() || BundleFileContent::isFontPath(f.path))
            continue;
        QList<VersionMatch> inFile = findMatches(version.codeVersion, QString::fromUtf8(f.bytes), re, maxMatches - int(out.size()));
        for (VersionMatch &m : inFile)
            m.file = f.path;
        out += inFile;
    }
    return out;
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
