# SPDX-License-Identifier: MIT
# Sources of the importers (record readers for each input format), part of qingnang_core.
target_sources(qingnang_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/importrecord.h
)
