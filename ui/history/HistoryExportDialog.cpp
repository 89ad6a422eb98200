#include "ui/history/HistoryExportDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

HistoryExportDialog::HistoryExportDialog(CodeVersionRepository &repository, const RoutineHistoryExport::Target &target, QWidget *parent)
    : QDialog(parent)
    , m_export(new RoutineHistoryExport(repository, this))
{
    m_export->setObjectName(QStringLiteral("historyExport"));
    setObjectName(QStringLiteral("HistoryExportDialog"));
    setWindowTitle(tr("Export History of %1").arg(target.routine));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every code version of %1 becomes a commit, oldest first, in the git repository at %2; tags say what "
                                "production and staging run.")
                                     .arg(target.routine, QDir::toNativeSeparators(target.folder)),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setAccessibleName(tr("Export progress"));
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumWidth(460);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(this);
    m_openFolder = m_buttons->addButton(tr("&Open Folder"), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(QStringLiteral("exportOpenFolder"));
    m_openFolder->hide();
    m_close = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("exportClose"));
    layout->addWidget(m_buttons);
    connect(m_close, &QPushButton::clicked, this, &HistoryExportDialog::reject);
    connect(m_openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_export->target().folder));
    });
    connect(m_export, &RoutineHistoryExport::stageChanged, this, [this](RoutineHistoryExport::Stage stage) { showProgress(stage, 0, 0); });
    connect(m_export, &RoutineHistoryExport::progress, this, &HistoryExportDialog::showProgress);
    connect(m_export, &RoutineHistoryExport::finished, this, &HistoryExportDialog::showEnd);
    m_export->start(target);
}

void HistoryExportDialog::showProgress(RoutineHistoryExport::Stage stage, int done, int total)
{
    switch (stage) {
    case RoutineHistoryExport::Stage::Reading:
        m_progress->setRange(0, 0);
        m_status->setText(tr("Reading the versions and deployments of %1…").arg(m_export->target().routine));
        return;
    case RoutineHistoryExport::Stage::Loading: {
        const HistoryLoader *loader = m_export->loader();
        m_progress->setRange(0, qMax(1, loader->total()));
        m_progress->setValue(loader->done());
        m_status->setText(tr("Loading the versions: %1 of %2 (%3 from the cache)…").arg(loader->done()).arg(loader->total()).arg(loader->expectedFromCache()));
        return;
    }
    case RoutineHistoryExport::Stage::Writing:
        if (total > 0) {
            m_progress->setRange(0, total);
            m_progress->setValue(done);
            m_status->setText(tr("Writing the commits: %1 of %2…").arg(done).arg(total));
        } else {
            m_progress->setRange(0, 0);
            m_status->setText(tr("Writing the commits…"));
        }
        return;
    default:
        return;
    }
}

void HistoryExportDialog::showEnd()
{
    const RoutineHistoryExport::Stage stage = m_export->stage();
    m_progress->setRange(0, 1);
    m_progress->setValue(stage == RoutineHistoryExport::Stage::Finished ? 1 : 0);
    if (stage == RoutineHistoryExport::Stage::Finished)
        m_status->setText(tr("Done: %1.").arg(m_export->summary()));
    else if (stage == RoutineHistoryExport::Stage::Failed)
        m_status->setText(tr("The export failed: %1").arg(m_export->errorText()));
    else
        m_status->setText(m_export->summary());
    m_openFolder->setVisible(stage != RoutineHistoryExport::Stage::Failed && !m_export->result().head.isEmpty());
    m_buttons->removeButton(m_close);
    delete m_close;
    m_close = m_buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("exportClose"));
    connect(m_close, &QPushButton::clicked, this, &HistoryExportDialog::reject);
}

void HistoryExportDialog::reject()
{
    if (m_export->isRunning()) {
        m_status->setText(tr("Cancelling…"));
        m_export->cancel();
        return;
    }
    QDialog::reject();
}
