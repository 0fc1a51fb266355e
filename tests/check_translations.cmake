# Checks the translations (ctest: translations_complete). Run as
#   cmake -DLUPDATE=/usr/lib/qt6/bin/lupdate -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir>
#         -P tests/check_translations.cmake
#
# 1. docket_zh_CN.ts and docket_zh_TW.ts are complete: no type="unfinished",
#    "vanished" or "obsolete", no empty translation or plural form.
# 2. Every translation keeps its source's placeholders (%1, %L1, %n, %Ln), HTML
#    tags and line breaks; a string with an accelerator (&X) keeps one; a key
#    sequence such as "Ctrl+Shift+N" is left exactly as it is.
# 3. docket_en.ts gives a singular and a plural form for every %n string.
# 4. The .ts files are in step with the sources: lupdate (same options as the
#    update_translations target) run over models/, ui/, app/, gateway/ into a copy of
#    each file finds no new and no removed strings, each counted as context and
#    source (a string whose context changed is new in its new context).
# 5. No file-local tr() helper (QString tr(const char*) calling translate() with
#    a context of its own): lupdate files such strings under the enclosing class
#    or namespace, so the context looked up at run time would not be the one
#    translated. Use Q_DECLARE_TR_FUNCTIONS(Context) and Context::tr(), or
#    QCoreApplication::translate("Context", "text") with literal arguments.
# On failure it names each offending string; fix with
#   cmake --build <build> --target update_translations
# and translate what is new.

cmake_minimum_required(VERSION 3.21)

if(NOT SOURCE_DIR)
  get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/.." ABSOLUTE)
endif()
if(NOT WORK_DIR)
  set(WORK_DIR "${CMAKE_CURRENT_BINARY_DIR}/translations_check")
endif()
if(NOT LUPDATE)
  find_program(LUPDATE NAMES lupdate lupdate-qt6 PATHS /usr/lib/qt6/bin /usr/lib/qt6/libexec)
endif()

set(TS_DIR "${SOURCE_DIR}/translations")
set(errors "")
macro(fail text)
  string(APPEND errors "  ${text}\n")
endmacro()

# Splits a .ts file into a list of <message> elements. Semicolons and square
# brackets would confuse CMake lists, so they are masked first.
function(read_messages file out_var)
  file(READ "${file}" content)
  string(REPLACE ";" "{{SEMI}}" content "${content}")
  string(REPLACE "[" "{{LSQB}}" content "${content}")
  string(REPLACE "]" "{{RSQB}}" content "${content}")
  string(REPLACE "</message>" ";" content "${content}")
  set(messages "")
  foreach(chunk IN LISTS content)
    string(FIND "${chunk}" "<message" at)
    if(at GREATER -1)
      string(SUBSTRING "${chunk}" ${at} -1 chunk)
      list(APPEND messages "${chunk}")
    endif()
  endforeach()
  set(${out_var} "${messages}" PARENT_SCOPE)
endfunction()

