#include "CsvReader.h"
#include "CsvWriter.h"

#include <QBuffer>
#include <QTest>

using Records = QList<QStringList>;

// The RFC 4180 reader and writer of shared/spec/cli.md, as data-driven tables.
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void read_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("records");
        QTest::addColumn<QList<int>>("lines");

        QTest::newRow("simple LF") << QByteArray("a,b\n1,2\n") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("old Mac CR") << QByteArray("a,b\r1,2\r") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << Records{{"a", "b"}, {"1", "2"}} << QList<int>{1, 2};
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "id,name\n")
                             << Records{{"id", "name"}} << QList<int>{1};
        QTest::newRow("quoted comma") << QByteArray("\"a,b\",c\n") << Records{{"a,b", "c"}} << QList<int>{1};
        QTest::newRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",x\n") << Records{{"say \"hi\"", "x"}}
                                        << QList<int>{1};
        QTest::newRow("embedded newline")
            << QByteArray("\"one\ntwo\",x\nnext,y\n") << Records{{"one\ntwo", "x"}, {"next", "y"}} << QList<int>{1, 3};
        QTest::newRow("embedded CRLF") << QByteArray("\"one\r\ntwo\",x\r\nnext,y\r\n")
                                       << Records{{"one\r\ntwo", "x"}, {"next", "y"}} << QList<int>{1, 3};
        QTest::newRow("empty values") << QByteArray("a,,c\n,,\n") << Records{{"a", "", "c"}, {"", "", ""}}
                                      << QList<int>{1, 2};
        QTest::newRow("empty quoted") << QByteArray("\"\",x\n") << Records{{"", "x"}} << QList<int>{1};
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\r\nb\n\n") << Records{{"a"}, {"b"}} << QList<int>{1, 4};
        QTest::newRow("unicode") << QByteArray("Zoë,東京\n") << Records{{"Zoë", "東京"}} << QList<int>{1};
        QTest::newRow("quote inside unquoted field")
            << QByteArray("5\" screen,x\n") << Records{{"5\" screen", "x"}} << QList<int>{1};
        QTest::newRow("trailing comma") << QByteArray("a,\n") << Records{{"a", ""}} << QList<int>{1};
    }

    void read()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, records);
        QFETCH(QList<int>, lines);
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        Records got;
        QList<int> gotLines;
        QStringList fields;
        while (reader.readRecord(fields)) {
            got << fields;
            gotLines << reader.recordLine();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(got, records);
        QCOMPARE(gotLines, lines);
    }

    void readErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");

        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,\"open\n2,3\n") << 2 << "unterminated";
        QTest::newRow("text after closing quote") << QByteArray("a\n\"x\"y\n") << 2 << "after a closing quote";
        QTest::newRow("invalid UTF-8") << QByteArray("a\nok\n\xff\xfe,x\n") << 3 << "UTF-8";
    }

    void readErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, message);
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        while (reader.readRecord(fields)) {
        }
        QVERIFY(reader.hasError());
        QCOMPARE(reader.errorLine(), line);
        QVERIFY2(reader.errorString().contains(message), qPrintable(reader.errorString()));
    }

    void write_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QByteArray>("output");

        QTest::newRow("plain") << QStringList{"a", "b"} << QByteArray("a,b\r\n");
        QTest::newRow("comma") << QStringList{"a,b", "c"} << QByteArray("\"a,b\",c\r\n");
        QTest::newRow("quote") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\r\n");
        QTest::newRow("newline") << QStringList{"one\ntwo"} << QByteArray("\"one\ntwo\"\r\n");
        QTest::newRow("CR") << QStringList{"x\ry"} << QByteArray("\"x\ry\"\r\n");
        QTest::newRow("empty") << QStringList{"", ""} << QByteArray(",\r\n");
        QTest::newRow("formula =") << QStringList{"=1+2"} << QByteArray("'=1+2\r\n");
        QTest::newRow("formula +") << QStringList{"+33 1"} << QByteArray("'+33 1\r\n");
        QTest::newRow("formula -") << QStringList{"-cmd"} << QByteArray("'-cmd\r\n");
        QTest::newRow("formula @") << QStringList{"@SUM(A1)"} << QByteArray("'@SUM(A1)\r\n");
        QTest::newRow("formula tab") << QStringList{"\tx"} << QByteArray("'\tx\r\n");
        QTest::newRow("formula CR quoted") << QStringList{"\rx"} << QByteArray("\"'\rx\"\r\n");
        QTest::newRow("formula with comma") << QStringList{"=A1,B1"} << QByteArray("\"'=A1,B1\"\r\n");
        QTest::newRow("inner = is fine") << QStringList{"a=b"} << QByteArray("a=b\r\n");
        QTest::newRow("unicode") << QStringList{"Zoë"} << QByteArray("Zo\xC3\xAB\r\n");
    }

    void write()
    {
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, output);
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer);
            writer.writeRecord(fields);
            QVERIFY(writer.flush());
        }
        QCOMPARE(data, output);
    }

    void bomOnlyWhenAsked()
    {
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&buffer, true);
            writer.writeRecord({QStringLiteral("a")});
        }
        QCOMPARE(data, QByteArray("\xEF\xBB\xBF"
                                  "a\r\n"));
    }

    void roundTrip()
    {
        const Records records = {{"id", "name"}, {"x", "comma, \"quote\"\nnewline"}, {"", "Zoë"}};
        QByteArray data;
        QBuffer out(&data);
        out.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(&out, true);
            for (const QStringList& r : records)
                writer.writeRecord(r);
        }
        QBuffer in(&data);
        in.open(QIODevice::ReadOnly);
        CsvReader reader(&in);
        Records got;
        QStringList fields;
        while (reader.readRecord(fields))
            got << fields;
        QCOMPARE(got, records);
    }

    void largeInputSpansChunks()
    {
        QByteArray data("id,name\n");
        for (int i = 0; i < 20000; ++i)
            data += "acc-" + QByteArray::number(i) + ",\"Name, " + QByteArray::number(i) + "\"\r\n";
        QBuffer in(&data);
        in.open(QIODevice::ReadOnly);
        CsvReader reader(&in);
        QStringList fields;
        int count = 0;
        while (reader.readRecord(fields)) {
            QCOMPARE(fields.size(), 2);
            ++count;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(count, 20001);
        QCOMPARE(fields, QStringList()); // cleared at the end
        QCOMPARE(reader.recordLine(), 20001);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
