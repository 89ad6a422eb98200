#include "ui/esa/PlacementChangeDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

PlacementChangeDialog::PlacementChangeDialog(const PlacementChange::Context &context, const QString &title, const QString &whatChanges,
                                             const QString &confirmText, Start start, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_start(std::move(start))
{
    setObjectName(QStringLiteral("PlacementChangeDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(whatChanges, this);
    what->setObjectName(QStringLiteral("placementWhat"));
    what->setWordWrap(true);
    what->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(what);
    auto *note = new QLabel(tr("This changes the cloud of %1. It is sent once and written to the change journal.").arg(context.accountName), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("placementStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("placementButtons"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("placementCancel"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_confirm = m_buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("placementConfirm"));
    m_confirm->setAccessibleName(confirmText);
    m_confirm->setDefault(false); // Enter does not change the cloud; a click or Alt+key does
    layout->addWidget(m_buttons);
    // Nothing connects accepted(): the click is taken here and the dialog stays to show the outcome.
    connect(m_confirm, &QPushButton::clicked, this, &PlacementChangeDialog::confirm);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_change && m_change->isRunning())
            return; // a write on its way is waited for, never abandoned
        reject();
    });
    resize(560, 220);
}

void PlacementChangeDialog::confirm()
{
    if (m_change)
        return; // once: a change is never sent twice from here
    m_confirm->setEnabled(false);
    m_status->setText(tr("Sending…"));
    m_change = new PlacementChange(m_context, this);
    m_change->setObjectName(QStringLiteral("placementChange"));
    connect(m_change, &CloudChange::progress, this, [this](const QString &step) { m_status->setText(step); });
    connect(m_change, &CloudChange::finished, this, [this](ChangeRecord::Outcome outcome, const QString &message) {
        m_status->setText(QStringLiteral("%1 — %2").arg(ChangeRecord::outcomeName(outcome), message));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        emit changeEnded(outcome);
    });
    m_start(*m_change);
}
