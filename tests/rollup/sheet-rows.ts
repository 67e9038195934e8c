// A roll-up workbook's sheet as the tests compare it: its rows in order, each row's cell values from column A.
import type ExcelJS from 'exceljs';

export const rowsOf = (sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] => {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  return rows;
};
