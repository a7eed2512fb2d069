// SPDX-License-Identifier: MIT
#include "pack.h"

#include "checkedpacks.h"
#include "packschema.h"
#include "packtext.h"
#include "scopefile.h"
#include "util/iowatch.h"
#include "util/logging.h"
#include "util/sqliteheader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>
#include <cmath>

namespace qingnang {

namespace {

std::atomic<quint64> nextSerial{1};

// Packs made before there were alerts or scope models have no table for them.
bool hasTable(const QSqlDatabase &db, const char *name)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    query.addBindValue(QLatin1String(name));
    return query.exec() && query.next();
}

} // namespace

// What the first 100 bytes of a file (SQLite's header) say about it.
QString Pack::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return QStringLiteral("no such file");
    }
    if (info.isDir()) {
        return QStringLiteral("is a directory, not a pack file");
    }
    const sqliteheader::Header header = sqliteheader::read(path);
    switch (header.state) {
    case sqliteheader::Header::State::CannotRead:
        return QStringLiteral("cannot read: ") + header.error;
    case sqliteheader::Header::State::Empty:
        return QStringLiteral("the file is empty, not a Qingnang pack");
    case sqliteheader::Header::State::NotSqlite:
    case sqliteheader::Header::State::Short:
        return QStringLiteral("not a Qingnang pack (not an SQLite database)");
    case sqliteheader::Header::State::Read:
        break;
    }
    if (header.applicationId != quint32(schema::applicationId)) {
        return QStringLiteral("not a Qingnang pack (an SQLite database of another application)");
    }
    if (header.userVersion != schema::version) {
        return QStringLiteral(
                   "pack schema version %1 is not supported (this Qingnang reads version %2)")
            .arg(header.userVersion)
            .arg(schema::version);
    }
    return {};
}

QString Pack::readOnlyUri(const QString &path)
{
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?mode=ro&immutable=1");
}

Pack::Pack(const QString &path)
    : m_serial(nextSerial++)
{
    m_info.path = path;
}

Pack::~Pack()
{
    releaseThreadConnection();
}

QString Pack::connectionName() const
{
    // Numbered per thread, never by the thread's id: a thread that ends and
    // a later one given the same id would share a name, and the later thread
    // would be handed the ended one's connection, which it may not use.
    static std::atomic<quint64> threads{0};
    thread_local const quint64 thread = ++threads;
    return QStringLiteral("qingnang-pack-%1-%2").arg(m_serial).arg(thread);
}

QSqlDatabase Pack::database() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(readOnlyUri(m_info.path));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open()) {
        // SQLite's own words are for the debug log; the warning says it in ours.
        qCWarning(lcPack).noquote() << QDir::toNativeSeparators(m_info.path) << ": cannot open";
        qCDebug(lcPack) << db.lastError().text();
        return db;
    }
    // The search index needs our tokenizer on every connection that reads it.
    const QVariant handle = db.driver()->handle();
    QString error = QStringLiteral("no SQLite handle");
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !registerPackFunctions(*static_cast<sqlite3 *const *>(handle.constData()), &error)) {
        qCWarning(lcPack).noquote()
            << QDir::toNativeSeparators(m_info.path) << ": search is unavailable:" << error;
    }
    return db;
}

void Pack::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

bool Pack::run(QSqlQuery &query, const char *what) const
{
    iowatch::report(iowatch::Kind::PackRead);
    if (query.exec()) {
        return true;
    }
    qCWarning(lcPack).noquote() << QDir::toNativeSeparators(m_info.path) << ": cannot read"
                                << QLatin1String(what) << "(damaged pack?)";
    qCDebug(lcPack) << query.lastError().text();
    return false;
}

PackOpenResult Pack::open(const QString &path, CheckedPacks *checked)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (const QString problem = checkFile(path); !problem.isEmpty()) {
        return {nullptr, shown + QStringLiteral(": ") + problem};
    }
    std::shared_ptr<Pack> pack(new Pack(QFileInfo(path).absoluteFilePath()));
    // A file that passed before, unchanged since, is not read through again.
    const bool passedBefore = checked && checked->contains(pack->path());
    QString error;
    if (!pack->loadInfo(&error, !passedBefore) || !pack->loadAlerts(&error) ||
        !pack->loadScope(&error)) {
        return {nullptr, shown + QStringLiteral(": ") + error};
    }
    if (checked && !passedBefore) {
        checked->remember(pack->path()); // it passed, as a whole
    }
    qCDebug(lcPack) << "opened" << path << pack->m_info.counts.topics << "topics";
    return {pack, {}};
}

