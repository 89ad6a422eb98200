// SequentialChange with hand-driven steps: each step is started only after the one before it
// succeeded, in order and once; progress names each step as it starts; the first failure stops
// the rest (never started); stop() waits for the step on its way and sends no more; a kill, or
// destroying the sequence, aborts the step on its way (its abort action runs) and nothing is
// heard afterwards; nothing is ever announced from inside start().
#include "app/changes/SequentialChange.h"
#include "tests/support/HandDrivenRequest.h"

#include <QSignalSpy>
#include <QTest>

#include <atomic>

namespace {
using Work = HandDrivenRequest;

ApiError refusal()
{
    return ApiError(ApiError::Service::Apig, ApiError::Kind::Http, QStringLiteral("refused"));
}

// `count` steps over `work`; `sent` gets the index of each step as its request is made, and
// `answers` what each step that succeeded answered.
struct Plan
{
    explicit Plan(int count) : work(std::size_t(count)) {}

    std::vector<SequentialChange::Step> steps()
    {
        std::vector<SequentialChange::Step> out;
        for (int i = 0; i < int(work.size()); ++i)
            out.emplace_back(
                    [this, i] {
                        sent << i;
                        return Request<int>(work[std::size_t(i)].state);
                    },
                    [this](int answer) { answers << answer; });
        return out;
    }

    std::vector<Work> work;
    QList<int> sent;
    QList<int> answers;
};
} // namespace

class TestSequentialChange : public QObject
{
    Q_OBJECT

private slots:
    void stepsGoInOrderEachAfterThePreviousSucceeded();
    void firstFailureStopsTheRest();
    void stopWaitsForTheStepOnItsWayAndSendsNoMore();
    void killAbortsTheStepOnItsWayAndNothingFollows();
    void destroyingItAbortsTheStepOnItsWay();
    void nothingToDoFinishesFromTheEventLoop();
};

void TestSequentialChange::stepsGoInOrderEachAfterThePreviousSucceeded()
{
    Plan plan(3);
    SequentialChange sequence;
    QSignalSpy started(&sequence, &SequentialChange::stepStarted);
    QSignalSpy finished(&sequence, &SequentialChange::finished);
    sequence.start(plan.steps());
    QVERIFY(sequence.isRunning());
    QVERIFY(plan.sent.isEmpty()); // never from inside start()
    QTRY_COMPARE(plan.sent, QList<int>{0});

    for (int i = 0; i < 3; ++i) {
        QCOMPARE(plan.sent.size(), i + 1); // the next one waits for this one's answer
        QCOMPARE(started.size(), i + 1);
        QCOMPARE(started.at(i), (QVariantList{i, 3}));
        QCoreApplication::processEvents();
        QCOMPARE(plan.sent.size(), i + 1);
        plan.work[std::size_t(i)].state->finish(10 * i);
        if (i < 2)
            QTRY_COMPARE(plan.sent.size(), i + 2);
    }
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(plan.sent, (QList<int>{0, 1, 2})); // each once
    QCOMPARE(plan.answers, (QList<int>{0, 10, 20}));
    QCOMPARE(sequence.succeeded(), 3);
    QVERIFY(!sequence.isRunning());
    for (const Work &w : plan.work)
        QCOMPARE(w.aborts->load(), 0);
}

void TestSequentialChange::firstFailureStopsTheRest()
{
    Plan plan(3);
    SequentialChange sequence;
    QSignalSpy failed(&sequence, &SequentialChange::failed);
    QSignalSpy finished(&sequence, &SequentialChange::finished);
    QSignalSpy stopped(&sequence, &SequentialChange::stopped);
    sequence.start(plan.steps());
    QTRY_COMPARE(plan.sent.size(), 1);
    plan.work[0].state->finish(1);
    QTRY_COMPARE(plan.sent.size(), 2);
    plan.work[1].state->finish(refusal());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toInt(), 1);
    QCOMPARE(failed.first().at(1).value<ApiError>().message, QStringLiteral("refused"));
    QCoreApplication::processEvents();
    QCOMPARE(plan.sent, (QList<int>{0, 1})); // the third was never started
    QCOMPARE(plan.answers, QList<int>{1});
    QCOMPARE(sequence.succeeded(), 1);
    QVERIFY(!sequence.isRunning());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(stopped.size(), 0);
}

