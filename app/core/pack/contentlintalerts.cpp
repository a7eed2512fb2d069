// SPDX-License-Identifier: MIT
// The rules of lint for the red flags (docs/alerts.md).
#include "contentlint_p.h"

namespace qingnang::lintdetail {

// What a red flag needs: the topic it points at, a message that says what to
// do now (120 for an emergency; 12356 and 120 for a crisis), and phrases
// specific enough not to fire on everyday queries (a pattern of one group
// matches whenever one of its phrases is in the query: not one character).
QList<LintFinding> lintAlerts(const QList<AlertText> &alerts, const QSet<QString> &slugs)
{
    QList<LintFinding> findings;
    const auto report = [&](const AlertText &alert, const QString &message) {
        findings.append(
            {alert.file, alert.file.isEmpty() ? 0 : alert.line,
             alert.file.isEmpty() ? QStringLiteral("alert:") + alert.rule.id : QString(),
             QStringLiteral("alert"), message});
    };
    for (const AlertText &alert : alerts) {
        const AlertRule &rule = alert.rule;
        if (!alert.topic.isEmpty() && !slugs.contains(alert.topic)) {
            report(alert,
                   QStringLiteral("alert \"%1\" points at topic \"%2\", which does not exist")
                       .arg(rule.id, alert.topic));
        }
        if (alert.topic.isEmpty()) {
            report(alert, QStringLiteral("alert \"%1\" has no topic to read").arg(rule.id));
        }
        const bool emergency = rule.level == QLatin1String("emergency");
        const bool crisis = rule.level == QLatin1String("crisis");
        if ((emergency || crisis) && !rule.message.contains(QStringLiteral("120"))) {
            report(alert, QStringLiteral("alert \"%1\" (%2) does not say to call 120")
                              .arg(rule.id, rule.level));
        }
        if (crisis && !rule.message.contains(QStringLiteral("12356"))) {
            report(alert, QStringLiteral("alert \"%1\" (crisis) does not give the help line 12356")
                              .arg(rule.id));
        }
        const int length = visibleLength(rule.message);
        if (length < 20 || length > 300) {
            report(alert, QStringLiteral("alert \"%1\": the message has %2 characters (20–300)")
                              .arg(rule.id)
                              .arg(length));
        }
        for (const QList<QStringList> &pattern : rule.patterns) {
            if (pattern.size() != 1) {
                continue;
            }
            for (const QString &phrase : pattern.first()) {
                if (phrase.size() < 2) {
                    report(alert, QStringLiteral("alert \"%1\": the phrase \"%2\" alone would "
                                                 "raise it on too many queries")
                                      .arg(rule.id, phrase));
                }
            }
        }
    }
    return findings;
}

} // namespace qingnang::lintdetail
