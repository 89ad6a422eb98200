// The ESA screen: routines of the selected account (paged as you scroll, searchable) above the
// code versions of the selected routine (with production/staging badges), and the code view
// beside them. Opening a version aborts the one still loading; the last choice always wins.
#pragma once

#include "code/OpenedCodeVersion.h"
#include "esa/EsaClient.h"

#include <QFuture>
#include <QWidget>
#include <memory>

class CodeVersionListModel;
class CodeVersionRepository;
class CodeView;
class LoadStatePanel;
class QLabel;
class QLineEdit;
class QTimer;
class QTreeView;
class RoutineListModel;
class VersionSearchDialog;

// One code version somewhere: which account (and its client), routine and version.
struct VersionRef
{
    QString accountId;
    std::shared_ptr<EsaClient> client;
    QString routine;
    QString codeVersion;
    QString label() const { return QStringLiteral("%1 @ %2").arg(routine, codeVersion); }
    bool isValid() const { return client && !routine.isEmpty() && !codeVersion.isEmpty(); }
};

class RoutineBrowser : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RoutineBrowser)

public:
    explicit RoutineBrowser(CodeVersionRepository &repository, QWidget *parent = nullptr);
    ~RoutineBrowser() override;

    void setAccount(const QString &accountId, std::shared_ptr<EsaClient> client);
    void showAccountError(const ApiError &error);
    QString accountId() const { return m_accountId; }

    RoutineListModel *routineModel() const { return m_routines; }
    CodeVersionListModel *versionModel() const { return m_versions; }
    QTreeView *routineView() const { return m_routineView; }
    QTreeView *versionView() const { return m_versionView; }
    CodeView *codeView() const { return m_code; }
    QLineEdit *searchField() const { return m_search; }

    void selectRoutine(const QString &name);
    // Opens a version of the selected routine; with line > 0 the view jumps there.
    void openVersion(const QString &codeVersion, int line = 0, const QString &highlight = {},
                     bool highlightIsRegex = false, bool highlightCaseSensitive = false);

    VersionRef refFor(const QString &codeVersion) const;
    QList<VersionRef> selectedVersions() const;
    VersionRef markedForCompare() const { return m_marked; }

public slots:
    void refreshSelectedLevel();
    void findInAllVersions();
    // Two selected versions, or the selected one and the one marked with "Select for Compare".
    void compareSelected();
    void compareWithFile();

signals:
    void message(const QString &text);
    void versionOpened(const OpenedCodeVersion &opened);
    void compareRequested(const VersionRef &a, const VersionRef &b);
    void compareWithFileRequested(const VersionRef &version, const QString &file);

private:
    void routineChosen(const QModelIndex &index);
    void showVersionContextMenu(const QPoint &pos);

    CodeVersionRepository &m_repository;
    QString m_accountId;
    std::shared_ptr<EsaClient> m_client;
    RoutineListModel *m_routines = nullptr;
    CodeVersionListModel *m_versions = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDebounce = nullptr;
    QTreeView *m_routineView = nullptr;
    QTreeView *m_versionView = nullptr;
    LoadStatePanel *m_routinePanel = nullptr;
    LoadStatePanel *m_versionPanel = nullptr;
    QLabel *m_versionsTitle = nullptr;
    CodeView *m_code = nullptr;
    VersionSearchDialog *m_searchDialog = nullptr;
    VersionRef m_marked;
    QFuture<void> m_pendingOpen;
    quint64 m_openGeneration = 0;
};
