// SPDX-License-Identifier: MIT
// The RFC 4180 reader under dialogue-csv: quotes, "" escapes, commas and line
// breaks inside quotes, line numbers, and a file cut inside a quoted field.
#include "import/csvreader.h"
#include "import/textdecoder.h"

#include <QTest>

using namespace qingnang;

using Rows = QList<QStringList>;
using Lines = QList<qsizetype>;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
    void cutInsideQuotes_data();
    void cutInsideQuotes();
};

void TestCsvReader::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<Lines>("lines");

    QTest::newRow("plain") << QStringLiteral("a,b,c\n1,2,3\n")
                           << Rows{{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                                   {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}}
                           << Lines{1, 2};
    QTest::newRow("no final line break") << QStringLiteral("a,b\n1,2")
                                         << Rows{{QStringLiteral("a"), QStringLiteral("b")},
                                                 {QStringLiteral("1"), QStringLiteral("2")}}
                                         << Lines{1, 2};
    QTest::newRow("quoted comma") << QStringLiteral("\"甲,乙\",丙\n")
                                  << Rows{{QStringLiteral("甲,乙"), QStringLiteral("丙")}}
                                  << Lines{1};
    QTest::newRow("escaped quotes")
        << QStringLiteral("\"他说\"\"好\"\"\",\"\"\"\"\n")
        << Rows{{QStringLiteral("他说\"好\""), QStringLiteral("\"")}} << Lines{1};
    QTest::newRow("empty fields") << QStringLiteral(",,\n\"\",x,\n")
                                  << Rows{{QString(), QString(), QString()},
                                          {QString(), QStringLiteral("x"), QString()}}
                                  << Lines{1, 2};
    QTest::newRow("line breaks inside quotes keep the line count")
        << QStringLiteral("h1,h2\n\"第一行\n第二行\n\n第四行\",x\nnext,row\n")
        << Rows{{QStringLiteral("h1"), QStringLiteral("h2")},
                {QStringLiteral("第一行\n第二行\n\n第四行"), QStringLiteral("x")},
                {QStringLiteral("next"), QStringLiteral("row")}}
        << Lines{1, 2, 6};
    QTest::newRow("blank lines between rows are skipped")
        << QStringLiteral("a\n\n\nb\n") << Rows{{QStringLiteral("a")}, {QStringLiteral("b")}}
        << Lines{1, 4};
    QTest::newRow("a quote inside an unquoted field is text")
        << QStringLiteral("5\"3,x\n") << Rows{{QStringLiteral("5\"3"), QStringLiteral("x")}}
        << Lines{1};
    QTest::newRow("text after a closing quote is kept")
        << QStringLiteral("\"ab\"cd,x\n") << Rows{{QStringLiteral("abcd"), QStringLiteral("x")}}
        << Lines{1};
    // CRLF is normalised by the decoder before the reader sees the text.
    QTest::newRow("CRLF, through the decoder")
        << normalizeLineEnds(QStringLiteral("a,\"b\r\nc\"\r\nd,e\r\n"))
        << Rows{{QStringLiteral("a"), QStringLiteral("b\nc")},
                {QStringLiteral("d"), QStringLiteral("e")}}
        << Lines{1, 3};
    QTest::newRow("empty") << QString() << Rows{} << Lines{};
}

void TestCsvReader::reads()
{
    QFETCH(QString, text);
    QFETCH(Rows, rows);
    QFETCH(Lines, lines);

    CsvReader reader(text, QStringLiteral("t.csv"));
    Rows readRows;
    Lines readLines;
    QStringList fields;
    qsizetype line = 0;
    ImportError error;
    while (reader.readRow(&fields, &line, &error)) {
        readRows.append(fields);
        readLines.append(line);
    }
    QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    QVERIFY(reader.atEnd());
    QCOMPARE(readRows, rows);
    QCOMPARE(readLines, lines);
}

void TestCsvReader::cutInsideQuotes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("cut in the last row")
        << QStringLiteral("a,b\n1,\"二\n三")
        << QStringLiteral("dir/t.csv:2: the file ends inside a quoted field (cut mid-record?)");
    QTest::newRow("an unmatched quote swallows the rest")
        << QStringLiteral("a,b\n1,2\n\"x,y\n3,4\n5,6\n")
        << QStringLiteral("dir/t.csv:3: the file ends inside a quoted field (cut mid-record?)");
}

void TestCsvReader::cutInsideQuotes()
{
    QFETCH(QString, text);
    QFETCH(QString, message);

    CsvReader reader(text, QStringLiteral("dir/t.csv"));
    QStringList fields;
    qsizetype line = 0;
    ImportError error;
    while (reader.readRow(&fields, &line, &error)) {
    }
    QCOMPARE(error.message, message);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
