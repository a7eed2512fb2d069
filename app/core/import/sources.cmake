# SPDX-License-Identifier: MIT
# Sources of the importers (record readers for each input format), part of qingnang_core.
target_sources(qingnang_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/csvreader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/csvreader.h
    ${CMAKE_CURRENT_LIST_DIR}/dialogueparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/huatuoparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/importers.h
    ${CMAKE_CURRENT_LIST_DIR}/importparsers.h
    ${CMAKE_CURRENT_LIST_DIR}/importparsers_p.h
    ${CMAKE_CURRENT_LIST_DIR}/importrecord.h
    ${CMAKE_CURRENT_LIST_DIR}/jsonlparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordcleaner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recordcleaner.h
    ${CMAKE_CURRENT_LIST_DIR}/recorddeduplicator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recorddeduplicator.h
    ${CMAKE_CURRENT_LIST_DIR}/tcmbookparser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textdecoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/textdecoder.h
)
