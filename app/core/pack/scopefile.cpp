// SPDX-License-Identifier: MIT
#include "scopefile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>

namespace qingnang {

namespace {

bool isWeight(const QJsonValue &value)
{
    return value.isDouble() && std::isfinite(value.toDouble()) &&
           std::fabs(value.toDouble()) <= maxScopeWeight;
}

} // namespace

std::optional<ScopeModel> readScopeFile(const QString &path, QString *error)
{
    ScopeModel model;
    if (!QFile::exists(path)) {
        return model;
    }
    const QString shown = QDir::toNativeSeparators(path) + QStringLiteral(": ");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = shown + QStringLiteral("cannot read: ") + file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = shown + (parseError.error != QJsonParseError::NoError
                              ? QStringLiteral("is not valid JSON (%1 at byte %2)")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)
                              : QStringLiteral("is not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject top = document.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        static const QStringList known = {QStringLiteral("format"),   QStringLiteral("about"),
                                          QStringLiteral("bias"),     QStringLiteral("threshold"),
                                          QStringLiteral("evidence"), QStringLiteral("weights")};
        if (!known.contains(it.key())) {
            *error = shown + QStringLiteral("unknown field \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    if (top.value(QStringLiteral("format")).toInt(-1) != 1) {
        *error = shown + QStringLiteral("format: must be 1");
        return std::nullopt;
    }
    for (const char *name : {"bias", "threshold", "evidence"}) {
        if (!isWeight(top.value(QLatin1String(name)))) {
            *error = shown + QStringLiteral("%1: must be a number between -%2 and %2")
                                 .arg(QLatin1String(name))
                                 .arg(maxScopeWeight);
            return std::nullopt;
        }
    }
    model.bias = top.value(QStringLiteral("bias")).toDouble();
    model.threshold = top.value(QStringLiteral("threshold")).toDouble();
    model.evidence = top.value(QStringLiteral("evidence")).toDouble();
    if (model.evidence < 0) {
        *error = shown + QStringLiteral("evidence: must not be below 0");
        return std::nullopt;
    }
    const QJsonValue weightsValue = top.value(QStringLiteral("weights"));
    const QJsonObject weights = weightsValue.toObject();
    if (!weightsValue.isObject() || weights.isEmpty()) {
        *error = shown + QStringLiteral("weights: must be a non-empty object of terms");
        return std::nullopt;
    }
    if (weights.size() > maxScopeTerms) {
        *error = shown + QStringLiteral("weights: %1 terms, more than %2")
                             .arg(weights.size())
                             .arg(maxScopeTerms);
        return std::nullopt;
    }
    model.weights.reserve(weights.size());
    for (auto it = weights.begin(); it != weights.end(); ++it) {
        if (it.key().trimmed().isEmpty() || it.key().size() > maxScopeTermLength) {
            *error = shown + QStringLiteral("weights: the term \"%1\" is empty or longer than %2 "
                                            "characters")
                                 .arg(it.key().left(40))
                                 .arg(maxScopeTermLength);
            return std::nullopt;
        }
        if (!isWeight(it.value())) {
            *error = shown + QStringLiteral("weights: \"%1\" must be a number between -%2 and %2")
                                 .arg(it.key())
                                 .arg(maxScopeWeight);
            return std::nullopt;
        }
        model.weights.insert(it.key(), it.value().toDouble());
    }
    return model;
}

} // namespace qingnang
