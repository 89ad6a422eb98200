#include "app/apig/AppCodeExporter.h"

#include "app/apig/AppCodeCsv.h"

#include <QSaveFile>

AppCodeExporter::AppCodeExporter(QObject *parent)
    : QObject(parent)
{
}

AppCodeExporter::~AppCodeExporter() = default;

bool AppCodeExporter::writePage(const QList<AppCode> &codes, const QString &file, QString *error)
{
    QSaveFile out(file);
    const QByteArray csv = AppCodeCsv::header() + AppCodeCsv::rows(codes);
    if (out.open(QIODevice::WriteOnly) && out.write(csv) == csv.size() && out.commit())
        return true;
    if (error)
        *error = out.errorString();
    return false;
}

void AppCodeExporter::start(std::shared_ptr<ApigClient> client, const QString &instanceId, const QString &appId, const QString &file)
{
    cancel();
    m_client = std::move(client);
    m_instanceId = instanceId;
    m_appId = appId;
    m_file = file;
    m_csv = AppCodeCsv::header();
    m_rows = 0;
    m_running = true;
    requestPage(0);
}

void AppCodeExporter::cancel()
{
    m_page.kill();
    m_csv.clear(); // secrets do not linger in memory
    if (m_running) {
        m_running = false;
        emit finished(false, m_rows, {});
    }
}

void AppCodeExporter::requestPage(qint64 offset)
{
    m_page = m_client->listAppCodes(m_instanceId, m_appId, offset, PageSize).then(this, [this, offset](const ApiResult<AppCodePage> &r) {
        if (!r.ok()) {
            m_running = false;
            m_csv.clear();
            emit finished(false, m_rows, r.error().summary());
            return;
        }
        m_csv += AppCodeCsv::rows(r.value().appCodes);
        m_rows += r.value().appCodes.size();
        const qint64 total = r.value().page.total;
        emit progress(m_rows, total);
        const qint64 next = offset + PageSize;
        if (!r.value().appCodes.isEmpty() && next < total) {
            requestPage(next);
            return;
        }
        QSaveFile out(m_file);
        const bool ok = out.open(QIODevice::WriteOnly) && out.write(m_csv) == m_csv.size() && out.commit();
        m_csv.clear();
        m_running = false;
        emit finished(ok, m_rows, ok ? QString() : out.errorString());
    });
}
