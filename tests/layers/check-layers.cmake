# SPDX-License-Identifier: MIT
# No arrow up the layers: every #include "folder/…" in app/core/<layer>/
# names the layer itself or one below it (docs/architecture.md). The build
# enforces the same by linking each layer's library only to those below it;
# this check names the file and line when someone reaches up.
#   cmake -DSOURCE_DIR=<repository> -P check-layers.cmake
cmake_minimum_required(VERSION 3.25)
set(below_util "")
set(below_address "")
set(below_text "")
set(below_pack "text;util")
set(below_import "pack;text;util")
set(below_search "pack;text;address;util")
set(below_userdata "address;util")
set(below_pages "search;userdata;pack;text;address;util")
set(below_models "search;userdata;pack;text;address;util")
set(layers util address text pack import search userdata pages models)

set(problems "")
foreach(layer IN LISTS layers)
    set(allowed ${below_${layer}} ${layer})
    file(GLOB_RECURSE files "${SOURCE_DIR}/app/core/${layer}/*.h" "${SOURCE_DIR}/app/core/${layer}/*.cpp")
    foreach(file IN LISTS files)
        file(STRINGS "${file}" lines REGEX "^#include \"[a-z]+/")
        foreach(line IN LISTS lines)
            string(REGEX REPLACE "^#include \"([a-z]+)/.*" "\\1" target "${line}")
            if(NOT target IN_LIST allowed)
                file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
                string(APPEND problems "${shown}: ${line} — ${layer} may use only: ${below_${layer}}\n")
            endif()
        endforeach()
    endforeach()
endforeach()
# Every folder of the core is a layer of the list.
file(GLOB entries RELATIVE "${SOURCE_DIR}/app/core" "${SOURCE_DIR}/app/core/*")
foreach(entry IN LISTS entries)
    if(IS_DIRECTORY "${SOURCE_DIR}/app/core/${entry}" AND NOT entry IN_LIST layers)
        string(APPEND problems "app/core/${entry}: a folder that is no layer of tests/layers/check-layers.cmake\n")
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "Arrows up the layers:\n${problems}")
endif()
message(STATUS "layers: every include of app/core points down")
