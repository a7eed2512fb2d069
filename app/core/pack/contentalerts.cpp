// SPDX-License-Identifier: MIT
// alerts.json of a content directory: the pack's red flags and the named
// vocabularies they are written with (docs/alerts.md).
#include "contentsource_p.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

namespace qingnang {

namespace contentdetail {

namespace {

const QStringList &alertLevels()
{
    static const QStringList levels{QStringLiteral("emergency"), QStringLiteral("urgent"),
                                    QStringLiteral("crisis")};
    return levels;
}

// The named vocabularies of alerts.json, "vocab": {"name": ["phrase" or
// "@name", …]}, each spelled out into its phrases (a vocabulary may name
// others; a name that is missing or names itself is an error).
class Vocabularies
{
public:
    Vocabularies(const Fields &fields, const QJsonValue &value)
        : m_fields(fields)
    {
        if (value.isUndefined() || value.isNull()) {
            return;
        }
        if (!value.isObject()) {
            fields.fail("vocab", QStringLiteral("must be an object of named phrase lists"));
        }
        m_raw = value.toObject();
    }

    // The phrases a rule's list stands for: "@name" gives the vocabulary's
    // phrases, anything else itself; each phrase once, in order.
    QStringList expand(const QStringList &phrases, const Fields &where, const char *key) const
    {
        QStringList out;
        QSet<QString> seen;
        for (const QString &phrase : phrases) {
            const QStringList spelled = phrase.startsWith(QLatin1Char('@'))
                                            ? resolve(phrase.mid(1), where, key, 0)
                                            : QStringList{phrase};
            for (const QString &one : spelled) {
                if (!seen.contains(one)) {
                    seen.insert(one);
                    out.append(one);
                }
            }
        }
        return out;
    }

private:
    // Names nest at most this deep, which also stops a name that names itself.
    static constexpr int maxDepth = 8;

    QStringList resolve(const QString &name, const Fields &where, const char *key, int depth) const
    {
        if (const auto done = m_done.constFind(name); done != m_done.constEnd()) {
            return *done;
        }
        const QJsonValue value = m_raw.value(name);
        if (!value.isArray() || value.toArray().isEmpty()) {
            where.fail(key, QStringLiteral("names \"@%1\", which is not a non-empty list "
                                           "under \"vocab\"")
                                .arg(name));
        }
        if (depth >= maxDepth) {
            m_fields.fail("vocab", QStringLiteral("\"%1\" names vocabularies more than %2 deep "
                                                  "(or names itself)")
                                       .arg(name)
                                       .arg(maxDepth));
        }
        QStringList out;
        for (const QJsonValue &phrase : value.toArray()) {
            const QString text = phrase.toString().trimmed();
            if (!phrase.isString() || text.isEmpty() || text == QLatin1String("@")) {
                m_fields.fail("vocab", QStringLiteral("\"%1\" holds a phrase that is not a "
                                                      "non-empty string")
                                           .arg(name));
            }
            if (text.startsWith(QLatin1Char('@'))) {
                out += resolve(text.mid(1), m_fields, "vocab", depth + 1);
            } else {
                out.append(text);
            }
        }
        out.removeDuplicates();
        m_done.insert(name, out);
        return out;
    }

    const Fields &m_fields;
    QJsonObject m_raw;
    mutable QHash<QString, QStringList> m_done;
};

} // namespace

// alerts.json, when there is one: {"format": 1, "vocab": {"name": ["phrase",
// …]}, "alerts": [{"id", "level", "message", "topic", "when": [[["phrase" or
// "@name", …], …], …], "unless": ["phrase" or "@name", …]}]} (docs/alerts.md).
// Vocabularies are spelled out here, so a built pack holds plain phrases and
// its readers need not know of them.
QList<ContentAlert> readAlerts(const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("alerts.json"));
    QList<ContentAlert> alerts;
    if (!QFile::exists(path)) {
        return alerts;
    }
    const QJsonObject top = readJsonObject(path);
    const Fields fields(path, top);
    fields.allowOnly({"format", "vocab", "alerts"});
    if (const int format = fields.integer("format", 1); format != 1) {
        fields.fail("format", QStringLiteral("is %1; this builder reads format 1").arg(format));
    }
    const Vocabularies vocab(fields, top.value(QStringLiteral("vocab")));
    QSet<QString> ids;
    const QJsonArray entries = fields.array("alerts");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("alerts[%1]").arg(i);
        const Fields entry = fields.object(entries.at(i), where);
        entry.allowOnly({"id", "level", "message", "topic", "when", "unless"});
        ContentAlert alert;
        alert.rule.id = entry.text("id", true);
        if (ids.contains(alert.rule.id)) {
            entry.fail("id", QStringLiteral("\"%1\" is given twice").arg(alert.rule.id));
        }
        ids.insert(alert.rule.id);
        alert.rule.level = entry.text("level", true);
        if (!alertLevels().contains(alert.rule.level)) {
            entry.fail("level",
                       QStringLiteral("is \"%1\"; it is one of %2")
                           .arg(alert.rule.level, alertLevels().join(QStringLiteral(", "))));
        }
        alert.rule.message = entry.text("message", true);
        alert.topic = entry.text("topic", false);
        alert.rule.unless = vocab.expand(entry.textList("unless"), entry, "unless");
        const QJsonArray patterns = entry.array("when");
        if (patterns.isEmpty()) {
            entry.fail("when", QStringLiteral("is empty: an alert needs at least one pattern"));
        }
        for (const QJsonValue &pattern : patterns) {
            QList<QStringList> groups;
            const QJsonArray groupValues = pattern.toArray();
            for (const QJsonValue &group : groupValues) {
                QStringList phrases;
                for (const QJsonValue &phrase : group.toArray()) {
                    if (!phrase.isString() || phrase.toString().trimmed().isEmpty()) {
                        entry.fail("when", QStringLiteral("holds a phrase that is not a non-empty "
                                                          "string"));
                    }
                    phrases.append(phrase.toString().trimmed());
                }
                if (!group.isArray() || phrases.isEmpty()) {
                    entry.fail("when", QStringLiteral("holds a group that is not a non-empty "
                                                      "array of phrases"));
                }
                groups.append(vocab.expand(phrases, entry, "when"));
            }
            if (!pattern.isArray() || groups.isEmpty()) {
                entry.fail("when", QStringLiteral("holds a pattern that is not a non-empty array "
                                                  "of groups"));
            }
            alert.rule.patterns.append(groups);
        }
        alerts.append(alert);
    }
    return alerts;
}

} // namespace contentdetail

std::optional<QList<ContentAlert>> readContentAlertsFile(const QString &directory, QString *error)
{
    return contentdetail::readOrError([&] { return contentdetail::readAlerts(QDir(directory)); },
                                      error);
}

} // namespace qingnang
