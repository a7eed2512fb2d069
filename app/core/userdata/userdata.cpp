// SPDX-License-Identifier: MIT
#include "userdata.h"

namespace qingnang {

UserData::UserData(QObject *parent)
    : UserStore(parent)
{}

UserData::~UserData() = default;

} // namespace qingnang
