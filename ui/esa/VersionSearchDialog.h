// "Find in all versions" of a routine: a text or regular expression, progress and cancel, and the
// matches grouped by version (line and snippet); activating one opens that version at that line.
#pragma once

#include "app/versions/VersionSearch.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

class VersionSearchDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VersionSearchDialog)

public:
    explicit VersionSearchDialog(CodeVersionRepository &repository, QWidget *parent = nullptr);

    void setRoutine(std::shared_ptr<EsaClient> client, const QString &accountId, const QString &routine, const QStringList &versions);
    void startSearch(const QString &pattern, bool regularExpression = false, bool caseSensitive = false);


signals:
    // `file`: the bundle's file of the match (empty for a single-file version).
    void openRequested(const QString &codeVersion, int line, const QString &pattern, bool regularExpression, bool caseSensitive,
                       const QString &file);

private:
    // Versions with at least one match, in the order the routine lists them.
    QStringList matchingVersions() const;
    void start();
    void addResults(const QString &codeVersion, const QList<VersionMatch> &matches);
    void finish(bool cancelled);

    VersionSearch *m_search;
    std::shared_ptr<EsaClient> m_client;
    QString m_accountId;
    QString m_routine;
    QStringList m_versions;
    QLineEdit *m_pattern = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_case = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_results = nullptr;
    int m_matchCount = 0;
    int m_failed = 0;
    QHash<QString, QTreeWidgetItem *> m_items;
};
