// The request primitive's contract (net/Request.h), with a hand-driven producer: exactly one
// result, on the context's thread; kill, replace and drop all abort (the abort action runs once)
// and no answer arrives afterwards; shared claims keep the work alive until the last is dropped;
// map runs on the pool and its kill reaches upstream; sharing by key.
#include "app/async/Request.h"
#include "app/async/RequestSharing.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {
// A producer the test finishes by hand; counts how often its abort action ran.
struct Work
{
    std::shared_ptr<RequestState<int>> state = std::make_shared<RequestState<int>>();
    std::shared_ptr<std::atomic<int>> aborts = std::make_shared<std::atomic<int>>(0);

    Work()
    {
        state->setAbortAction([a = aborts] { ++*a; });
    }
    Request<int> request() const { return Request<int>(state); }
};

ApiError failure()
{
    return ApiError(ApiError::Service::Esa, ApiError::Kind::Http, QStringLiteral("refused"));
}
} // namespace

class TestRequest : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnceOnTheContextThread();
    void deliveryIsQueuedEvenWhenAlreadyFinished();
    void killAbortsAndNothingArrives();
    void killAfterFinishIsHarmless();
    void replacingAbortsTheOldOne();
    void droppingAbortsAtOnce();
    void sharedClaimsAbortWithTheLast();
    void deadContextGetsNothing();
    void producerStopsWhenAbortedBeforeItStarts();
    void mapRunsOnThePoolAndKillReachesUpstream();
    void mapPassesErrorsThrough();
    void onPoolRunsOffThisThreadAndNeverAfterKill();
    void receiverMayReplaceItsOwnRequest();
    void sharingJoinsLiveWorkOnly();
    void anyRequestOwnsAndKills();
};

