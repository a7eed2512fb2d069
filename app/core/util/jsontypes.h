// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

namespace qingnang {

// What a JSON value is, for an error message: "a string", "an array", "null",
// "true or false" … ("must be a string, not an array").
QString jsonTypeName(const QJsonValue &value);

} // namespace qingnang
