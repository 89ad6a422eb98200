// "Who serves this URL?" (Ctrl+Shift+U): a URL in, the answer out — the winning route and
// routine (or default host / custom domain), the versions production runs of it with their
// shares, and the rules that also matched but lost, and why. The account's routing data is read
// once when the dialog opens (UrlResolver::load) and again on Reload; each URL is resolved from it.
#pragma once

#include "app/esa/UrlResolver.h"

#include <QDialog>
#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

class UrlResolverDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UrlResolverDialog)

public:
    // `read` starts the read of the account (EsaWorkspace::readRouting), null without an account.
    UrlResolverDialog(std::function<Request<RoutingData>()> read, const QString &accountName, QWidget *parent = nullptr);

    // The last answer (none before the data arrived and a URL was resolved).
    const std::optional<Resolution> &resolution() const { return m_resolution; }
    bool dataReady() const { return m_data.has_value(); }

public slots:
    void reload();
    void resolve();

signals:
    void resolved();

private:
    std::function<Request<RoutingData>()> m_read;
    Request<RoutingData> m_request;
    std::optional<RoutingData> m_data;
    std::optional<Resolution> m_resolution;
    QLineEdit *m_url = nullptr;
    QPushButton *m_resolve = nullptr;
    QPushButton *m_reload = nullptr;
    QLabel *m_state = nullptr;
    QPlainTextEdit *m_answer = nullptr;
};
