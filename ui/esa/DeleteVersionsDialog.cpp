#include "ui/esa/DeleteVersionsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DeleteVersionsDialog::DeleteVersionsDialog(const RoutineChange::Context &context, const QList<CodeVersion> &versions,
                                           const RoutineDetail &detail, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("DeleteVersionsDialog"));
    setWindowTitle(tr("Delete Code Versions of %1").arg(context.routine));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Delete these code versions of %1 for good? They cannot be restored, and no environment may run them.")
                                     .arg(context.routine),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("deleteList"));
    m_list->setAccessibleName(tr("Versions to delete"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Version"), tr("Created"), tr("Description"), tr("Note")});
    QStringList blocked;
    for (const CodeVersion &v : versions) {
        const QString why = VersionDeletion::whyNot(detail, v.codeVersion);
        auto *item = new QTreeWidgetItem(m_list, {v.codeVersion, QLocale().toString(v.createTime.toLocalTime(), QLocale::ShortFormat),
                                                  v.description, why.isEmpty() ? QString() : tr("kept: %1").arg(why)});
        item->setToolTip(2, v.description);
        if (!why.isEmpty()) {
            item->setDisabled(true);
            blocked << v.codeVersion;
        } else {
            m_deletable << v;
        }
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // The description takes the room; the note is as wide as its longest reason.
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("deleteWarning"));
    m_warning->setWordWrap(true);
    m_warning->setVisible(!blocked.isEmpty());
    m_warning->setText(tr("%n version(s) cannot be deleted because an environment runs them; deploy another version there first.",
                          nullptr, int(blocked.size())));
    layout->addWidget(m_warning);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("deleteProgress"));
    m_progress->setAccessibleName(tr("Deletion progress"));
    m_progress->setRange(0, qMax(1, int(m_deletable.size())));
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deleteStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = m_buttons->addButton(tr("Delete %n Version(s)", nullptr, int(m_deletable.size())), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setEnabled(!m_deletable.isEmpty());
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_deletion && m_deletion->isRunning()) {
            m_deletion->stop(); // after the one on its way: a delete already sent is waited for
            m_status->setText(tr("Stopping after the version being deleted now…"));
            return;
        }
        reject();
    });
    connect(m_delete, &QPushButton::clicked, this, &DeleteVersionsDialog::deleteVersions);
    resize(820, 420);
}

void DeleteVersionsDialog::deleteVersions()
{
    if (m_deletable.isEmpty() || (m_deletion && m_deletion->isRunning()))
        return;
    m_delete->setEnabled(false);
    m_progress->show();
    m_deletion = new VersionDeletion(m_context, this);
    m_deletion->setObjectName(QStringLiteral("deletion"));
    connect(m_deletion, &RoutineChange::progress, this, [this](const QString &step, int done) {
        m_status->setText(step);
        m_progress->setValue(done);
    });
    connect(m_deletion, &RoutineChange::finished, this, [this](ChangeRecord::Outcome outcome, const QString &message) {
        m_progress->setValue(int(m_deletion->deleted().size()));
        m_status->setText(QStringLiteral("%1 — %2").arg(ChangeRecord::outcomeName(outcome), message));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        if (m_deletion->after())
            emit versionsDeleted(*m_deletion->after());
    });
    m_deletion->start(m_deletable);
}
