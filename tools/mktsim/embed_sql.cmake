# Build-time helper: the simulator's schema files (sql/NNN_*.sql and
# sql/fn/*.sql) as a C table of struct migrate_text (common/migrate.h), so
# that `mktsim init` needs no files at run time and applies them with the
# same rules as `gfctl migrate`.
# Usage: cmake -DOUT=file.c -DSQL_DIR=dir -P embed_sql.cmake
file(GLOB mig RELATIVE ${SQL_DIR} ${SQL_DIR}/[0-9][0-9][0-9]_*.sql)
file(GLOB fn RELATIVE ${SQL_DIR} ${SQL_DIR}/fn/*.sql)
list(SORT mig)
list(SORT fn)
set(arrays "")
set(table "")
set(i 0)
foreach(f ${mig} ${fn})
  file(READ ${SQL_DIR}/${f} hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," hex "${hex}")
  string(APPEND arrays "static const char f${i}[] = {\n${hex}0x00 };\n")
  string(APPEND table "\t{ \"${f}\", f${i}, sizeof(f${i}) - 1 },\n")
  math(EXPR i "${i} + 1")
endforeach()
file(WRITE ${OUT}.tmp "/* Generated from tools/mktsim/sql by embed_sql.cmake. */\n"
  "#include <stddef.h>\n\n#include \"migrate.h\"\n\n${arrays}\n"
  "extern const struct migrate_text mk_schema[];\n"
  "const struct migrate_text mk_schema[] = {\n${table}\t{ NULL, NULL, 0 }\n};\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUT}.tmp)
