# agencydesk_add_test(NAME SOURCES ... LIBRARIES ...)
# One Catch2 executable, registered test by test with CTest. Tests run offscreen, in English, with
# the paths of fixtures and sibling executables from a configured header (never relative paths).
include(Catch)

function(agencydesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${AGENCYDESK_TEST_SUPPORT_DIR}/TestMain.cpp)
    target_link_libraries(${name} PRIVATE agencydesk_test_support ${ARG_LIBRARIES})
    agencydesk_strict(${name})
    set(env "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=agencydesk.*.warning=true")
    catch_discover_tests(${name}
        PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300
        DISCOVERY_MODE PRE_TEST)
endfunction()
