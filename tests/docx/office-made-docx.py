#!/usr/bin/python3
# Makes a .docx as an office suite does: LibreOffice Writer, driven through UNO, types a report with what
# offices put in their files -- soft line breaks (Shift+Enter), a page break and a section break (another page
# style), full-width indents, bold runs inside sentences, fields (the page number, the document's title), bookmarks --
# and saves it as Word 2007-365. The .docx is LibreOffice's own writing, never hand-made.
#
#   /usr/bin/python3 tests/docx/office-made-docx.py OUT.docx
#
# Starts soffice headless with a fresh profile of its own and ends it (office_files.Office, beside this file).
import os
import sys

import uno
from com.sun.star.awt.FontWeight import BOLD, NORMAL
from com.sun.star.style.BreakType import PAGE_BEFORE
from com.sun.star.style.ParagraphAdjust import CENTER, RIGHT, LEFT
from com.sun.star.text.ControlCharacter import LINE_BREAK, PARAGRAPH_BREAK

from office_files import Office, prop


class Writer:
    def __init__(self, doc):
        self.doc = doc
        self.text = doc.Text
        self.cursor = self.text.createTextCursor()

    def run(self, text, bold=False):
        self.cursor.setPropertyValue('CharWeight', BOLD if bold else NORMAL)
        self.text.insertString(self.cursor, text, False)
        self.cursor.setPropertyValue('CharWeight', NORMAL)

    def soft_break(self):
        self.text.insertControlCharacter(self.cursor, LINE_BREAK, False)

    def field(self, service, **properties):
        field = self.doc.createInstance(service)
        for name, value in properties.items():
            field.setPropertyValue(name, value)
        self.text.insertTextContent(self.cursor, field, False)

    def bookmark(self, name):
        mark = self.doc.createInstance('com.sun.star.text.Bookmark')
        mark.setName(name)
        self.text.insertTextContent(self.cursor, mark, False)

    def end(self, adjust=LEFT):
        """Ends the paragraph, aligned as asked; the next one starts left-aligned."""
        self.cursor.setPropertyValue('ParaAdjust', adjust)
        self.text.insertControlCharacter(self.cursor, PARAGRAPH_BREAK, False)
        self.cursor.setPropertyValue('ParaAdjust', LEFT)
        self.cursor.setPropertyValue('BreakType', uno.Enum('com.sun.star.style.BreakType', 'NONE'))


def write_report(w):
    w.run('某区司法局2024年法治政府建设情况报告')
    w.end(CENTER)
    w.end()
    w.run('\u3000\u30002024年，我局深入推进依法行政。现将有关情况报告如下：')
    w.end()
    w.run('一、主要工作', bold=True)
    w.end()
    w.run('\u3000\u3000（一）加强学习。全年争取专项资金412.5万元。')
    w.soft_break()
    w.run('2、全面落实行政执法“三项制度”。')
    w.end()
    w.run('\u3000\u3000全年办理')
    w.run('行政复议案件12件', bold=True)
    w.run('，坚持依法')
    w.bookmark('依法行政')
    w.run('行政。')
    w.end()
    w.run('\u3000\u3000本页为第')
    w.field('com.sun.star.text.TextField.PageNumber', NumberingType=4, SubType=uno.Enum('com.sun.star.text.PageNumberType', 'CURRENT'))
    w.run('页，题为《')
    w.field('com.sun.star.text.textfield.docinfo.Title')
    w.run('》。')
    w.end()
    # A page break before the next chapter.
    w.cursor.setPropertyValue('BreakType', PAGE_BEFORE)
    w.run('二、存在问题')
    w.end()
    w.run('\u3000\u3000对照年度目标，仍存在不足：一是执法人员力量不足；二是培训形式较为单一；三是信息化水平不高。')
    w.end()
    # Another page style from here on: a section break in the .docx.
    w.cursor.setPropertyValue('PageDescName', 'Landscape')
    w.run('三、下一步工作计划')
    w.end()
    w.run('\u3000\u3000继续加强法治队伍建设。')
    w.end()
    w.end()
    w.run('某区司法局')
    w.end(RIGHT)
    w.run('2025年1月8日')
    w.cursor.setPropertyValue('ParaAdjust', RIGHT)


def main(out):
    office = Office()
    try:
        doc = office.desktop.loadComponentFromURL('private:factory/swriter', '_blank', 0, (prop('Hidden', True),))
        doc.DocumentProperties.Title = '法治政府建设情况报告'
        write_report(Writer(doc))
        doc.refresh()
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(out)), (prop('FilterName', 'MS Word 2007 XML'),))
        doc.close(True)
    finally:
        office.close()


if __name__ == '__main__':
    main(sys.argv[1])
