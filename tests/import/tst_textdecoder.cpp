// SPDX-License-Identifier: MIT
// The text decoder shared by every import format: UTF-8 with or without BOM,
// GB18030, a few bad bytes repaired and counted, anything else refused with a
// message naming the file.
#include "import/textdecoder.h"
#include "importtestsupport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace qingnang;

namespace {

const QString Sentence = QStringLiteral("饭后散步半小时，有助于消化和控制血糖。");

// Enough text that a few bad sequences are tolerable (one per 10,000 bytes).
QString longText()
{
    QString text;
    for (int i = 0; i < 1200; ++i) {
        text += Sentence + QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void repairsRareBadBytes_data();
    void repairsRareBadBytes();
    void refuses_data();
    void refuses();
    void tolerance();
};

void TestTextDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");

    const int detect = int(EncodingPolicy::Detect);
    const int utf8Only = int(EncodingPolicy::RequireUtf8);
    const int utf8 = int(TextEncoding::Utf8);
    const int gb = int(TextEncoding::Gb18030);
    QTest::newRow("UTF-8") << Sentence.toUtf8() << detect << Sentence << utf8;
    QTest::newRow("UTF-8 with BOM")
        << QByteArray("\xEF\xBB\xBF") + Sentence.toUtf8() << detect << Sentence << utf8;
    QTest::newRow("GB18030") << test::gb18030(Sentence) << detect << Sentence << gb;
    // Four-byte GB18030 sequences (a rare character and an emoji).
    const QString rare = QStringLiteral("䶮与\U0001F600同在");
    QTest::newRow("GB18030 four-byte") << test::gb18030(rare) << detect << rare << gb;
    QTest::newRow("ASCII") << QByteArray("plain text") << detect << QStringLiteral("plain text")
                           << utf8;
    QTest::newRow("empty") << QByteArray() << detect << QString() << utf8;
    QTest::newRow("CRLF and lone CR")
        << QByteArray("一\r\n二\r三\n四") << detect << QStringLiteral("一\n二\n三\n四") << utf8;
    QTest::newRow("GB18030 with CRLF") << test::withCrlf(test::gb18030(QStringLiteral("甲\n乙\n")))
                                       << detect << QStringLiteral("甲\n乙\n") << gb;
    QTest::newRow("JSON UTF-8") << Sentence.toUtf8() << utf8Only << Sentence << utf8;
}

void TestTextDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, policy);
    QFETCH(QString, text);
    QFETCH(int, encoding);

    DecodedText decoded;
    ImportError error;
    QVERIFY2(decodeText(bytes, QStringLiteral("in.txt"), EncodingPolicy(policy), &decoded, &error),
             qPrintable(error.message));
    QCOMPARE(decoded.text, text);
    QCOMPARE(int(decoded.encoding), encoding);
    QCOMPARE(decoded.repaired, 0);
}

void TestTextDecoder::repairsRareBadBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<int>("repaired");

    // Three bad sequences in ~60 KB of GB18030: a lead byte followed by a
    // byte that cannot follow it, and a truncated sequence at the very end.
    QByteArray gb = test::gb18030(longText());
    gb.insert(100, "\x81\x20");
    gb.insert(30000, "\xFE\x7F");
    gb.append("\x81");
    QTest::newRow("GB18030") << gb << int(EncodingPolicy::Detect) << int(TextEncoding::Gb18030)
                             << 3;

    // UTF-8 with one damaged character stays UTF-8 (not GB18030 mojibake).
    // (At a line end, so that no character loses a byte and the count is one.)
    QByteArray utf8 = longText().toUtf8();
    utf8.insert(utf8.indexOf('\n', 3000), '\xFF');
    QTest::newRow("UTF-8, detected")
        << utf8 << int(EncodingPolicy::Detect) << int(TextEncoding::Utf8) << 1;
    QTest::newRow("UTF-8, JSON") << utf8 << int(EncodingPolicy::RequireUtf8)
                                 << int(TextEncoding::Utf8) << 1;
    QByteArray nul = longText().toUtf8();
    nul.insert(nul.indexOf('\n', 5000), '\0');
    QTest::newRow("a NUL byte") << nul << int(EncodingPolicy::Detect) << int(TextEncoding::Utf8)
                                << 1;
}

void TestTextDecoder::repairsRareBadBytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, policy);
    QFETCH(int, encoding);
    QFETCH(int, repaired);

    DecodedText decoded;
    ImportError error;
    QVERIFY2(decodeText(bytes, QStringLiteral("in.txt"), EncodingPolicy(policy), &decoded, &error),
             qPrintable(error.message));
    QCOMPARE(int(decoded.encoding), encoding);
    QCOMPARE(decoded.repaired, repaired);
    QCOMPARE(decoded.text.count(QChar(0xFFFD)), repaired);
    QVERIFY(decoded.text.contains(Sentence));
    QVERIFY(!decoded.text.contains(QChar(0)));
}

void TestTextDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("policy");
    QTest::addColumn<QString>("complaint");

    QByteArray random(4000, Qt::Uninitialized);
    QRandomGenerator generator(20260101);
    for (char &byte : random) {
        byte = char(generator.bounded(1, 256)); // NUL bytes have their own message
    }
    QTest::newRow("random bytes")
        << random << int(EncodingPolicy::Detect)
        << QStringLiteral("cannot detect the text encoding (neither UTF-8 nor GB18030)");
    QTest::newRow("UTF-16") << QByteArray(reinterpret_cast<const char *>(Sentence.utf16()),
                                          Sentence.size() * 2)
                            << int(EncodingPolicy::Detect)
                            << QStringLiteral("cannot detect the text encoding");
    // UTF-16 with ASCII in it (here a header and line ends) has NUL bytes,
    // nearly all at odd (or at even) offsets.
    const QString csvText = QStringLiteral("department,title,ask,answer\n") + longText();
    const QByteArray utf16le(reinterpret_cast<const char *>(csvText.utf16()), csvText.size() * 2);
    QTest::newRow("UTF-16 with ASCII, no BOM")
        << utf16le << int(EncodingPolicy::Detect)
        << QStringLiteral("is UTF-16 text, which is not read (only UTF-8 and GB18030 are): "
                          "convert it to UTF-8");
    QByteArray utf16be;
    for (qsizetype i = 0; i + 1 < utf16le.size(); i += 2) {
        utf16be += utf16le.at(i + 1);
        utf16be += utf16le.at(i);
    }
    QTest::newRow("UTF-16BE with ASCII, no BOM")
        << utf16be << int(EncodingPolicy::Detect) << QStringLiteral("is UTF-16 text");
    QTest::newRow("UTF-16 with a BOM")
        << QByteArray("\xFF\xFE") + utf16le << int(EncodingPolicy::Detect)
        << QStringLiteral("is UTF-16 text");
    QTest::newRow("JSON in UTF-16")
        << utf16le << int(EncodingPolicy::RequireUtf8)
        << QStringLiteral("is UTF-16 text, which is not read (JSON input must be UTF-8)");
    QByteArray binary(64 * 1024, Qt::Uninitialized);
    for (char &byte : binary) {
        byte = char(generator.bounded(256)); // NUL bytes at odd and even offsets alike
    }
    QTest::newRow("binary") << binary << int(EncodingPolicy::Detect)
                            << QStringLiteral("is not a text file (it contains NUL bytes)");
    QTest::newRow("NUL bytes") << QByteArray(5000, '\0') << int(EncodingPolicy::Detect)
                               << QStringLiteral("is not a text file (it contains NUL bytes)");
    QTest::newRow("JSON in GB18030")
        << test::gb18030(longText()) << int(EncodingPolicy::RequireUtf8)
        << QStringLiteral("is not valid UTF-8");
    QTest::newRow("BOM, then GB18030")
        << QByteArray("\xEF\xBB\xBF") + test::gb18030(longText()) << int(EncodingPolicy::Detect)
        << QStringLiteral("although it starts with a UTF-8 byte-order mark");
    // Damage beyond the tolerance: one bad sequence every 500 bytes.
    QByteArray damaged = test::gb18030(longText());
    for (qsizetype i = 100; i < damaged.size(); i += 500) {
        damaged[i] = '\x81';
        damaged[i + 1] = '\x20';
    }
    QTest::newRow("GB18030, much damaged") << damaged << int(EncodingPolicy::Detect)
                                           << QStringLiteral("cannot detect the text encoding");
}

void TestTextDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, policy);
    QFETCH(QString, complaint);

    DecodedText decoded;
    ImportError error;
    const QString file = QStringLiteral("dir/mystery.txt");
    QVERIFY(!decodeText(bytes, file, EncodingPolicy(policy), &decoded, &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("dir/mystery.txt: ")),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(complaint), qPrintable(error.message));
    QVERIFY(!error.message.contains(QLatin1Char('\n')));
}

void TestTextDecoder::tolerance()
{
    QCOMPARE(tolerableRepairs(0), 1);
    QCOMPARE(tolerableRepairs(9999), 1);
    QCOMPARE(tolerableRepairs(50000), 5);
    QCOMPARE(tolerableRepairs(qint64(1) << 30), 1000);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
