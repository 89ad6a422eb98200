// Exports all AppCodes of an app to a CSV file: every page (500 at a time), with progress and
// cancel; the file appears only when complete (nothing half-written is left behind).
#pragma once

#include "app/apig/ApigClient.h"

#include <QObject>

class AppCodeExporter : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppCodeExporter)

public:
    static constexpr int PageSize = 500;

    explicit AppCodeExporter(QObject *parent = nullptr);
    ~AppCodeExporter() override;

    void start(std::shared_ptr<ApigClient> client, const QString &instanceId, const QString &appId, const QString &file);
    void cancel();
    bool isRunning() const { return m_running; }

    // One page's CSV, written at once.
    static bool writePage(const QList<AppCode> &codes, const QString &file, QString *error);

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, qint64 rows, const QString &error); // cancelled: ok false, error empty

private:
    void requestPage(qint64 offset);

    std::shared_ptr<ApigClient> m_client;
    QString m_instanceId;
    QString m_appId;
    QString m_file;
    QByteArray m_csv;
    qint64 m_rows = 0;
    bool m_running = false;
    Request<AppCodePage> m_page; // dropped on cancel: the page on its way is aborted
};
