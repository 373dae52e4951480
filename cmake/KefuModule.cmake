# kefu_add_module(NAME SOURCES ... DEPS ...): a static library rooted at server/src.
function(kefu_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/server/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE kefu_warnings)
endfunction()

# kefu_add_test(NAME SOURCES ... DEPS ... LABELS unit|db|api): a GoogleTest executable.
function(kefu_add_test name)
  if(NOT KEFU_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/server/src)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main kefu_warnings)
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()

# kefu_add_db_test(NAME SOURCES ... DEPS ... [LABEL db|api]): a GoogleTest executable registered
# twice, once per engine: "sqlite.*" (label <LABEL>_sqlite) and "postgresql.*" (label
# <LABEL>_postgresql, which needs KEFU_TEST_PG in the environment; scripts/test.sh starts a
# throwaway server and sets it).
function(kefu_add_db_test name)
  if(NOT KEFU_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "LABEL" "SOURCES;DEPS" ${ARGN})
  if(NOT ARG_LABEL)
    set(ARG_LABEL db)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/server/src)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} kefu_test_support GTest::gtest GTest::gmock
                                        GTest::gtest_main kefu_warnings)
  gtest_discover_tests(${name} TEST_PREFIX "sqlite." DISCOVERY_TIMEOUT 60
    PROPERTIES LABELS ${ARG_LABEL}_sqlite ENVIRONMENT "KEFU_TEST_ENGINE=sqlite")
  gtest_discover_tests(${name} TEST_PREFIX "postgresql." DISCOVERY_TIMEOUT 60
    PROPERTIES LABELS ${ARG_LABEL}_postgresql ENVIRONMENT "KEFU_TEST_ENGINE=postgresql")
endfunction()
