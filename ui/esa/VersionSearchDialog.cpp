#include "ui/esa/VersionSearchDialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

VersionSearchDialog::VersionSearchDialog(CodeVersionRepository &repository, QWidget *parent)
    : QDialog(parent)
    , m_search(new VersionSearch(repository, this))
{
    m_search->setObjectName(QStringLiteral("search"));
    setObjectName(QStringLiteral("VersionSearchDialog"));
    setWindowTitle(tr("Find in All Versions"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_pattern = new QLineEdit(this);
    m_pattern->setObjectName(QStringLiteral("searchPattern"));
    m_pattern->setAccessibleName(tr("Search for"));
    m_pattern->setPlaceholderText(tr("Text or regular expression"));
    m_pattern->setClearButtonEnabled(true);
    m_regex = new QCheckBox(tr("Regular e&xpression"), this);
    m_case = new QCheckBox(tr("Match &case"), this);
    m_start = new QPushButton(tr("&Search"), this);
    m_start->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    row->addWidget(m_pattern, 1);
    row->addWidget(m_regex);
    row->addWidget(m_case);
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    layout->addLayout(row);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("searchProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Matches"));
    m_results->setHeaderLabels({tr("Version / line"), tr("Match")});
    m_results->header()->resizeSection(0, 220);
    m_results->setUniformRowHeights(true);
    layout->addWidget(m_results, 1);
    resize(760, 520);

    connect(m_start, &QPushButton::clicked, this, &VersionSearchDialog::start);
    connect(m_pattern, &QLineEdit::returnPressed, this, &VersionSearchDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_search, &VersionSearch::cancel);
    connect(m_search, &VersionSearch::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_status->setText(tr("Searched %1 of %2 versions, %n match(es) so far…", nullptr, m_matchCount).arg(done).arg(total));
    });
    connect(m_search, &VersionSearch::versionSearched, this, [this](const QString &v, const QList<VersionMatch> &m, bool) { addResults(v, m); });
    connect(m_search, &VersionSearch::versionFailed, this, [this](const QString &v, const ApiError &e) {
        ++m_failed;
        auto *item = new QTreeWidgetItem(m_results, {v, tr("could not be searched: %1").arg(e.summary())});
        item->setForeground(1, QColor(0xc0, 0x39, 0x2b));
    });
    connect(m_search, &VersionSearch::finished, this, &VersionSearchDialog::finish);
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString version = item->data(0, Qt::UserRole).toString();
        const int line = item->data(0, Qt::UserRole + 1).toInt();
        const QString file = item->data(0, Qt::UserRole + 2).toString();
        if (!version.isEmpty())
            emit openRequested(version, line, m_pattern->text(), m_regex->isChecked(), m_case->isChecked(), file);
    });
}

void VersionSearchDialog::setRoutine(std::shared_ptr<EsaClient> client, const QString &accountId, const QString &routine,
                                     const QStringList &versions)
{
    if (routine != m_routine || accountId != m_accountId) {
        m_search->cancel();
        m_results->clear();
        m_items.clear();
        m_status->clear();
        m_progress->setVisible(false);
    }
    m_client = std::move(client);
    m_accountId = accountId;
    m_routine = routine;
    m_versions = versions;
    setWindowTitle(tr("Find in All Versions of %1").arg(routine));
    m_pattern->setFocus();
}

void VersionSearchDialog::startSearch(const QString &pattern, bool regularExpression, bool caseSensitive)
{
    m_pattern->setText(pattern);
    m_regex->setChecked(regularExpression);
    m_case->setChecked(caseSensitive);
    start();
}

void VersionSearchDialog::start()
{
    m_results->clear();
    m_items.clear();
    m_matchCount = 0;
    m_failed = 0;
    if (!m_search->start(m_client, m_accountId, m_routine, m_versions, m_pattern->text(), m_regex->isChecked(), m_case->isChecked())) {
        m_status->setText(m_search->patternError());
        return;
    }
    if (m_search->isRunning()) {
        m_progress->setVisible(true);
        m_start->setEnabled(false);
        m_cancel->setEnabled(true);
    }
}

void VersionSearchDialog::addResults(const QString &codeVersion, const QList<VersionMatch> &matches)
{
    if (matches.isEmpty())
        return;
    m_matchCount += int(matches.size());
    auto *top = new QTreeWidgetItem({codeVersion, tr("%n match(es)", nullptr, int(matches.size()))});
    top->setData(0, Qt::UserRole, codeVersion);
    top->setData(0, Qt::UserRole + 1, matches.first().line);
    top->setData(0, Qt::UserRole + 2, matches.first().file);
    for (const VersionMatch &m : matches) {
        // A bundle's match names its file.
        auto *child = new QTreeWidgetItem(top, {m.file.isEmpty() ? tr("line %1").arg(m.line) : tr("%1:%2").arg(m.file).arg(m.line), m.snippet});
        child->setData(0, Qt::UserRole, codeVersion);
        child->setData(0, Qt::UserRole + 1, m.line);
        child->setData(0, Qt::UserRole + 2, m.file);
        child->setToolTip(0, m.file);
    }
    // Keep the routine's order (newest first), whatever order the answers came in.
    const int rank = int(m_versions.indexOf(codeVersion));
    int at = 0;
    while (at < m_results->topLevelItemCount()
           && m_versions.indexOf(m_results->topLevelItem(at)->data(0, Qt::UserRole).toString()) < rank)
        ++at;
    m_results->insertTopLevelItem(at, top);
    m_items.insert(codeVersion, top);
}

void VersionSearchDialog::finish(bool cancelled)
{
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    const int versions = int(m_items.size());
    QString text = cancelled ? tr("Cancelled. ") : QString();
    text += tr("%n match(es)", nullptr, m_matchCount) + QLatin1Char(' ') + tr("in %n version(s).", nullptr, versions);
    if (m_failed)
        text += QLatin1Char(' ') + tr("%n version(s) could not be searched.", nullptr, m_failed);
    if (versions > 0)
        text += QLatin1Char(' ') + tr("The oldest version containing it: %1.").arg(matchingVersions().constLast());
    m_status->setText(text);
}

QStringList VersionSearchDialog::matchingVersions() const
{
    QStringList out;
    for (const QString &v : m_versions) {
        if (m_items.contains(v))
            out << v;
    }
    return out;
}