// A pack's red flags are few (dozens): read once, matched against every query.
// A pack without the table has none; one whose rows cannot be read is damaged.
bool Pack::loadAlerts(QString *error)
{
    if (!hasTable(database(), "alert")) {
        return true;
    }
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT a.name, a.level, a.message, coalesce(t.slug, ''),"
                                   " a.rule FROM alert a LEFT JOIN topic t ON t.id = a.topic_id"
                                   " ORDER BY a.position, a.id LIMIT %1")
                        .arg(maxAlerts))) {
        *error = QStringLiteral("damaged pack (its alerts cannot be read)");
        return false;
    }
    while (query.next()) {
        AlertRule rule;
        rule.id = query.value(0).toString();
        rule.level = query.value(1).toString();
        rule.message = query.value(2).toString().left(maxDisclaimerLength);
        rule.topicSlug = query.value(3).toString();
        const QJsonObject ruleJson =
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object();
        const QJsonArray patterns = ruleJson.value(QStringLiteral("when")).toArray();
        for (const QJsonValue &phrase : ruleJson.value(QStringLiteral("unless")).toArray()) {
            if (!phrase.toString().isEmpty()) {
                rule.unless.append(phrase.toString());
            }
        }
        for (const QJsonValue &pattern : patterns) {
            QList<QStringList> groups;
            for (const QJsonValue &group : pattern.toArray()) {
                QStringList phrases;
                for (const QJsonValue &phrase : group.toArray()) {
                    if (!phrase.toString().isEmpty()) {
                        phrases.append(phrase.toString());
                    }
                }
                if (!phrases.isEmpty()) {
                    groups.append(phrases);
                }
            }
            if (!groups.isEmpty()) {
                rule.patterns.append(groups);
            }
        }
        if (!rule.patterns.isEmpty() && !rule.message.isEmpty()) {
            m_alerts.append(rule);
        }
    }
    return true;
}

// The scope model's numbers are read when the pack opens, its terms (tens of
// thousands, looked up for every query) once, when the first search asks for
// them. Rows past maxScopeTerms, or with weights out of range, are not read; a
// table that cannot be read, or a bias, threshold or evidence that is not a
// number in range, is damage.
bool Pack::loadScope(QString *error)
{
    if (!hasTable(database(), "scope")) {
        return true;
    }
    QSqlQuery query(database());
    const auto metaNumber = [this](const char *key, double *value) {
        QSqlQuery meta(database());
        meta.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
        meta.addBindValue(QLatin1String(key));
        if (!meta.exec() || !meta.next()) {
            return false;
        }
        bool ok = false;
        *value = meta.value(0).toString().toDouble(&ok);
        return ok && std::isfinite(*value) && std::fabs(*value) <= maxScopeWeight;
    };
    ScopeModel scope;
    if (!metaNumber(schema::meta::scopeBias, &scope.bias) ||
        !metaNumber(schema::meta::scopeThreshold, &scope.threshold) ||
        !metaNumber(schema::meta::scopeEvidence, &scope.evidence) || scope.evidence < 0 ||
        !query.exec(QStringLiteral("SELECT count(*) FROM scope")) || !query.next()) {
        *error = QStringLiteral("damaged pack (its scope model cannot be read)");
        return false;
    }
    m_scopeTerms = query.value(0).toLongLong();
    m_scope = scope;
    return true;
}

const ScopeModel &Pack::scope() const
{
    std::call_once(m_scopeTermsRead, [this] { loadScopeTerms(); });
    return m_scope;
}

void Pack::loadScopeTerms() const
{
    if (m_scopeTerms <= 0) {
        return;
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT term, weight FROM scope LIMIT %1").arg(maxScopeTerms))) {
        // Read when the pack opened, unreadable now: searched as a pack without a model.
        qCWarning(lcPack) << m_info.path << "scope model cannot be read";
        return;
    }
    m_scope.weights.reserve(qsizetype(qMin<qint64>(m_scopeTerms, maxScopeTerms)));
    while (query.next()) {
        const QString term = query.value(0).toString();
        const double weight = query.value(1).toDouble();
        if (!term.isEmpty() && term.size() <= maxScopeTermLength && std::isfinite(weight) &&
            std::fabs(weight) <= maxScopeWeight) {
            m_scope.weights.insert(term, weight);
        }
    }
}