void TestRequest::deliversOnceOnTheContextThread()
{
    Work work;
    QObject context;
    QList<int> got;
    const QThread *deliveredOn = nullptr;
    Request<int> r = work.request().then(&context, [&](const ApiResult<int> &v) {
        got << v.value();
        deliveredOn = QThread::currentThread();
    });
    QVERIFY(r.isRunning());
    // Finished from another thread, twice: only the first counts.
    QThread producer;
    producer.start();
    QMetaObject::invokeMethod(&context, [] {}); // nothing pending yet
    bool second = true;
    QObject worker;
    worker.moveToThread(&producer);
    QMetaObject::invokeMethod(&worker, [&] {
        work.state->finish(7);
        second = work.state->finish(8);
    }, Qt::BlockingQueuedConnection);
    producer.quit();
    producer.wait();
    QVERIFY(!second);
    QVERIFY(got.isEmpty()); // never synchronously
    QTRY_COMPARE(got, QList<int>{7});
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(!r.isRunning());
    QCOMPARE(work.aborts->load(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(got.size(), 1);
}

void TestRequest::deliveryIsQueuedEvenWhenAlreadyFinished()
{
    QObject context;
    int got = 0;
    Request<int> r = Request<int>::fromResult(5).then(&context, [&](const ApiResult<int> &v) { got = v.value(); });
    QCOMPARE(got, 0);
    QTRY_COMPARE(got, 5);
}

void TestRequest::killAbortsAndNothingArrives()
{
    Work work;
    QObject context;
    bool ran = false;
    Request<int> r = work.request().then(&context, [&](const ApiResult<int> &) { ran = true; });
    r.kill();
    QCOMPARE(work.aborts->load(), 1);
    QVERIFY(work.state->isAborted());
    QVERIFY(!work.state->finish(1)); // a late answer is refused at the source
    r.kill();                        // idempotent
    QCOMPARE(work.aborts->load(), 1);
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestRequest::killAfterFinishIsHarmless()
{
    Work work;
    QObject context;
    bool ran = false;
    Request<int> r = work.request().then(&context, [&](const ApiResult<int> &) { ran = true; });
    work.state->finish(3);
    r.kill(); // before the queued delivery ran: the answer is no longer wanted
    QCoreApplication::processEvents();
    QVERIFY(!ran);
    QCOMPARE(work.aborts->load(), 0); // finished work is not aborted
}

void TestRequest::replacingAbortsTheOldOne()
{
    Work a, b;
    QObject context;
    QList<int> got;
    Request<int> r = a.request().then(&context, [&](const ApiResult<int> &v) { got << v.value(); });
    r = b.request().then(&context, [&](const ApiResult<int> &v) { got << v.value(); });
    QCOMPARE(a.aborts->load(), 1);
    QCOMPARE(b.aborts->load(), 0);
    a.state->finish(1);
    b.state->finish(2);
    QTRY_COMPARE(got, QList<int>{2});
}

void TestRequest::droppingAbortsAtOnce()
{
    Work work;
    {
        QObject context;
        Request<int> r = work.request().then(&context, [](const ApiResult<int> &) {});
    }
    QCOMPARE(work.aborts->load(), 1);
    // An unbound request dropped is aborted too.
    Work unbound;
    { Request<int> r = unbound.request(); }
    QCOMPARE(unbound.aborts->load(), 1);
}

void TestRequest::sharedClaimsAbortWithTheLast()
{
    Work work;
    QObject context;
    int answers = 0;
    Request<int> first = work.request().then(&context, [&](const ApiResult<int> &) { ++answers; });
    Request<int> second = first.share().then(&context, [&](const ApiResult<int> &) { ++answers; });
    QCOMPARE(work.state->subscriberCount(), 2);
    first.kill();
    QCOMPARE(work.aborts->load(), 0);
    work.state->finish(1);
    QTRY_COMPARE(answers, 1);
    QCoreApplication::processEvents();
    QCOMPARE(answers, 1); // the killed claim got nothing

    Work other;
    Request<int> x = other.request();
    Request<int> y = x.share();
    x.kill();
    QCOMPARE(other.aborts->load(), 0);
    y.kill();
    QCOMPARE(other.aborts->load(), 1);
}

void TestRequest::deadContextGetsNothing()
{
    Work work;
    bool ran = false;
    Request<int> r;
    {
        QObject context;
        r = work.request().then(&context, [&](const ApiResult<int> &) { ran = true; });
        work.state->finish(1); // the delivery is posted to `context`...
    }                          // ...which dies before it runs
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestRequest::producerStopsWhenAbortedBeforeItStarts()
{
    auto state = std::make_shared<RequestState<int>>();
    { Request<int> r(state); }
    QVERIFY(state->isAborted());
    bool abortRan = false;
    QVERIFY(!state->setAbortAction([&] { abortRan = true; })); // the producer learns it is not wanted
    QVERIFY(!abortRan);
}

void TestRequest::mapRunsOnThePoolAndKillReachesUpstream()
{
    Work work;
    QObject context;
    std::atomic<const QThread *> mappedOn{nullptr};
    int got = 0;
    Request<QString> r = work.request()
                                 .map([&mappedOn](const ApiResult<int> &v) {
                                     mappedOn = QThread::currentThread();
                                     return ApiResult<QString>(QString::number(v.value() * 2));
                                 })
                                 .then(&context, [&](const ApiResult<QString> &v) { got = v.value().toInt(); });
    work.state->finish(21);
    QTRY_COMPARE(got, 42);
    QVERIFY(mappedOn.load() && mappedOn.load() != QThread::currentThread());

    Work upstream;
    bool ran = false;
    Request<QString> mapped = upstream.request()
                                      .map([](const ApiResult<int> &v) { return ApiResult<QString>(QString::number(v.value())); })
                                      .then(&context, [&](const ApiResult<QString> &) { ran = true; });
    mapped.kill();
    QCOMPARE(upstream.aborts->load(), 1); // the kill went all the way up
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestRequest::mapPassesErrorsThrough()
{
    Work work;
    QObject context;
    std::optional<ApiResult<QString>> got;
    Request<QString> r = work.request()
                                 .map([](const ApiResult<int> &v) -> ApiResult<QString> {
                                     if (!v.ok())
                                         return v.error();
                                     return QString();
                                 })
                                 .then(&context, [&](const ApiResult<QString> &v) { got = v; });
    work.state->finish(failure());
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().message, QStringLiteral("refused"));
}

void TestRequest::onPoolRunsOffThisThreadAndNeverAfterKill()
{
    QObject context;
    std::atomic<const QThread *> ranOn{nullptr};
    int got = 0;
    Request<int> r = Request<int>::onPool([&ranOn] {
                         ranOn = QThread::currentThread();
                         return ApiResult<int>(9);
                     }).then(&context, [&](const ApiResult<int> &v) { got = v.value(); });
    QTRY_COMPARE(got, 9);
    QVERIFY(ranOn.load() != QThread::currentThread());

    // Killed before the pool gets to it: the work never runs. The pool is kept busy meanwhile.
    QSemaphore hold;
    for (int i = 0; i < QThreadPool::globalInstance()->maxThreadCount(); ++i)
        QThreadPool::globalInstance()->start([&hold] { hold.acquire(); });
    std::atomic<bool> workRan{false};
    Request<int> never = Request<int>::onPool([&workRan] {
        workRan = true;
        return ApiResult<int>(1);
    });
    never.kill();
    hold.release(QThreadPool::globalInstance()->maxThreadCount());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QVERIFY(!workRan);
}

void TestRequest::receiverMayReplaceItsOwnRequest()
{
    Work a, b;
    QObject context;
    QList<int> got;
    Request<int> r;
    r = a.request().then(&context, [&](const ApiResult<int> &v) {
        got << v.value();
        r = b.request().then(&context, [&](const ApiResult<int> &w) { got << w.value(); });
    });
    a.state->finish(1);
    QTRY_COMPARE(got.size(), 1);
    b.state->finish(2);
    QTRY_COMPARE(got, (QList<int>{1, 2}));
    QCOMPARE(a.aborts->load(), 0);
}

void TestRequest::sharingJoinsLiveWorkOnly()
{
    RequestSharing sharing;
    int started = 0;
    std::vector<Work> works(3);
    const auto start = [&] { return works.at(started++).request(); };
    Request<int> first = sharing.obtain<int>(QStringLiteral("k"), start);
    Request<int> second = sharing.obtain<int>(QStringLiteral("k"), start);
    Request<int> other = sharing.obtain<int>(QStringLiteral("other"), start);
    QCOMPARE(started, 2);
    QCOMPARE(sharing.liveCount(), 2);
    QCOMPARE(first.state(), second.state());
    // Finished work is never joined: the next ask starts anew.
    works.at(0).state->finish(1);
    Request<int> third = sharing.obtain<int>(QStringLiteral("k"), start);
    QCOMPARE(started, 3);
    QVERIFY(third.state() != first.state());
    // The same key with another value type is other work.
    int strings = 0;
    Request<QString> s = sharing.obtain<QString>(QStringLiteral("k"), [&] {
        ++strings;
        return Request<QString>::fromResult(QString());
    });
    QCOMPARE(strings, 1);
}

void TestRequest::anyRequestOwnsAndKills()
{
    Work work;
    AnyRequest any = work.request();
    QVERIFY(any.isRunning());
    Work next;
    any = next.request(); // replaced: the first is aborted
    QCOMPARE(work.aborts->load(), 1);
    any.kill();
    QCOMPARE(next.aborts->load(), 1);
    QVERIFY(!any.isRunning());
}

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
