#include "ui/apig/ResetAppSecretDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ResetAppSecretDialog::ResetAppSecretDialog(const AppCodeChange::Context &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("ResetAppSecretDialog"));
    setWindowTitle(tr("Reset the AppSecret of %1").arg(context.appName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The gateway makes a new AppSecret for %1. Callers that sign their requests with the old "
                                "AppSecret break at once: they are refused from that moment, until they use the new one. "
                                "AppCodes and the AppKey stay as they are.")
                                     .arg(context.appName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *ask = new QLabel(tr("Type the app's name, %1, to confirm:").arg(context.appName), this);
    ask->setWordWrap(true);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("resetSecretConfirm"));
    m_confirm->setAccessibleName(tr("The app's name, to confirm"));
    ask->setBuddy(m_confirm);
    layout->addWidget(ask);
    layout->addWidget(m_confirm);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resetSecretStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_reset = m_buttons->addButton(tr("&Reset AppSecret"), QDialogButtonBox::DestructiveRole);
    m_reset->setObjectName(QStringLiteral("resetSecretButton"));
    m_reset->setAccessibleName(tr("Reset the AppSecret"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("resetSecretCancel"));
    layout->addWidget(m_buttons);
    connect(m_confirm, &QLineEdit::textChanged, this, &ResetAppSecretDialog::updateButton);
    connect(m_reset, &QPushButton::clicked, this, &ResetAppSecretDialog::reset);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_change && m_change->isRunning()) {
            m_change->stop(); // before the reset is sent; once sent, its answer is waited for
            m_status->setText(tr("Stopping…"));
            return;
        }
        reject();
    });
    updateButton();
    resize(560, 0);
}

void ResetAppSecretDialog::updateButton()
{
    const bool running = m_change && m_change->isRunning();
    m_reset->setEnabled(!running && !m_change && m_confirm->text().trimmed() == m_context.appName);
}

void ResetAppSecretDialog::reset()
{
    if (m_change || m_confirm->text().trimmed() != m_context.appName)
        return;
    m_confirm->setEnabled(false);
    m_change = new AppSecretReset(m_context, this);
    m_change->setObjectName(QStringLiteral("secretReset"));
    connect(m_change, &CloudChange::progress, m_status, &QLabel::setText);
    connect(m_change, &CloudChange::finished, this, [this](ChangeRecord::Outcome outcome, const QString &message) {
        m_status->setText(QStringLiteral("%1 — %2").arg(ChangeRecord::outcomeName(outcome), message));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        emit secretReset(m_change->changed());
    });
    m_change->start();
    updateButton();
}
