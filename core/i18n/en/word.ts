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
    tables_one:
      'The file has a table: its text was imported as paragraphs, row by row and cell by cell; the table layout was not kept.',
    tables_other:
      'The file has {{count}} tables: their text was imported as paragraphs, row by row and cell by cell; the table layout was not kept.',
    images_one: 'The file has an image, which was not imported.',
    images_other: 'The file has {{count}} images, which were not imported.',
    textBoxes_one: 'The file has a text box; its text was not imported.',
    textBoxes_other: 'The file has {{count}} text boxes; their text was not imported.',
    comments_one: 'The file has a comment, which was not imported.',
    comments_other: 'The file has {{count}} comments, which were not imported.',
    revisions_one:
      'The file has an unaccepted tracked change: the text was imported as if it were accepted. Please check it.',
    revisions_other:
      'The file has {{count}} unaccepted tracked changes: the text was imported as if they were all accepted. Please check it.',
    footnotes_one: 'The file has a footnote or endnote, which was not imported.',
    footnotes_other: 'The file has {{count}} footnotes or endnotes, which were not imported.',
    binaryNumbering_one:
      'This is a Word 97-2003 file: numbers Word generated automatically cannot be read, so the structure was recognised from the text itself. Please check the heading levels.',
    binaryNumbering_other:
      'This is a Word 97-2003 file: numbers Word generated automatically cannot be read, so the structure was recognised from the text itself. Please check the heading levels.',
  },
} satisfies Messages<typeof zh>;
