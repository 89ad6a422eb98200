# Precompiled Qt and standard headers: most of a CloudCodes translation unit's compile time is
# parsing Qt's headers, on a 2-core machine that builds everything twice in CI (tests, sanitizers).
# Only headers of libraries; the project's own headers are never precompiled, so an edit to one
# rebuilds only what includes it.
set(CLOUDCODES_PCH_CORE
    <QByteArray> <QDateTime> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QMap>
    <QMutex> <QObject> <QPointer> <QSet> <QString> <QStringList> <QThreadPool> <QTimer> <QUrl>
    <QUrlQuery> <QVariant> <QAbstractItemModel> <QNetworkAccessManager> <QNetworkReply>
    <QNetworkRequest> <QCoreApplication>
    <algorithm> <atomic> <functional> <memory> <optional> <utility> <vector>)
set(CLOUDCODES_PCH_WIDGETS
    ${CLOUDCODES_PCH_CORE}
    <QAction> <QApplication> <QBoxLayout> <QComboBox> <QDialog> <QDialogButtonBox> <QHeaderView>
    <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPushButton> <QTableView> <QToolButton> <QTreeView> <QWidget>)
set(CLOUDCODES_PCH_TESTS ${CLOUDCODES_PCH_CORE} <QSignalSpy> <QTest>)
