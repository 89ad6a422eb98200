#include "ui/common/LoadStatePanel.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

LoadStatePanel::LoadStatePanel(QWidget *view, QWidget *parent)
    : QStackedWidget(parent)
    , m_view(view)
{
    addWidget(view);
    m_messagePage = new QWidget(this);
    auto *layout = new QVBoxLayout(m_messagePage);
    m_message = new QLabel(m_messagePage);
    m_message->setObjectName(QStringLiteral("stateMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy = new QProgressBar(m_messagePage);
    m_busy->setRange(0, 0); // indeterminate: a spinner in place
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(160);
    m_retry = new QPushButton(tr("&Retry"), m_messagePage);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(m_busy, 0, Qt::AlignHCenter);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch();
    addWidget(m_messagePage);
    connect(m_retry, &QPushButton::clicked, this, &LoadStatePanel::retryRequested);
    showState(LoadState::Idle);
}

void LoadStatePanel::showState(LoadState state, const ApiError &error)
{
    m_busy->setVisible(state == LoadState::Loading);
    // Asking again cannot help what the account's gateway does not offer.
    m_retry->setVisible(state == LoadState::Failed && error.kind != ApiError::Kind::Unsupported);
    switch (state) {
    case LoadState::Ready:
        setCurrentWidget(m_view);
        return;
    case LoadState::Idle:
        m_message->setText(m_idleText);
        break;
    case LoadState::Loading:
        m_message->setText(tr("Loading…"));
        break;
    case LoadState::Empty:
        m_message->setText(m_emptyText);
        break;
    case LoadState::Failed:
        m_message->setText(error.summary());
        m_message->setToolTip(error.details());
        break;
    }
    setCurrentWidget(m_messagePage);
}