bool Pack::loadInfo(QString *error, bool quickCheck)
{
    // Damage found here is described in our words; the full check is verify's.
    const QString verifyHint = QStringLiteral("; `qingnang-pack verify %1` checks it in full")
                                   .arg(QDir::toNativeSeparators(m_info.path));
    QSqlDatabase db = database();
    if (!db.isOpen()) {
        *error = QStringLiteral("cannot open the file as a pack") + verifyHint;
        return false;
    }
    QSqlQuery query(db);
    // SQLite's quick check reads every page of the file once: cheap for the
    // packs people open every day, too slow to wait for on the biggest ones.
    if (quickCheck && QFileInfo(m_info.path).size() <= quickCheckLimit) {
        if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next() ||
            query.value(0).toString() != QLatin1String("ok")) {
            qCDebug(lcPack) << "quick check of" << m_info.path << ":"
                            << (query.isActive() ? query.value(0).toString()
                                                 : query.lastError().text());
            *error = QStringLiteral("damaged pack (its database structure is broken)") + verifyHint;
            return false;
        }
        query.finish();
    }
    if (!query.exec(QStringLiteral("SELECT key, value FROM meta"))) {
        *error = QStringLiteral("damaged pack (its metadata cannot be read)") + verifyHint;
        return false;
    }
    QHash<QString, QString> meta;
    while (query.next()) {
        meta.insert(query.value(0).toString(), query.value(1).toString());
    }
    auto get = [&meta](const char *key) { return meta.value(QLatin1String(key)); };
    m_info.schemaVersion = schema::version;
    m_info.packId = get(schema::meta::packId);
    m_info.title = get(schema::meta::title);
    m_info.language = get(schema::meta::language);
    m_info.created = get(schema::meta::created);
    m_info.contentDate = get(schema::meta::contentDate);
    m_info.source = get(schema::meta::source);
    m_info.license = get(schema::meta::license);
    m_info.description = get(schema::meta::description);
    m_info.disclaimer = get(schema::meta::disclaimer);
    m_info.review = get(schema::meta::review);
    m_info.checksum = get(schema::meta::checksum);
    if (m_info.packId.isEmpty()) {
        m_info.packId = QFileInfo(m_info.path).completeBaseName();
    }
    if (m_info.title.isEmpty()) {
        m_info.title = QFileInfo(m_info.path).completeBaseName();
    }

    // Counts come from the tables themselves, not from what meta claims.
    if (!query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM topic),"
            " (SELECT count(*) FROM topic WHERE article_count > 0 OR question_count > 0),"
            " (SELECT count(*) FROM article), (SELECT count(*) FROM passage WHERE kind = 2),"
            " (SELECT count(*) FROM question), (SELECT count(*) FROM passage WHERE kind = 4),"
            " (SELECT count(*) FROM title_doc), (SELECT count(*) FROM passage)")) ||
        !query.next()) {
        *error = QStringLiteral("damaged pack (its tables cannot be read)") + verifyHint;
        return false;
    }
    m_info.counts.topics = query.value(0).toLongLong();
    m_info.counts.topicsWithContent = query.value(1).toLongLong();
    m_info.counts.articles = query.value(2).toLongLong();
    m_info.counts.sections = query.value(3).toLongLong();
    m_info.counts.questions = query.value(4).toLongLong();
    m_info.counts.answers = query.value(5).toLongLong();
    m_info.counts.titleDocs = query.value(6).toLongLong();
    m_info.counts.passages = query.value(7).toLongLong();
    bool averageKnown = false;
    m_info.counts.averageTitleLength =
        get(schema::meta::averageTitleLength).toDouble(&averageKnown);
    if (!averageKnown || m_info.counts.averageTitleLength <= 0) {
        m_info.counts.averageTitleLength = 16; // a typical title, should meta not say
    }
    return true;
}

QString Pack::disclaimer() const
{
    // The pack's words as one plain paragraph: control and format characters
    // (zero-width, bidirectional overrides) go, whitespace runs become one
    // space, and an over-long text is cut, so that no pack can make its
    // disclaimer invisible or push the page away with it. Without a letter
    // or digit left, it says nothing: the built-in text is shown instead.
    QString text;
    bool visible = false;
    const QStringView raw = QStringView(m_info.disclaimer).left(64 * maxDisclaimerLength);
    for (const char32_t cp : raw.toUcs4()) {
        switch (QChar::category(cp)) {
        case QChar::Other_Control:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            text += QLatin1Char(' ');
            break;
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            break;
        default:
            visible = visible || QChar::isLetterOrNumber(cp);
            text += QStringView(QChar::fromUcs4(cp));
        }
    }
    if (!visible) {
        return schema::fallbackDisclaimer();
    }
    text = text.simplified();
    if (text.size() > maxDisclaimerLength) {
        text.truncate(maxDisclaimerLength);
        if (text.back().isHighSurrogate()) {
            text.chop(1);
        }
        text += QChar(0x2026);
    }
    return text;
}

} // namespace qingnang
