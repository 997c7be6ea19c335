/** Tables exported row by row as CSV (UTF-8 with BOM) or Excel (POI SXSSF), for staff pages. */
package nexus.web.sheet;
