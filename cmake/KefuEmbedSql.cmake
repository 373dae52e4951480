# kefu_embed_sql(TARGET NAMESPACE ns HEADER path/x_queries.hpp FILES a.sql b.sql):
# turns one-statement .sql files into `inline constexpr std::string_view kName` constants.
# A file postgresql/<name>.sql beside <name>.sql becomes kName_Pg (dialect override).
function(kefu_embed_sql target)
  cmake_parse_arguments(ARG "" "NAMESPACE;HEADER" "FILES" ${ARGN})
  set(out ${CMAKE_BINARY_DIR}/generated/${ARG_HEADER})
  set(abs_files)
  foreach(f ${ARG_FILES})
    list(APPEND abs_files ${CMAKE_CURRENT_SOURCE_DIR}/${f})
  endforeach()
  string(REPLACE ";" "|" abs_list "${abs_files}")
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DNS=${ARG_NAMESPACE} -DFILES=${abs_list}
            -P ${PROJECT_SOURCE_DIR}/cmake/KefuEmbedSqlScript.cmake
    DEPENDS ${abs_files} ${PROJECT_SOURCE_DIR}/cmake/KefuEmbedSqlScript.cmake
    COMMENT "Embedding SQL for ${target}"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
  target_include_directories(${target} PUBLIC ${CMAKE_BINARY_DIR}/generated)
endfunction()