void TestSequentialChange::stopWaitsForTheStepOnItsWayAndSendsNoMore()
{
    Plan plan(3);
    SequentialChange sequence;
    QSignalSpy stopped(&sequence, &SequentialChange::stopped);
    QSignalSpy finished(&sequence, &SequentialChange::finished);
    sequence.start(plan.steps());
    QTRY_COMPARE(plan.sent.size(), 1);
    sequence.stop();
    QCOMPARE(plan.work[0].aborts->load(), 0); // a change on its way is waited for, not abandoned
    QVERIFY(sequence.isRunning());
    plan.work[0].state->finish(5);
    QTRY_COMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().at(0).toInt(), 1);
    QCOMPARE(plan.answers, QList<int>{5});
    QCoreApplication::processEvents();
    QCOMPARE(plan.sent, QList<int>{0});
    QCOMPARE(finished.size(), 0);
    QVERIFY(!sequence.isRunning());
}

void TestSequentialChange::killAbortsTheStepOnItsWayAndNothingFollows()
{
    Plan plan(3);
    SequentialChange sequence;
    QSignalSpy started(&sequence, &SequentialChange::stepStarted);
    QSignalSpy finished(&sequence, &SequentialChange::finished);
    QSignalSpy failed(&sequence, &SequentialChange::failed);
    QSignalSpy stopped(&sequence, &SequentialChange::stopped);
    sequence.start(plan.steps());
    QTRY_COMPARE(plan.sent.size(), 1);
    plan.work[0].state->finish(1);
    QTRY_COMPARE(plan.sent.size(), 2);

    sequence.kill();
    QCOMPARE(plan.work[1].aborts->load(), 1); // at once, on the wire
    QVERIFY(plan.work[1].state->isAborted());
    QVERIFY(!plan.work[1].state->finish(2)); // a late answer is refused at the source
    QVERIFY(!sequence.isRunning());
    QCoreApplication::processEvents();
    QCOMPARE(plan.sent, (QList<int>{0, 1}));
    QCOMPARE(plan.answers, QList<int>{1});
    QCOMPARE(started.size(), 2);
    QCOMPARE(finished.size() + failed.size() + stopped.size(), 0);
    QCOMPARE(plan.work[0].aborts->load(), 0); // what had answered is not aborted
    sequence.kill();                          // idempotent
    QCOMPARE(plan.work[1].aborts->load(), 1);
}

void TestSequentialChange::destroyingItAbortsTheStepOnItsWay()
{
    Plan plan(2);
    auto sequence = std::make_unique<SequentialChange>();
    int heard = 0;
    const auto count = [&heard] { ++heard; };
    connect(sequence.get(), &SequentialChange::finished, this, count);
    connect(sequence.get(), &SequentialChange::failed, this, count);
    connect(sequence.get(), &SequentialChange::stopped, this, count);
    sequence->start(plan.steps());
    QTRY_COMPARE(plan.sent.size(), 1);
    sequence.reset();
    QCOMPARE(plan.work[0].aborts->load(), 1);
    QVERIFY(!plan.work[0].state->finish(1));
    QCoreApplication::processEvents();
    QCOMPARE(plan.sent, QList<int>{0});
    QVERIFY(plan.answers.isEmpty());
    QCOMPARE(heard, 0);
}

void TestSequentialChange::nothingToDoFinishesFromTheEventLoop()
{
    SequentialChange sequence;
    QSignalSpy finished(&sequence, &SequentialChange::finished);
    QSignalSpy started(&sequence, &SequentialChange::stepStarted);
    sequence.start({});
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(started.size(), 0);
    QCOMPARE(sequence.total(), 0);
}

QTEST_GUILESS_MAIN(TestSequentialChange)
#include "tst_sequentialchange.moc"
