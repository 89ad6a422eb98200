#include "ui/common/SecretLineEdit.h"

#include <QAction>
#include <QIcon>

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    m_reveal = addAction(QIcon::fromTheme(QStringLiteral("view-reveal-symbolic"), QIcon(QStringLiteral(":/icons/reveal.svg"))),
                         QLineEdit::TrailingPosition);
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show or hide"));
    m_reveal->setToolTip(tr("Show or hide"));
    m_reveal->setObjectName(QStringLiteral("revealAction"));
    connect(m_reveal, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    // Secrets are not offered to input-method prediction or undo history across fields.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
    m_reveal->setToolTip(revealed ? tr("Hide") : tr("Show"));
}
