# Build-time helper: concatenate the schema files (sorted by name) into a C
# array, so `mktsim init` needs no files at run time.
# Usage: cmake -DOUT=file.c -DSQL_DIR=dir -P embed_sql.cmake
file(GLOB files ${SQL_DIR}/*.sql)
list(SORT files)
set(all "")
foreach(f ${files})
  file(READ ${f} text)
  string(APPEND all "${text}\n")
endforeach()
file(WRITE ${OUT}.tmp "${all}")
file(READ ${OUT}.tmp hex HEX)
file(REMOVE ${OUT}.tmp)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
file(WRITE ${OUT} "/* Generated from tools/mktsim/sql by embed_sql.cmake. */\n"
  "extern const char mk_schema_sql[];\nconst char mk_schema_sql[] = {\n${hex}0x00 };\n")
