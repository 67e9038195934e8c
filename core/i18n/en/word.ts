import type { Messages } from '../types';
import type zh from '../zh-CN/word';

export default {
  kind: {
    docx: 'a Word document (.docx)',
    doc: 'a Word 97-2003 document (.doc)',
    wps: 'a WPS Writer document (.wps)',
    works: 'a Microsoft Works document',
    xlsx: 'an Excel workbook',
    xls: 'an Excel 97-2003 workbook',
    pptx: 'a PowerPoint presentation',
    ppt: 'a PowerPoint 97-2003 presentation',
    odt: 'an OpenDocument text (.odt)',
    zip: 'a ZIP archive',
    pdf: 'a PDF file',
    rtf: 'an RTF document',
    image: 'an image',
    executable: 'a program file',
    archive: 'a compressed archive',
    binary: 'an unrecognised binary file',
    ole: 'an Office 97-2003 file',
  },
  advice: {
    docx: 'Open it in Word or WPS, save it again as .docx and import that.',
    doc: 'Open it in Word or WPS, save it as .docx and import that.',
    wps: 'Open it in WPS, save it as .docx and import that.',
    works: 'Open it in Word or WPS, save it as .docx and import that.',
    xlsx: 'Choose the Word document or text file that holds the report.',
    xls: 'Choose the Word document or text file that holds the report.',
    pptx: 'Choose the Word document or text file that holds the report.',
    ppt: 'Choose the Word document or text file that holds the report.',
    odt: 'Open it in WPS, Word or LibreOffice, save it as .docx and import that.',
    zip: 'Unpack it first, then choose the Word document or text file inside.',
    pdf: 'Convert it to .docx with Word or WPS, or copy its text into a text file, and import that.',
    rtf: 'Open it in Word or WPS, save it as .docx and import that.',
    image: 'Text in an image cannot be imported; choose the Word document or text file that holds the report.',
    executable: 'Choose the Word document or text file that holds the report.',
    archive: 'Unpack it first, then choose the Word document or text file inside.',
    binary: 'Choose the Word document (.docx, .doc, .wps) or text file (.txt) that holds the report.',
    ole: 'Choose the Word document or text file that holds the report.',
  },
  limit: {
    entries: 'it holds more than {{max}} parts',
    expanded: 'it expands to more than {{max}}',
    depth: 'its structure is nested more than {{max}} levels deep',
    dtd: 'it holds a document type declaration or entity definitions, which Word never writes',
    characters: 'its text is longer than {{max}} characters',
    paragraphs: 'it has more than {{max}} paragraphs',
  },
  ui: {
    exportDocx: 'Export Word',
    exportingDocx: 'Exporting Word…',
    docxExported: 'Word file exported: {{file}} (the official template; keep editing it in Word or WPS)',
    importedTitle: 'Imported “{{title}}”. Please note:',
    openImported: 'Open the report',
  },
  notice: {
    autoNumbering_one:
      'This file is $t(word:kind.{{kind}}) with a heading that has no typed number ({{headings}}): Word numbers it automatically, and the automatic numbers of a Word 97-2003 file cannot be read, so it was imported as body text. Open the file in Word or WPS, save it as .docx and import that.',
    autoNumbering_other:
      'This file is $t(word:kind.{{kind}}) with {{count}} headings that have no typed numbers ({{headings}}): Word numbers them automatically, and the automatic numbers of a Word 97-2003 file cannot be read, so they were imported as body text. Open the file in Word or WPS, save it as .docx and import that.',
    revisions_one:
      'The file has an unaccepted tracked change{{by}} ({{parts}}): it was imported as accepted, inserted text kept and deleted text left out. Please check it.',
    revisions_other:
      'The file has {{count}} unaccepted tracked changes{{by}} ({{parts}}): they were imported as accepted, inserted text kept and deleted text left out. Please check it.',
    revisionPart: {
      insertions_one: '1 insertion',
      insertions_other: '{{count}} insertions',
      deletions_one: '1 deletion',
      deletions_other: '{{count}} deletions',
      formatting_one: '1 formatting change',
      formatting_other: '{{count}} formatting changes',
    },
    revisionsBy: ' by {{authors}}',
    comments_one: 'The file has a comment{{by}}, which was not imported (a report keeps no comments).',
    comments_other: 'The file has {{count}} comments{{by}}, which were not imported (a report keeps no comments).',
    commentsBy: ' by {{authors}}',
    tables_one:
      'The file has a table: its text was imported as {{paragraphs}} paragraphs, row by row and cell by cell; the table layout was not kept.',
    tables_other:
      'The file has {{count}} tables: their text was imported as {{paragraphs}} paragraphs, row by row and cell by cell; the table layout was not kept.',
    images_one: 'The file has an image, which was not imported (a report keeps text only).',
    images_other: 'The file has {{count}} images, which were not imported (a report keeps text only).',
    textBoxes_one: 'The file has a text box; its text was not imported{{texts}}.',
    textBoxes_other: 'The file has {{count}} text boxes; their text was not imported{{texts}}.',
    footnotes_one: 'The file has a footnote; its text and its mark in the body were not imported.',
    footnotes_other: 'The file has {{count}} footnotes; their text and their marks in the body were not imported.',
    endnotes_one: 'The file has an endnote; its text and its mark in the body were not imported.',
    endnotes_other: 'The file has {{count}} endnotes; their text and their marks in the body were not imported.',
    headersFooters_one:
      'A header or footer of the file holds text that was not imported{{texts}}; the export prints its own page numbers.',
    headersFooters_other:
      'The headers and footers of the file hold {{count}} texts that were not imported{{texts}}; the export prints its own page numbers.',
    texts: ': {{texts}}',
    quoted: '“{{text}}”',
    separator: ', ',
  },
} satisfies Messages<typeof zh>;
