# agencydesk_add_test(NAME SOURCES ... LIBRARIES ... [LABELS ...])
# One Catch2 executable, registered test by test with CTest. Tests run offscreen, in English, with
# the paths of fixtures and sibling executables from a configured header (never relative paths).
include(Catch)

function(agencydesk_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES} ${AGENCYDESK_TEST_SUPPORT_DIR}/TestMain.cpp)
    target_link_libraries(${name} PRIVATE agencydesk_test_support ${ARG_LIBRARIES})
    agencydesk_strict(${name})
    set(env "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_LOGGING_RULES=agencydesk.*.warning=true")
    # Catch2 v2 splits ENVIRONMENT's list into separate words when it writes set_tests_properties(), so what
    # follows it pairs up wrongly; LABELS goes first to stay a property of its own.
    if(ARG_LABELS)
        catch_discover_tests(${name}
            PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "${env}" TIMEOUT 300
            DISCOVERY_MODE PRE_TEST)
    else()
        catch_discover_tests(${name}
            PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300
            DISCOVERY_MODE PRE_TEST)
    endif()
endfunction()
