#include "Instant.h"

#include <QTest>

// Instants as shared/spec/metrics.md reads and writes them.
class TestInstant : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc"); // empty: must be rejected

        QTest::newRow("zulu") << "2026-11-30T10:15:00Z"
                              << "2026-11-30T10:15:00Z";
        QTest::newRow("offset +02:00") << "2026-11-30T10:15:00+02:00"
                                       << "2026-11-30T08:15:00Z";
        QTest::newRow("offset -0530") << "2026-11-30T23:00:00-0530"
                                      << "2026-12-01T04:30:00Z";
        QTest::newRow("offset +01") << "2026-11-30T00:30:00+01"
                                    << "2026-11-29T23:30:00Z";
        QTest::newRow("no seconds") << "2026-11-30T10:15Z"
                                    << "2026-11-30T10:15:00Z";
        QTest::newRow("fraction") << "2026-11-30T10:15:07.999Z"
                                  << "2026-11-30T10:15:07Z";
        QTest::newRow("long fraction") << "2026-11-30T10:15:07.123456789+00:00"
                                       << "2026-11-30T10:15:07Z";
        QTest::newRow("no zone is UTC") << "2026-11-30T10:15:00"
                                        << "2026-11-30T10:15:00Z";
        QTest::newRow("bare date") << "2026-11-30"
                                   << "2026-11-30T00:00:00Z";
        QTest::newRow("lower-case t and z") << "2026-11-30t10:15:00z"
                                            << "2026-11-30T10:15:00Z";
        QTest::newRow("leap day") << "2024-02-29"
                                  << "2024-02-29T00:00:00Z";

        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("words") << "yesterday"
                               << "";
        QTest::newRow("no leap day") << "2026-02-29"
                                     << "";
        QTest::newRow("month 13") << "2026-13-01"
                                  << "";
        QTest::newRow("hour 24") << "2026-11-30T24:00:00Z"
                                 << "";
        QTest::newRow("slashes") << "2026/11/30"
                                 << "";
        QTest::newRow("US order") << "11-30-2026"
                                  << "";
        QTest::newRow("bad zone") << "2026-11-30T10:15:00+25:00"
                                  << "";
        QTest::newRow("trailing junk") << "2026-11-30T10:15:00Zx"
                                       << "";
        QTest::newRow("epoch number") << "1764497700"
                                      << "";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const std::optional<qint64> parsed = Instant::parse(text);
        if (utc.isEmpty()) {
            QVERIFY2(!parsed, qPrintable(text));
        } else {
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(Instant::format(*parsed), utc);
        }
    }

    void dayBoundaries()
    {
        QCOMPARE(Instant::dayOf(*Instant::parse(QStringLiteral("1970-01-01T23:59:59.999Z"))), 0);
        QCOMPARE(Instant::dayOf(*Instant::parse(QStringLiteral("1970-01-02T00:00:00Z"))), 1);
        QCOMPARE(Instant::dayOf(*Instant::parse(QStringLiteral("1969-12-31T23:59:59Z"))), -1);
        // 23:30 at -02:00 is the next UTC day.
        QCOMPARE(Instant::dayOf(*Instant::parse(QStringLiteral("2026-11-01T23:30:00-02:00"))),
                 Instant::dayOf(*Instant::parse(QStringLiteral("2026-11-02"))));
    }

    void formatDropsFractionTowardsThePast()
    {
        QCOMPARE(Instant::format(-1), QStringLiteral("1969-12-31T23:59:59Z"));
        QCOMPARE(Instant::format(999), QStringLiteral("1970-01-01T00:00:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestInstant)
#include "tst_instant.moc"