function(unmask text out_var)
  string(REPLACE "{{SEMI}}" ";" text "${text}")
  string(REPLACE "{{LSQB}}" "[" text "${text}")
  string(REPLACE "{{RSQB}}" "]" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Sorted placeholders, tags and the line-break count of a text.
function(markers text out_var)
  string(REGEX MATCHALL "%L?[0-9n]" ph "${text}")
  string(REGEX MATCHALL "&lt;/?[a-zA-Z][^&]*&gt;" tags "${text}")
  string(REGEX MATCHALL "\n" breaks "${text}")
  list(LENGTH breaks nbreaks)
  list(SORT ph)
  list(SORT tags)
  set(${out_var} "${ph}|${tags}|${nbreaks}" PARENT_SCOPE)
endfunction()

# --- 1 and 2: the Chinese translations
foreach(lang zh_CN zh_TW)
  set(ts "${TS_DIR}/docket_${lang}.ts")
  if(NOT EXISTS "${ts}")
    fail("${ts} is missing")
    continue()
  endif()
  file(READ "${ts}" raw)
  foreach(kind unfinished vanished obsolete)
    string(REGEX MATCHALL "type=\"${kind}\"" hits "${raw}")
    list(LENGTH hits n)
    if(n GREATER 0)
      fail("docket_${lang}.ts: ${n} translation(s) of type=\"${kind}\"")
    endif()
  endforeach()
  read_messages("${ts}" messages)
  list(LENGTH messages count)
  if(count LESS 100)
    fail("docket_${lang}.ts holds only ${count} messages")
  endif()
  foreach(m IN LISTS messages)
    unmask("${m}" m)
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${m}")
    set(src "${CMAKE_MATCH_1}")
    set(where "docket_${lang}.ts: \"${src}\"")
    if(m MATCHES "numerus=\"yes\"")
      string(REGEX MATCHALL "<numerusform>" forms "${m}")
      list(LENGTH forms nforms)
      if(NOT nforms EQUAL 1)
        fail("${where}: Chinese has one plural form, found ${nforms}")
      endif()
      string(REGEX MATCH "<numerusform>([^<]*)</numerusform>" _ "${m}")
      set(tr "${CMAKE_MATCH_1}")
    else()
      string(REGEX MATCH "<translation[^>]*>([^<]*)</translation>" _ "${m}")
      set(tr "${CMAKE_MATCH_1}")
    endif()
    string(STRIP "${tr}" stripped)
    if(stripped STREQUAL "")
      fail("${where}: empty translation")
      continue()
    endif()
    markers("${src}" ms)
    markers("${tr}" mt)
    if(NOT ms STREQUAL mt)
      fail("${where}: translation \"${tr}\" changes placeholders, tags or line breaks")
    endif()
    if(src MATCHES "&amp;[^ &]" AND NOT tr MATCHES "&amp;[^ &]")
      fail("${where}: translation \"${tr}\" lost the accelerator")
    endif()
    if(src MATCHES "^((Ctrl|Alt|Shift|Meta)\\+)+[^ ]+$" AND NOT tr STREQUAL src)
      fail("${where}: a key sequence must stay \"${src}\", not \"${tr}\"")
    endif()
  endforeach()
endforeach()

# --- 3: English plural forms
set(en "${TS_DIR}/docket_en.ts")
read_messages("${en}" messages)
foreach(m IN LISTS messages)
  if(m MATCHES "numerus=\"yes\"")
    unmask("${m}" m)
    string(REGEX MATCH "<source>([^<]*)</source>" _ "${m}")
    set(src "${CMAKE_MATCH_1}")
    string(REGEX MATCHALL "<numerusform>[^<]" forms "${m}")
    list(LENGTH forms nforms)
    if(m MATCHES "type=\"(unfinished|vanished|obsolete)\"" OR NOT nforms EQUAL 2)
      fail("docket_en.ts: \"${src}\" needs a singular and a plural form")
    endif()
  endif()
endforeach()

# "context@@source" of every message of a .ts file into out_var, and of its
# unfinished ones into unfinished_var.
function(read_keys file out_var unfinished_var)
  file(READ "${file}" content)
  string(REPLACE ";" "{{SEMI}}" content "${content}")
  string(REPLACE "[" "{{LSQB}}" content "${content}")
  string(REPLACE "]" "{{RSQB}}" content "${content}")
  string(REPLACE "</context>" ";" content "${content}")
  set(keys "")
  set(unfinished "")
  foreach(ctx IN LISTS content)
    if(NOT ctx MATCHES "<name>([^<]*)</name>")
      continue()
    endif()
    set(name "${CMAKE_MATCH_1}")
    string(REPLACE "</message>" ";" msgs "${ctx}")
    foreach(m IN LISTS msgs)
      if(NOT m MATCHES "<source>([^<]*)</source>")
        continue()
      endif()
      set(key "${name}@@${CMAKE_MATCH_1}")
      list(APPEND keys "${key}")
      if(m MATCHES "type=\"unfinished\"")
        list(APPEND unfinished "${key}")
      endif()
    endforeach()
  endforeach()
  set(${out_var} "${keys}" PARENT_SCOPE)
  set(${unfinished_var} "${unfinished}" PARENT_SCOPE)
endfunction()

# "context: "source" of a key, as the sources spell it.
function(shown_key key out_var)
  string(REPLACE "@@" ": \"" text "${key}")
  unmask("${text}" text)
  string(REPLACE "&quot;" "\"" text "${text}")
  string(REPLACE "&apos;" "'" text "${text}")
  string(REPLACE "&lt;" "<" text "${text}")
  string(REPLACE "&gt;" ">" text "${text}")
  string(REPLACE "&amp;" "&" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# --- 5: no file-local tr() helpers
file(GLOB_RECURSE code_files
  "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
  "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/app/*.cpp"
  "${SOURCE_DIR}/gateway/*.cpp" "${SOURCE_DIR}/gateway/*.h")
foreach(f IN LISTS code_files)
  file(STRINGS "${f}" helpers REGEX "QString[ \t]+tr[ \t]*\\(")
  foreach(line IN LISTS helpers)
    file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
    string(STRIP "${line}" line)
    fail("${rel}: a file-local tr() helper (\"${line}\"): lupdate files its strings under the "
         "enclosing class or namespace, not its context; use Q_DECLARE_TR_FUNCTIONS(Context) "
         "and Context::tr(), or QCoreApplication::translate(\"Context\", \"text\")")
  endforeach()
endforeach()

# --- 4: in step with the sources
if(NOT LUPDATE OR NOT EXISTS "${LUPDATE}")
  fail("lupdate not found (pass -DLUPDATE=...)")
else()
  file(GLOB_RECURSE sources
    "${SOURCE_DIR}/models/*.cpp" "${SOURCE_DIR}/models/*.h"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.ui"
    "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/gateway/*.cpp" "${SOURCE_DIR}/gateway/*.h")
  file(REMOVE_RECURSE "${WORK_DIR}")
  file(MAKE_DIRECTORY "${WORK_DIR}")
  string(REPLACE ";" "\n" list_text "${sources}")
  file(WRITE "${WORK_DIR}/sources.lst" "${list_text}\n")
  foreach(lang en zh_CN zh_TW)
    set(orig "${TS_DIR}/docket_${lang}.ts")
    set(copy "${WORK_DIR}/docket_${lang}.ts")
    file(COPY_FILE "${orig}" "${copy}")
    execute_process(
      COMMAND "${LUPDATE}" -no-obsolete -locations none "@${WORK_DIR}/sources.lst" -ts "${copy}"
      RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
      fail("lupdate failed on docket_${lang}.ts: ${err}")
      continue()
    endif()
    read_keys("${orig}" before before_unfinished)
    read_keys("${copy}" after after_unfinished)
    # Unfinished old strings are reported above (docket_en.ts leaves its
    # non-plural strings unfinished on purpose): only new ones count here.
    foreach(key IN LISTS after_unfinished)
      list(FIND before "${key}" found)
      if(found EQUAL -1)
        shown_key("${key}" shown)
        fail("docket_${lang}.ts is missing the new string ${shown}\"")
      endif()
    endforeach()
    foreach(key IN LISTS before)
      list(FIND after "${key}" found)
      if(found EQUAL -1)
        shown_key("${key}" shown)
        fail("docket_${lang}.ts holds ${shown}\", which the sources no longer have (removed, or moved to another context)")
      endif()
    endforeach()
  endforeach()
endif()

if(errors)
  message(FATAL_ERROR "Translations are incomplete or out of step with the sources "
                      "(run the update_translations target and translate what is new):\n${errors}")
endif()
message(STATUS "Translations complete and in step with the sources")
