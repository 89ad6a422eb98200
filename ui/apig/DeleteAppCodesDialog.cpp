#include "ui/apig/DeleteAppCodesDialog.h"

#include "app/apig/AppCodeModel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

DeleteAppCodesDialog::DeleteAppCodesDialog(const AppCodeChange::Context &context, const QList<AppCode> &codes, bool finishingRotation,
                                           QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_codes(codes)
{
    setObjectName(QStringLiteral("DeleteAppCodesDialog"));
    setWindowTitle(finishingRotation ? tr("Rotate an AppCode of %1 — Step 2 of 2").arg(context.appName)
                                     : tr("Delete AppCodes of %1").arg(context.appName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(finishingRotation
                                     ? tr("Have all callers moved to the new AppCode? The old one below is deleted, and callers that still "
                                          "send it are refused from that moment.")
                                     : tr("Delete these AppCodes? Callers that send one of them in X-Apig-AppCode are refused from that moment."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("deleteAppCodesList"));
    m_list->setAccessibleName(tr("AppCodes to delete"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("AppCode"), tr("ID"), tr("Created")});
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    for (const AppCode &c : codes)
        new QTreeWidgetItem(m_list, {AppCodeModel::mask(c.appCode), c.id, QLocale().toString(c.createTime.toLocalTime(), QLocale::ShortFormat)});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("deleteAppCodesProgress"));
    m_progress->setAccessibleName(tr("Deletion progress"));
    m_progress->setRange(0, qMax(1, int(codes.size())));
    m_progress->setValue(0);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deleteAppCodesStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = m_buttons->addButton(finishingRotation ? tr("Callers Moved: &Delete the Old AppCode") : tr("&Delete %n AppCode(s)", nullptr, int(codes.size())),
                                    QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteAppCodesButton"));
    m_delete->setEnabled(!codes.isEmpty());
    layout->addWidget(m_buttons);
    connect(m_delete, &QPushButton::clicked, this, &DeleteAppCodesDialog::deleteCodes);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_deletion && m_deletion->isRunning()) {
            m_deletion->stop();
            m_status->setText(tr("Stopping after the AppCode being deleted now…"));
            return;
        }
        reject();
    });
    resize(720, 360);
}

void DeleteAppCodesDialog::deleteCodes()
{
    if (m_codes.isEmpty() || (m_deletion && m_deletion->isRunning()))
        return;
    m_delete->setEnabled(false);
    m_progress->show();
    m_deletion = new AppCodeDeletion(m_context, this);
    m_deletion->setObjectName(QStringLiteral("deletion"));
    connect(m_deletion, &CloudChange::progress, this, [this](const QString &step, int done) {
        m_status->setText(step);
        m_progress->setValue(done);
    });
    connect(m_deletion, &CloudChange::finished, this, [this](ChangeRecord::Outcome outcome, const QString &message) {
        m_progress->setValue(int(m_deletion->deleted().size()));
        m_status->setText(QStringLiteral("%1 — %2").arg(ChangeRecord::outcomeName(outcome), message));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        emit appCodesDeleted(m_deletion->deleted());
    });
    m_deletion->start(m_codes);
}
